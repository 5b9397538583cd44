// Starlight's virtual module used by the overridden search component (see src/components/Search.astro).
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
