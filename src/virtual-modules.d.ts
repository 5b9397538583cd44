// Starlight's virtual module used by the overridden search component (see src/components/Search.astro).
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}

// A lab file compiled at build time by src/labs/vite-plugin.ts: `import lab from '.../bridge.yaml?lab'`.
declare module '*.yaml?lab' {
  const lab: import('./labs/compiled.ts').LabBundle;
  export default lab;
}
declare module '*.yaml?lab&worlds-only' {
  const lab: import('./labs/compiled.ts').LabBundle;
  export default lab;
}
