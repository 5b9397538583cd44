/**
 * The checks every generator passes on 1,000 seeds (issue 18): the question is well-formed by the bank's schema,
 * exactly one option is right, the texts use only documentation address ranges, the Korean
 * prompt asks in 하십시오체, the Korean reads right (readingProblems), the same seed gives the same
 * question, different seeds give different numbers, the right letter moves around, and the kernel's answer matches a check
 * written from the rules themselves (not from the kernel) where one exists.
 */
import { describe, expect, it } from 'vitest';
import { rejectedIn } from '../../i18n/terms.ts';
import type { SingleQuestion } from '../schema.ts';
import { particleMistakes, particleMistakesAfter } from '../../../tests/unit/korean-particles.ts';
import { GENERATORS } from './registry.ts';
import { validQuestion } from './question.ts';
import type { Facts, GeneratorMode } from './types.ts';

const SEEDS = 1000;

/** The documentation ranges the project allows (RFC 5737, plus the two private ranges the lessons use). */
const ALLOWED = ['192.0.2.', '198.51.100.', '203.0.113.', '10.10.10.', '192.168.10.'];

const ip = (text: string) => text.split('.').reduce((n, octet) => (n << 8) + Number(octet), 0) >>> 0;
const macLast = (mac: string) => parseInt(mac.slice(-2), 16);
const fold = (h: number) => {
  h = (h ^ (h >>> 16)) >>> 0;
  return (h ^ (h >>> 8)) >>> 0;
};

/**
 * Transmit hash, written from Documentation/networking/bonding.rst ("xmit_hash_policy"), with
 * values read as the header shows them. The kernel reads words in the CPU's byte order; with two
 * links only bit 0 (layer2, layer2+3) or bit 1 (layer3+4, after its final shift) of the folded
 * low byte counts, which is the XOR of the same bit of every byte, so byte order cannot change it.
 */
function bondLink(policy: string, f: { vmMac: string; nasMac: string; vmIp: string; nasIp: string }, sport: number, dport: number): string {
  const l2 = macLast(f.vmMac) ^ macLast(f.nasMac) ^ 0x0800;
  let hash: number;
  if (policy === 'layer2') hash = l2;
  else if (policy === 'layer2+3') hash = fold((l2 ^ ip(f.vmIp) ^ ip(f.nasIp)) >>> 0);
  else hash = fold((((sport << 16) | dport) ^ ip(f.vmIp) ^ ip(f.nasIp)) >>> 0) >>> 1;
  return hash % 2 === 0 ? 'eno1' : 'eno2';
}

const s = (f: Facts, k: string) => String(f[k]);

/** The answer from the rules the lessons teach, for each generator (undefined: no independent check). */
const EXPECTED: Record<string, (f: Facts) => string | undefined> = {
  'gen-bridge-reach': (f) => ({ none: 'answered', 'no-port': 'no-arp', 'other-subnet': 'no-route' })[s(f, 'fault')],
  // A bridge learns a MAC from frames it sends: the pinger and the pinged (its replies) only.
  'gen-bridge-fdb-port': (f) => {
    const port = (who: string) => (who === 'laptop' ? 'eno1' : `tap${who === 'a' ? f.vmA : f.vmB}i0`);
    return f.asked === f.from || f.asked === f.to ? port(s(f, 'asked')) : 'none';
  },
  'gen-bridge-mac-seen': (f) => (f.target === 'vm' ? s(f, 'vmMac') : s(f, 'bridgeMac')),
  'gen-bridge-gateway': (f) => ({ '192.168.10.1': 'answered', '192.168.10.2': 'pve' })[s(f, 'gateway')] ?? (f.gateway === '192.168.10.254' ? 'vm' : undefined),
  'gen-routed-source-seen': (f) => s(f, 'vmIp'),
  'gen-routed-bridged-mac': (f) => (f.bridged ? 'provider' : 'answered'),
  'gen-routed-inbound': (f) => ({ none: 'answered', 'ip-forward': 'pve', 'gateway-route': 'gw' })[s(f, 'fault')],
  // web -> gw -> pve -> VM: each router needs a TTL above 1 to pass it on.
  'gen-routed-ttl': (f) => (Number(f.ttl) <= 1 ? 'gw' : Number(f.ttl) === 2 ? 'pve' : 'delivered'),
  'gen-nat-source-seen': (f) => ({ full: s(f, 'hostIp'), 'no-masquerade': s(f, 'vmIp'), 'no-forward': 'nothing' })[s(f, 'variant')],
  'gen-nat-vm-sees': (f) => s(f, 'webIp'),
  'gen-nat-port-forward': (f) => (f.target === f.hostPort ? 'vm' : f.target === 22 ? 'host' : 'refused'),
  'gen-nat-conntrack': (f) => s(f, 'expected'),
  'gen-nat-missing-line': (f) => s(f, 'missing'),
  'gen-rvn-source-seen': (f) => (f.mode === 'routed' ? 'vm' : 'host'),
  'gen-rvn-inbound': (f) => ({ routed: 'vm', 'nat-forward': 'vm', 'nat-no-forward': 'refused', 'nat-private': 'gw' })[s(f, 'kind')],
  'gen-rvn-second-vm': (f) => (f.mode === 'routed' ? 'same' : 'other'),
  'gen-bond-cable-pulled': (f) => (f.pulled === f.primary ? (f.primary === 'eno1' ? 'eno2' : 'eno1') : s(f, 'primary')),
  'gen-bond-link-layer2': (f) => bondLink('layer2', f as never, Number(f.sport), Number(f.dport)),
  'gen-bond-link-layer23': (f) => bondLink('layer2+3', f as never, Number(f.sport), Number(f.dport)),
  'gen-bond-link-layer34': (f) => bondLink('layer3+4', f as never, Number(f.sport), Number(f.dport)),
  'gen-bond-spread': (f) =>
    new Set(
      s(f, 'sports')
        .split(',')
        .map((p) => bondLink(s(f, 'policy'), f as never, Number(p), 873)),
    ).size === 2
      ? 'both'
      : 'one',
};

