/**
 * StepControls: play/pause, step back/forward, restart, jump to end and speed, plus the
 * narration of the current step in an aria-live="polite" region (in the reader's language).
 * Keyboard shortcuts are handled by `stepKeyHandler` on the widget's root element, so they work
 * only while the widget has focus and never hijack keys page-wide.
 *
 * Props:
 * - `lang`: 'en' | 'ko'.
 * - `index`: current step (0-based); `count`: number of recorded steps (0 = nothing yet).
 * - `playing`, `speed` ('slow' | 'normal' | 'fast').
 * - `onIndex(i)`, `onPlaying(p)`, `onSpeed(s)`: state changes requested by the reader.
 * - `narration`: sentence for the current step; `time`: its virtual time, already formatted.
 */
import type { KeyboardEvent, Ref } from 'react';
import { ui } from '../i18n/ui.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Speed } from './playback.ts';
import { Icon } from './Icon.tsx';

export interface StepControlsProps {
  lang: Lang;
  index: number;
  count: number;
  playing: boolean;
  speed: Speed;
  onIndex(index: number): void;
  onPlaying(playing: boolean): void;
  onSpeed(speed: Speed): void;
  narration: string;
  time?: string | undefined;
  /** Set on the narration, which takes focus when the reader starts an action (useSimRun.actFromButton). */
  narrationRef?: Ref<HTMLDivElement> | undefined;
}

export function StepControls(p: StepControlsProps) {
  const t = ui(p.lang);
  const last = p.count - 1;
  const atStart = p.index <= 0;
  const atEnd = p.index >= last;
  return (
    <div className="nm-stepper">
      <div className="nm-controls" role="toolbar" aria-label={t.controlsLabel}>
        <button type="button" onClick={() => p.onIndex(0)} disabled={p.count === 0 || atStart} aria-label={t.restart} title={`${t.restart} (Home)`}>
          <Icon name="first" />
        </button>
        <button type="button" onClick={() => p.onIndex(p.index - 1)} disabled={p.count === 0 || atStart} aria-label={t.stepBack} title={`${t.stepBack} (←)`}>
          <Icon name="back" />
        </button>
        <button
          type="button"
          onClick={() => p.onPlaying(!p.playing)}
          disabled={p.count === 0 || (atEnd && !p.playing)}
          aria-label={p.playing ? t.pause : t.play}
          title={`${p.playing ? t.pause : t.play} (Space)`}
        >
          <Icon name={p.playing ? 'pause' : 'play'} />
        </button>
        <button type="button" onClick={() => p.onIndex(p.index + 1)} disabled={p.count === 0 || atEnd} aria-label={t.stepForward} title={`${t.stepForward} (→)`}>
          <Icon name="forward" />
        </button>
        <button type="button" onClick={() => p.onIndex(last)} disabled={p.count === 0 || atEnd} aria-label={t.toEnd} title={`${t.toEnd} (End)`}>
          <Icon name="last" />
        </button>
        <label className="nm-speed">
          <span>{t.speed} </span>
          <select value={p.speed} onChange={(e) => p.onSpeed(e.target.value as Speed)}>
            <option value="slow">{t.speedSlow}</option>
            <option value="normal">{t.speedNormal}</option>
            <option value="fast">{t.speedFast}</option>
          </select>
        </label>
        <span className="nm-step-count">{p.count > 0 ? t.stepOf(p.index + 1, p.count) : ''}</span>
      </div>
      <div className="nm-narration" aria-live="polite" aria-atomic="true" aria-label={t.narrationLabel} role="status" tabIndex={-1} ref={p.narrationRef}>
        {p.count > 0 ? (
          <p>
            {p.time && <span className="nm-time">[{p.time}] </span>}
            <span className="nm-narration-text">{p.narration}</span>
          </p>
        ) : (
          <p className="nm-empty">{t.noSteps}</p>
        )}
      </div>
      <p className="nm-shortcuts">
        <span className="nm-visually-hidden">{t.shortcutsTitle}: </span>
        {t.shortcuts}
      </p>
    </div>
  );
}

const INTERACTIVE = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * The widget root's keydown handler: ArrowRight/ArrowLeft step, Space plays/pauses, Home/End
 * jump. Keys typed into form fields, tab lists and (for Space/Enter) buttons keep their own meaning.
 */
export function stepKeyHandler(s: { index: number; count: number; playing: boolean; onIndex(i: number): void; onPlaying(p: boolean): void }) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (INTERACTIVE.has(target.tagName) || target.isContentEditable) return;
    if (target.getAttribute('role') === 'tab') return;
    const onButton = target.tagName === 'BUTTON' || target.getAttribute('role') === 'button' || target.tagName === 'SUMMARY';
    if (s.count === 0) return;
    const last = s.count - 1;
    const go = (i: number) => {
      e.preventDefault();
      s.onPlaying(false);
      s.onIndex(Math.max(0, Math.min(last, i)));
    };
    switch (e.key) {
      case 'ArrowRight':
        go(s.index + 1);
        break;
      case 'ArrowLeft':
        go(s.index - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(last);
        break;
      case ' ':
        if (onButton) return;
        e.preventDefault();
        s.onPlaying(!s.playing);
        break;
    }
  };
}
