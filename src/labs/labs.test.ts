import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goalText, loadLab, runLab, stepText } from './index.ts';
import { schemaText, SCHEMA_PATH } from './schema-main.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const labsDir = join(root, 'content/labs');
const labFiles = readdirSync(labsDir).filter((f) => f.endsWith('.yaml'));
const load = (file: string) => {
  const path = join(labsDir, file);
  return loadLab(readFileSync(path, 'utf8'), {
    file: path,
    readFile: (p) => {
      try {
        return readFileSync(resolve(labsDir, p), 'utf8');
      } catch {
        return undefined;
      }
    },
  });
};

describe('shipped labs', () => {
  it('cover every mode the course teaches', () => {
    const modes = new Set(labFiles.map((f) => load(f).lab?.mode).filter((m) => m !== undefined));
    expect([...modes].sort()).toEqual(['bond', 'bridge', 'nat', 'office', 'routed']);
    expect(labFiles).toEqual(expect.arrayContaining(['routed-provider.yaml', 'routed-provider-bridged.yaml', 'bond-lacp.yaml', 'bond-lacp-plain-switch.yaml', 'bond-active-backup.yaml', 'small-office.yaml', 'nat.yaml', 'bridge-basics.yaml']));
  });

  for (const file of labFiles) {
    it(`${file} loads without problems, runs, and every goal passes`, () => {
      const loaded = load(file);
      expect(loaded.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.span.line}:${d.span.col} ${d.code}`)).toEqual([]);
      const run = runLab(loaded);
      expect(run.notes).toEqual([]);
      const failed = run.goals.filter((g) => !g.passed).map((g) => goalText(g.code, false, g.params, 'en'));
      expect(failed).toEqual([]);
      expect(run.goals.length).toBeGreaterThan(0);
      expect(run.passed).toBe(true);
      // Every result reads in both languages with no placeholder left.
      for (const s of run.steps) for (const lang of ['en', 'ko'] as const) expect(stepText(s.code, s.params, lang)).not.toMatch(/\{\w+\}/);
      for (const g of run.goals) for (const lang of ['en', 'ko'] as const) expect(goalText(g.code, g.passed, g.params, lang)).not.toMatch(/\{\w+\}/);
    });
  }

  it('is deterministic: the same lab gives the same trace', () => {
    const a = runLab(load('nat.yaml'));
    const b = runLab(load('nat.yaml'));
    expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace));
  });

  it('the bridged variant at a one-MAC provider fails for the guest with provider.mac_rejected', () => {
    const run = runLab(load('routed-provider-bridged.yaml'));
    const guest = run.steps.find((s) => s.id === 'guest-out')!;
    expect(guest.params.received).toBe(0);
    expect(guest.events.some((e) => e.code === 'provider.mac_rejected')).toBe(true);
  });
});

describe('lab loading errors', () => {
  const minimal = `id: t
title: { en: T, ko: 티 }
description: { en: D, ko: 디 }
host:
  interfaces: |
    auto vmbr0
    iface vmbr0 inet static
            address 192.168.10.2/24
            bridge-ports none
steps:
  - wait: 10
`;
  it('a minimal lab loads', () => {
    expect(loadLab(minimal).lab?.id).toBe('t');
  });
  it('YAML syntax errors name line and column', () => {
    const d = loadLab('id: t\ntitle: {en: T, ko: 티\nsteps: []\n').diagnostics[0]!;
    expect(d.code).toBe('lab.yaml_syntax');
    expect(d.span.line).toBeGreaterThanOrEqual(2);
  });
  it('schema errors point at the field, in both languages', () => {
    const l = loadLab(minimal.replace('  - wait: 10', '  - wiat: 10'));
    const d = l.diagnostics.find((x) => x.code === 'lab.schema')!;
    expect(`${d.span.line}:${d.span.col}`).toBe('11:5');
    expect(String(d.params.detail)).toMatch(/ping, tcp, udp/);
    expect(String(d.params.detailKo)).toMatch(/다음 중 하나/);
    // The misspelt kind is named, with the kind it is closest to.
    expect(d.params.path).toBe('steps[0].wiat');
    expect(String(d.params.detail)).toMatch(/^unknown step 'wiat' \(did you mean 'wait'\?\)/);
    expect(String(d.params.detailKo)).toMatch(/혹시 'wait'인가요\?/);
    const missing = loadLab(minimal.replace('title: { en: T, ko: 티 }\n', '')).diagnostics[0]!;
    expect(missing.params.detail).toBe("missing field 'title'");
  });
  it('an unknown field inside a step is reported at its key', () => {
    const d = loadLab(minimal.replace('  - wait: 10', '  - ping: { from: pve, to: 192.168.10.9, cuont: 2 }')).diagnostics.find((x) => x.code === 'lab.schema')!;
    expect(d.params.detail).toBe("unknown field 'cuont' (did you mean 'count'?)");
    expect(d.span.line).toBe(11);
  });
  it('a misspelt top-level field and goal kind get a did-you-mean', () => {
    const top = loadLab(minimal.replace('steps:', 'stesp:')).diagnostics.find((x) => x.params.detail?.toString().startsWith('unknown field'))!;
    expect(top.params.detail).toBe("unknown field 'stesp' (did you mean 'steps'?)");
    const goal = loadLab(`${minimal}goals:\n  - reachabel: s1\n`).diagnostics.find((x) => x.code === 'lab.schema')!;
    expect(goal.params.detail).toMatch(/^unknown goal 'reachabel' \(did you mean 'reachable'\?\)/);
  });
  it('problems in the inline interfaces text are reported at their line in the lab file', () => {
    const l = loadLab(minimal.replace('bridge-ports none', 'bridge-prots none'));
    const d = l.diagnostics.find((x) => x.code === 'cfg.unknown_option')!;
    expect(`${d.span.line}:${d.span.col}`).toBe('9:13');
  });
  it('a guest on a missing bridge and a step naming an unknown node are errors, and the lab does not run', () => {
    const text = minimal.replace('steps:', 'guests:\n  - vmid: 100\n    net: ["net0: virtio,bridge=vmbr9"]\nsteps:').replace('  - wait: 10', '  - ping: { from: 101, to: 192.168.10.9 }');
    const l = loadLab(text);
    expect(l.lab).toBeUndefined();
    const at = (code: string) => l.diagnostics.filter((d) => d.code === code).map((d) => `${d.span.line}:${d.span.col}`);
    expect(at('guest.unknown_bridge')).toEqual(['12:32']);
    expect(at('lab.unknown_ref')).toEqual(['14:19']);
  });
  it('a missing interfaces file is reported', () => {
    const l = loadLab(minimal.replace(/interfaces: \|[\s\S]*?steps:/, 'interfaces: { file: nope.interfaces }\nsteps:'), { readFile: () => undefined });
    expect(l.diagnostics.map((d) => d.code)).toEqual(['lab.file_not_found']);
  });
  it('a file that is not a mapping (an interfaces file, a list, nothing) is named as not a lab, pointing to netmodes check', () => {
    const detail = (t: string) => String(loadLab(t).diagnostics[0]?.params.detail);
    expect(detail('auto lo\niface lo inet loopback\n')).toMatch(/^not a lab: the file is plain text.*netmodes check/);
    expect(detail('- a\n- b\n')).toMatch(/^not a lab: the file is a list/);
    expect(detail('')).toMatch(/^not a lab: the file is empty/);
    expect(String(loadLab('').diagnostics[0]?.params.detailKo)).toMatch(/^랩 파일이 아닙니다\. 파일이 비어 있습니다/);
  });
  it('never throws on garbage', () => {
    for (const t of ['', ':', '- a\n- b', 'id: 1\nsteps: 3', '{{{{', '\u0000', 'a: &x [*x]', minimal.repeat(2)]) expect(() => loadLab(t)).not.toThrow();
  });
});

describe('published JSON Schema', () => {
  it('public/schemas/lab.schema.json is up to date with the zod schema (npm run lab-schema)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
  });
});
