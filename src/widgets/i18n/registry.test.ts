import { describe, expect, it, vi } from 'vitest';

describe('widget string registry', () => {
  it('names the missing locale and table instead of rendering empty text', async () => {
    vi.resetModules();
    // A fresh registry: nothing registered yet (the test setup's registrations live in the old module instance).
    const registry = await import('./registry.ts');
    expect(() => registry.tablesFor('ko', 'trace')).toThrow(/"trace" for locale "ko" are not loaded/);
    await import('./trace.en.ts');
    expect(registry.tablesFor('en', 'trace')['link.up']).toBeTypeOf('function');
    expect(() => registry.tablesFor('ko', 'trace')).toThrow(/locale "ko"/);
  });

  it('a page in one language never reads the other language', async () => {
    vi.resetModules();
    await import('./ui.ko.ts');
    const { ui } = await import('./ui.ts');
    expect(ui('ko').play).toBe('재생');
    expect(() => ui('en')).toThrow(/locale "en"/);
  });
});
