import { describe, expect, it } from 'vitest';
import { highlightInterfaces } from './highlight.ts';
import { lineSeverity, markLine, plainTokens } from './tokens.ts';
import { PRESETS } from './presets.ts';

describe('editor tokens', () => {
  it('highlighting keeps every character, at its offset', () => {
    for (const text of Object.values(PRESETS)) {
      const lines = highlightInterfaces(text);
      const rebuilt = lines.map((l) => l.map((t) => t.content).join('')).join('\n');
      expect(rebuilt).toBe(text);
      for (const l of lines) for (const t of l) expect(text.slice(t.offset, t.offset + t.content.length)).toBe(t.content);
    }
  });

  it('colours keywords, option names, addresses and commands differently', () => {
    const [, iface, opt, cmd] = highlightInterfaces('auto vmbr0\niface vmbr0 inet static\n    address 192.168.10.2/24\n    post-up iptables -t nat\n');
    const color = (line: typeof iface, word: string) => line?.find((t) => t.content.trim() === word)?.color;
    expect(color(iface, 'iface')).toBe('var(--nmp-hl-token-keyword)');
    expect(color(opt, 'address')).toBe('var(--nmp-hl-token-parameter)');
    expect(color(opt, '192.168.10.2/24')).toBe('var(--nmp-hl-token-constant)');
    expect(color(cmd, 'iptables')).toBe('var(--nmp-hl-token-function)');
  });

  it('cuts tokens where a diagnostic starts and ends, widening an empty span to one character', () => {
    const [line] = plainTokens('bond-mode 802.3as');
    const pieces = markLine(line!, [{ start: 10, end: 17, severity: 'error' }]);
    expect(pieces.map((p) => [p.content, p.severity])).toEqual([
      ['bond-mode ', undefined],
      ['802.3as', 'error'],
    ]);
    const empty = markLine(line!, [{ start: 17, end: 17, severity: 'warning' }]);
    expect(empty.at(-1)).toMatchObject({ content: 's', severity: 'warning' });
    expect(lineSeverity(0, 17, [{ start: 3, end: 4, severity: 'info' }, { start: 5, end: 9, severity: 'error' }])).toBe('error');
    expect(lineSeverity(20, 30, [{ start: 3, end: 4, severity: 'error' }])).toBeUndefined();
  });
});
