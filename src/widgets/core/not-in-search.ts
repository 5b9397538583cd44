/**
 * Spread on the root element of every widget: Pagefind indexes the prerendered HTML, and an island's
 * server-rendered markup (narration, topology descriptions, tables, quiz answers) would otherwise turn
 * up as search snippets that read as noise out of context (Pagefind: `data-pagefind-ignore="all"`
 * leaves the element and everything in it out of the index, headings included).
 */
export const NOT_IN_SEARCH = { 'data-pagefind-ignore': 'all' } as const;