/** The Korean names templates put before a particle (device labels of the worlds, the laptop, the NAS). */
const NAMES = ['노트북', 'Proxmox 호스트', '호스트', '사무실 스위치', '사무실 라우터', '웹 서버', '업체 스위치', '업체 게이트웨이', '게이트웨이', 'NAS', '브리지', '본드'];

// The right option's explanation opens with 맞습니다. / Right., as in the practice bank; the rest is counted.
const sentences = (text: string) => text.replace(/^(맞습니다|Right)\. /u, '').split(/(?<=[.?!])\s+/u).filter(Boolean);

/**
 * What a Korean student reads wrong in a generated question: a particle that does not fit the number,
 * address or name before it (the rule tests/unit/fixed-terms.test.ts applies to the files), a rejected
 * term (src/i18n/terms.ts), an explanation not in 하십시오체 or longer than three sentences, or two
 * options sharing one explanation (each option says why it is wrong in its own terms).
 */
export function readingProblems(q: SingleQuestion): string[] {
  const problems: string[] = [];
  for (const text of [q.ko.prompt, ...q.options.flatMap((o) => [o.ko.text, o.ko.why ?? ''])]) {
    for (const m of [...particleMistakes(text), ...particleMistakesAfter(text, NAMES), ...rejectedIn(text)]) problems.push(`${m} in "${text}"`);
  }
  for (const o of q.options) {
    if (!/니다(\([^)]*\))?\.$/u.test(o.ko.why ?? '')) problems.push(`option ${o.id}: the Korean explanation does not end in 하십시오체: ${o.ko.why}`);
    for (const why of [o.ko.why ?? '', o.en.why ?? '']) if (sentences(why).length > 3) problems.push(`option ${o.id}: explanation longer than three sentences: ${why}`);
  }
  const whys = q.options.map((o) => o.ko.why);
  if (new Set(whys).size !== whys.length) problems.push('two options share one explanation');
  return problems;
}

/** The registry's shape; run once (from the bridge file). */
export function registrySuite(): void {
  it('cover bridge, routed, NAT, routed-vs-NAT and bond with at least 20 distinct ids', () => {
    expect(GENERATORS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(GENERATORS.map((g) => g.id)).size).toBe(GENERATORS.length);
    expect(new Set(GENERATORS.map((g) => g.mode))).toEqual(new Set(['bridge', 'routed', 'nat', 'routed-vs-nat', 'bond']));
    for (const g of GENERATORS) expect(g.id).toMatch(/^gen-[a-z0-9-]+$/);
  });
}

/** One lesson's generators, each on SEEDS seeds (one test file per lesson, so vitest runs them side by side). */
export function generatorSuite(mode: GeneratorMode): void {
  describe(`${mode} question generators`, () => {
    for (const g of GENERATORS.filter((x) => x.mode === mode)) {
      it(`${g.id}: ${SEEDS} seeds, each a well-formed question whose one right option is the kernel's answer`, () => {
        const expected = EXPECTED[g.id];
        expect(expected, 'every generator has an independent check').toBeDefined();
        const prompts = new Set<string>();
        const letters = new Map<string, number>();
        for (let seed = 0; seed < SEEDS; seed += 1) {
          const { question: q, answer, facts } = g.generate(seed);
          const where = `${g.id} seed ${seed}`;
          if (!validQuestion(q)) throw new Error(`${where}: not a valid single-choice question`);
          const right = q.options.filter((o) => o.correct);
          if (right.length !== 1) throw new Error(`${where}: ${right.length} right options`);
          letters.set(right[0]!.id, (letters.get(right[0]!.id) ?? 0) + 1);
          const want = expected!(facts);
          // The gateway case names the VM node, whose id the facts do not carry.
          if (want !== undefined && !(want === 'vm' && /^vm\d+$/.test(answer)) && want !== answer)
            throw new Error(`${where}: the kernel says "${answer}", the rules say "${want}" (${JSON.stringify(facts)})`);
          if (!/[가-힣]/.test(q.ko.prompt) || !/(니까|습니까)\?$/.test(q.ko.prompt)) throw new Error(`${where}: the Korean prompt does not ask in 하십시오체: ${q.ko.prompt}`);
          const reading = readingProblems(q);
          if (reading.length) throw new Error(`${where}: ${reading.slice(0, 3).join('; ')}`);
          const texts = [q.ko.prompt, q.en.prompt, ...q.options.flatMap((o) => [o.ko.text, o.ko.why, o.en.text, o.en.why])].join('\n');
          // Read as plain text on the assignment pages: no Markdown backticks left.
          if (texts.includes('`')) throw new Error(`${where}: a backtick in the texts`);
          for (const addr of texts.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? []) {
            if (!ALLOWED.some((prefix) => addr.startsWith(prefix))) throw new Error(`${where}: ${addr} is outside the documentation ranges`);
          }
          prompts.add(q.en.prompt);
        }
        // Different students get different numbers, and the right letter is not a fixed place.
        expect(prompts.size).toBeGreaterThan(SEEDS * 0.9);
        for (const count of letters.values()) expect(count).toBeLessThan(SEEDS * 0.45);
        expect(JSON.stringify(g.generate(7))).toBe(JSON.stringify(g.generate(7)));
      });
    }
  });
}
