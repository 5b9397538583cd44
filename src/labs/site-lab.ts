/**
 * A compiled lab file as the generic lab widget's definition: its variants build the world with the
 * one builder (world.ts), its reader actions run the one step runner (act.ts), and its goals are
 * judged by the one goal checker (goals.ts) on the reader's replayed run.
 */
import type { LabDefinition, LabRun, LabWorld } from '../widgets/core/lab-model.ts';
import type { TableFocus } from '../widgets/core/tables-from-sim.ts';
import { doStep, type TrafficHandle } from './act.ts';
import type { LabBundle } from './compiled.ts';
import { worldFromBundle, type LabWorldBuilt } from './bundle-world.ts';
import { checkGoal, type GoalContext, type Ran } from './goals.ts';
import type { LabGoal } from './schema.ts';

export interface FileLabWorld extends LabWorld {
  built: LabWorldBuilt;
}

/** The context the goal checker reads, from a widget run: each reader action is one `Ran`. */
export function goalContext(run: LabRun): GoalContext {
  const built = (run.world as FileLabWorld).built;
  const ran: Ran[] = run.actions.map((a, i) => ({
    id: a.id,
    handles: a.handles,
    from: a.traceFrom,
    to: run.actions[i + 1]?.traceFrom ?? run.trace.length,
  }));
  return { trace: run.trace, snapshot: run.final, ran, macOf: built.macOf };
}

export function siteLab(bundle: LabBundle): LabDefinition<FileLabWorld> {
  const lab = bundle.lab;
  const view = lab.view ?? {};
  const first = lab.variants?.[0]?.id;
  const goals = (lab.goals ?? []).filter((g): g is LabGoal & { id: string; text: { en: string; ko: string } } => g.id !== undefined && g.text !== undefined);
  return {
    id: view.key ?? lab.id,
    title: lab.title,
    ...(lab.variants ? { variants: lab.variants.map((v) => ({ id: v.id, label: v.label })) } : {}),
    ...(view.variantsLabel ? { variantsLabel: view.variantsLabel } : {}),
    build: (variant) => {
      const built = worldFromBundle(bundle, lab.variants ? (lab.variants.some((v) => v.id === variant) ? variant : first) : undefined);
      return { sim: built.sim, names: built.names, built };
    },
    actions: (lab.actions ?? []).map((a) => ({
      id: a.id,
      label: a.label,
      ...(a.narration ? { narration: a.narration } : {}),
      ...(a.variants ? { variants: a.variants } : {}),
      ...(a.once || a.requires ? { enabled: (done: readonly string[]) => (!a.once || !done.includes(a.id)) && (!a.requires || done.includes(a.requires)) } : {}),
      run: (w: FileLabWorld) => {
        const handles: TrafficHandle[] = [];
        let waitMs = a.wait;
        for (const step of a.do) {
          const effect = doStep(w.built, bundle.rules, step);
          if (effect.handle) handles.push(effect.handle);
          if (effect.waitMs !== undefined) waitMs = (waitMs ?? 0) + effect.waitMs;
        }
        return { handles, ...(waitMs !== undefined ? { waitMs } : {}) };
      },
    })),
    goals: goals.map((g) => ({
      id: g.id,
      text: g.text,
      hint: g.hint ?? g.text,
      ...(g.variants ? { variants: g.variants } : {}),
      check: (run: LabRun) => checkGoal(g, 0, goalContext(run)).passed,
    })),
    ...(view.cables !== undefined ? { cables: view.cables } : {}),
    ...(view.tables ? { tableTabs: view.tables } : {}),
    ...(view.initialTable ? { initialTab: view.initialTable } : {}),
    ...(view.focus ? { focus: view.focus as TableFocus } : {}),
  };
}
