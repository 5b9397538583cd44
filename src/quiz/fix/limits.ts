/** Files longer than this are refused before parsing (a textarea or a request can hold anything). */
export const MAX_CONFIG_CHARS = 20_000;

/**
 * A file being edited and kept on the reader's device (a quiz attempt, a student's draft) may be
 * longer than a checkable one: the check or the server says so, and nothing else typed is dropped.
 */
export const MAX_DRAFT_CONFIG_CHARS = 200_000;
