/**
 * useSimRun: the controller behind every lab widget. It keeps the reader's choices (variant,
 * actions taken, current step, play state, speed), replays the lab on the kernel whenever they
 * change (replay is deterministic, so a longer history only appends steps), plays steps on a
 * timer, and mirrors variant/actions/step and a speed other than the default into the URL so
 * they survive a reload or a language switch.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { LabDefinition, LabRun, LabWorld } from './lab-model.ts';
import { DEFAULT_SPEED, isSpeed, STEP_MS, type Speed } from './playback.ts';
import { cableAction, defaultVariant, replay } from './replay.ts';
import { readUrlState, writeUrlState } from './url-state.ts';

export interface SimRunState {
  run: LabRun;
  variant: string;
  history: readonly string[];
  index: number;
  playing: boolean;
  speed: Speed;
  setIndex(i: number): void;
  setPlaying(p: boolean): void;
  setSpeed(s: Speed): void;
  setVariant(v: string): void;
  /** Takes a reader action: appends it, jumps to its first step and plays. */
  act(actionId: string): void;
  /**
   * An action button's handler: takes the action and moves focus to the run's narration, where the
   * reader follows it. Left on the button, a Space meant to pause (the advertised shortcut) would
   * press the button again and start a second run of the action.
   */
  actFromButton(actionId: string): void;
  /** The narration of this run (StepControls attaches it). */
  narrationRef: RefObject<HTMLDivElement | null>;
  toggleCable(linkId: string): void;
  reset(): void;
}

export interface SimRunOptions {
  /** Mirror variant/actions (and step) in the URL. Default true. */
  urlState?: boolean;
  /** Also mirror the step index (`lab=ID&step=N`); turn off when a page runs several labs together. */
  urlStep?: boolean;
}

export function useSimRun<W extends LabWorld>(def: LabDefinition<W>, opts: SimRunOptions = {}): SimRunState {
  const useUrl = opts.urlState ?? true;
  const useStep = opts.urlStep ?? true;
  const [variant, setVariantState] = useState(() => defaultVariant(def));
  const [history, setHistory] = useState<readonly string[]>([]);
  const [index, setIndexState] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(DEFAULT_SPEED);
  const [loaded, setLoaded] = useState(!useUrl);

  const run = useMemo(() => replay(def, variant, history), [def, variant, history]);
  const last = Math.max(0, run.steps.length - 1);

  // URL state is read after mount: the server-rendered HTML is always the default state.
  useEffect(() => {
    if (!useUrl) return;
    const s = readUrlState(def.id);
    if (s.v && def.variants?.some((v) => v.id === s.v)) setVariantState(s.v);
    if (s.a) setHistory(s.a.split('.').filter((x) => /^[a-z0-9-]+$/.test(x)));
    if (isSpeed(s.speed)) setSpeed(s.speed);
    if (s.step && /^\d+$/.test(s.step)) setIndexState(Number(s.step));
    setLoaded(true);
  }, [def, useUrl]);

  useEffect(() => {
    if (!loaded || !useUrl) return;
    const state: Record<string, string> = {};
    if (variant !== defaultVariant(def)) state.v = variant;
    if (history.length) {
      state.a = history.join('.');
      if (useStep) state.step = String(Math.min(index, last));
    }
    if (speed !== DEFAULT_SPEED) state.speed = speed;
    writeUrlState(def.id, state);
  }, [loaded, useUrl, useStep, def, variant, history, index, last, speed]);

  useEffect(() => {
    if (!playing) return;
    if (index >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setIndexState((i) => Math.min(i + 1, last)), STEP_MS[speed]);
    return () => clearTimeout(timer);
  }, [playing, index, last, speed]);

  const setIndex = useCallback((i: number) => setIndexState(Math.max(0, Math.min(i, last))), [last]);

  const act = useCallback(
    (actionId: string) => {
      setHistory((h) => [...h, actionId]);
      // Replay is prefix-stable: the new action's steps start where the current run ends.
      setIndexState(run.steps.length);
      setPlaying(true);
    },
    [run.steps.length],
  );

  const narrationRef = useRef<HTMLDivElement | null>(null);
  const actFromButton = useCallback(
    (actionId: string) => {
      act(actionId);
      narrationRef.current?.focus();
    },
    [act],
  );

  const setVariant = useCallback((v: string) => {
    setVariantState(v);
    setPlaying(false);
    setIndexState(Number.MAX_SAFE_INTEGER);
  }, []);

  const reset = useCallback(() => {
    setHistory([]);
    setVariantState(defaultVariant(def));
    setIndexState(0);
    setPlaying(false);
  }, [def]);

  return {
    run,
    variant,
    history,
    index: Math.min(index, last),
    playing,
    speed,
    setIndex,
    setPlaying,
    setSpeed,
    setVariant,
    act,
    actFromButton,
    narrationRef,
    toggleCable: (linkId: string) => act(cableAction(linkId)),
    reset,
  };
}
