/** Files longer than this are refused before parsing (a textarea or a request can hold anything). */
export const MAX_CONFIG_CHARS = 20_000;
