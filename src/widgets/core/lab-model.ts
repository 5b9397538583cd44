/**
 * What a lab widget is made of. A lab builds a fresh kernel scenario for a variant, offers
 * actions the reader can take (ping, unplug, wait, add a rule ...), and goals the kernel's
 * results are checked against. The reader's actions are a list of ids, so a run can always be
 * replayed from scratch: stepping back, changing a variant or reloading the page (URL state)
 * gives the same trace, byte for byte.
 */
import type { PingHandle, Sim, SimSnapshot, TcpHandle, TraceEvent, UdpHandle } from '../../sim/core.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Localized, NodeNames } from './names.ts';
import type { TableFocus } from './tables-from-sim.ts';
import type { TableTab } from './tables-model.ts';

export interface LabWorld {
  sim: Sim;
  names: NodeNames;
}

export type TrafficHandle = PingHandle | TcpHandle | UdpHandle;

export interface ActionEffect {
  /** Traffic the action started; outcomes are kept for goals and the results list. */
  handle?: TrafficHandle;
  /** When an action starts several flows at once. */
  handles?: TrafficHandle[];
  /** Let this much virtual time pass (records every timer that fires, e.g. ageing). */
  waitMs?: number;
}

export interface LabAction<W extends LabWorld = LabWorld> {
  /** [a-z0-9-] only: ids are joined with '.' in the URL. */
  id: string;
  label: Localized;
  /** Longer narration for the step that starts the action (defaults to the label). */
  narration?: Localized;
  /** Variants where the action is offered (default: all). */
  variants?: string[];
  /** False when it makes no sense now (e.g. "add port forward" twice). */
  enabled?(done: readonly string[]): boolean;
  run(world: W): ActionEffect | void;
}

export interface LabGoal {
  id: string;
  text: Localized;
  hint: Localized;
  variants?: string[];
  check(run: LabRun): boolean;
}

export interface LabVariant {
  id: string;
  label: Localized;
}

export interface LabDefinition<W extends LabWorld = LabWorld> {
  /** Short id used in the URL (`?lab=nat&step=3`). */
  id: string;
  title: Localized;
  /** Mutually exclusive set-ups (e.g. bridged vs routed), chosen with radio buttons. */
  variants?: LabVariant[];
  variantsLabel?: Localized;
  build(variant: string): W;
  actions: LabAction<W>[];
  goals: LabGoal[];
  /** Whether the reader may unplug cables (default true). */
  cables?: boolean;
  tableTabs?: TableTab[];
  initialTab?: TableTab;
  focus?: TableFocus;
}

export interface ActionRecord {
  id: string;
  /** Index of the first step this action produced. */
  firstStep: number;
  /** Index in the trace of the action's first event. */
  traceFrom: number;
  handles: TrafficHandle[];
}

export interface LabStep {
  tMs: number;
  events: TraceEvent[];
  snapshot: SimSnapshot;
  /** Set on the step that starts a reader action. */
  action?: { id: string; label: Localized; narration?: Localized | undefined };
  /** The step that closes a wait: the clock has moved on. */
  waitEnd?: boolean;
}

export interface LabRun {
  variant: string;
  initial: SimSnapshot;
  steps: LabStep[];
  actions: ActionRecord[];
  trace: readonly TraceEvent[];
  final: SimSnapshot;
  names: NodeNames;
  /** The scenario after the run (for questions the snapshots do not answer, e.g. rule counts). */
  world: LabWorld;
  /** True when the step limit cut the run short. */
  truncated: boolean;
}

export function localized(l: Localized, lang: Lang): string {
  return l[lang];
}
