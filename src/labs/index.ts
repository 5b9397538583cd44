/** Public API of the labs layer: load a lab file, run it on the kernel, read its results. */
export { loadLab, solutionSteps, type LoadedLab, type LoadOptions, type LabGuestConfig } from './load.ts';
export { runLab, solutionOf, variantsOf, type LabRun, type StepOutcome, type GoalOutcome, type LabTable } from './run.ts';
export { compileLab } from './compile.ts';
export type { CompiledLab, LoadedLabFile } from './compiled.ts';
export { Lab, Step, Goal, labJsonSchema, type LabFile, type LabStep, type LabGoal } from './schema.ts';
export { GOAL_TEXTS, STEP_TEXTS, TABLE_NAMES, OUTCOMES, goalText, stepText, outcomeText } from './messages.ts';
