/** What the "fix the config" checker tells the reader after a run. */
export interface FixReport {
  /** True when the edited file makes the lab goal pass on the simulated host. */
  passed: boolean;
  /** One line per problem in the file, already in the reader's language ("line 12: ..."). */
  diagnostics: string[];
  /** One sentence: the verdict of the run, or why it could not run, in the reader's language. */
  summary: string;
  /** What the simulated ping did, one sentence per decision (empty when the file could not be brought up). */
  steps: string[];
}
