/** What the "fix the config" checker tells the reader after a run. */
export interface FixReport {
  /** True when the edited file makes the lab goal pass on the simulated host. */
  passed: boolean;
  /** One line per problem in the file, already in the reader's language ("line 12: ..."). */
  diagnostics: string[];
  /** One sentence on what the simulated packet did, in the reader's language. */
  summary: string;
}
