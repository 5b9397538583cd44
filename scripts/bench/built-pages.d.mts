export function builtPagePaths(): string[];
