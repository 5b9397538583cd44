import { describe, expect, it } from 'vitest';
import { loadBank } from './bank-fs.ts';
import { checkFix, MAX_CONFIG_CHARS } from './fix/check.ts';
import { scoreAnswer } from './scoring.ts';
import type { FixQuestion } from './schema.ts';

const fixQuestions = [...loadBank().questions.values()].filter((q): q is FixQuestion => q.type === 'fix');

describe('"fix the config" questions are checked on the kernel', () => {
  it('exist', () => expect(fixQuestions.length).toBeGreaterThanOrEqual(2));

  for (const q of fixQuestions) {
    it(`${q.id}: the broken file fails the goal and the reference fix passes, in both languages`, () => {
      for (const lang of ['en', 'ko'] as const) {
        const broken = checkFix(q.goal, q.start, lang);
        expect(broken.passed, `${lang} start`).toBe(false);
        const fixed = checkFix(q.goal, q.solution, lang);
        expect(fixed.passed, `${lang} solution`).toBe(true);
        expect(fixed.diagnostics).toEqual([]);
        expect(fixed.steps.length).toBeGreaterThan(3);
        expect(scoreAnswer({ type: 'fix' }, { type: 'fix', config: q.solution }, { fixPassed: fixed.passed }).points).toBe(1);
      }
    });
  }

  it('explains where the NAT reply dies when MASQUERADE is missing (no route back to a private address)', () => {
    const q = fixQuestions.find((x) => x.id === 'nat-fix-masquerade')!;
    const report = checkFix(q.goal, q.start, 'en');
    expect(report.summary).toBe('The checker finds nothing wrong with how the file is written, so what remains is a mistake in what it does. The kernel ran the file: the ping got no answer.');
    expect(report.steps.at(-1)).toMatch(/gateway drops it: no route/);
  });

  it('tells which kind of mistake remains: a misspelt target is the checker\'s error (the rule does not exist), a wrong interface is the kernel\'s no-answer after a warning', () => {
    const q = fixQuestions.find((x) => x.id === 'nat-fix-masquerade')!;
    const typo = checkFix(q.goal, q.solution.replaceAll('-j MASQUERADE', '-j MASQURADE'), 'en');
    expect([typo.passed, typo.steps]).toEqual([false, []]);
    expect(typo.summary).toMatch(/^The checker finds errors/);
    expect(typo.diagnostics.join('\n')).toMatch(/iptables has no target 'MASQURADE'/);
    const unknownIface = checkFix(q.goal, q.solution.replaceAll('-o vmbr0', '-o eth0'), 'en');
    expect(unknownIface.passed).toBe(false);
    expect(unknownIface.summary).toBe('The checker finds no errors but warns about the file (listed below). The kernel ran the file: the ping got no answer.');
    expect(unknownIface.steps.length).toBeGreaterThan(0);
    // The bridge port instead of the bridge: iptables takes it, but routed packets leave by vmbr0, so
    // the checker warns at the word and names the bridge, and the kernel shows the ping unanswered.
    const port = checkFix(q.goal, q.solution.replaceAll('-o vmbr0', '-o eno1'), 'en');
    expect(port.summary).toBe('The checker finds no errors but warns about the file (listed below). The kernel ran the file: the ping got no answer.');
    expect(port.diagnostics).toEqual(['line 22, column 72: iptables rule matches -o eno1, but eno1 is a port of vmbr0: routed packets carry vmbr0 as their interface, so the rule never matches']);
    const ko = checkFix(q.goal, q.solution.replaceAll('-j MASQUERADE', '-j MASQURADE'), 'ko');
    expect(ko.summary).toMatch(/^검사기가 오류를 찾았습니다/);
  });

  it('does not accept a "fix" that bridges the guest onto a one-MAC provider port', () => {
    const q = fixQuestions.find((x) => x.id === 'routed-fix-forward')!;
    const bridged = q.solution.replace('bridge-ports none', 'bridge-ports eno0');
    expect(checkFix(q.goal, bridged, 'en').passed).toBe(false);
  });

  it('flags a half fix that keeps the address on the new bridge port, naming the line', () => {
    const q = fixQuestions.find((x) => x.id === 'bridge-fix-ports')!;
    const report = checkFix(q.goal, q.start.replace('bridge-ports none', 'bridge-ports eno1'), 'en');
    expect(report.passed).toBe(false);
    expect(report.diagnostics.join('\n')).toMatch(/^line 6, column \d+: .*eno1/m);
  });

  it('reports file problems with line and column in the reader\'s language and never throws on junk', () => {
    const q = fixQuestions[0]!;
    const report = checkFix(q.goal, 'iface vmbr0 inet static\n  adress 10.10.10.1/24\n', 'ko');
    expect(report.passed).toBe(false);
    expect(report.diagnostics.join('\n')).toMatch(/2번째 줄 3번째 칸/);
    for (const junk of ['', '\u0000\u0001', 'auto\n'.repeat(500), '{{{{', 'iface eno1 inet static\n address 999.1.1.1/99']) {
      expect(() => checkFix(q.goal, junk, 'en')).not.toThrow();
    }
  });

  it('refuses oversized input before parsing it', () => {
    const report = checkFix(fixQuestions[0]!.goal, 'x'.repeat(MAX_CONFIG_CHARS + 1), 'en');
    expect(report).toMatchObject({ passed: false, diagnostics: [], steps: [] });
    expect(report.summary).toMatch(/longer than/);
  });
});
