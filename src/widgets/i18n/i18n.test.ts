import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { TRACE_CODES } from '../../sim/trace-codes.ts';
import type { TraceEvent } from '../../sim/trace.ts';
import type { Frame } from '../../sim/frame.ts';
import { narrate, translatedCodes } from './trace.ts';
import { knownReasons } from './reasons.ts';
import { fmtTime } from './lang.ts';

const ping: Frame = {
  id: 1,
  src: 'bc:24:11:3a:5c:01',
  dst: 'ff:ff:ff:ff:ff:ff',
  type: 'ipv4',
  ip: { id: 1, src: '10.10.10.100', dst: '203.0.113.10', ttl: 64, proto: 'icmp', icmp: { kind: 'echo-request', type: 8, code: 0, id: 7, seq: 1 } },
};
const names: Record<string, string> = { pve: 'pve', vm100: 'VM 100' };
const ctx = { name: (id: string) => names[id] ?? id };

function event(code: TraceEvent['code'], params: TraceEvent['params'] = {}): TraceEvent {
  return { seq: 0, t: 0, code, node: 'pve', dev: 'vmbr0', port: 'tap100i0', frame: ping, frameAfter: { ...ping, ip: { ...ping.ip!, src: '198.51.100.5' } }, params };
}

const SAMPLE_PARAMS = {
  mac: 'bc:24:11:3a:5c:01',
  registeredMac: 'bc:24:11:00:00:01',
  ip: '192.168.10.1',
  dst: '203.0.113.10',
  reason: 'no_route',
  slave: 'eno1',
  to: 'eno2',
  from: 'eno1',
  ports: 'eno1,tap101i0',
  count: 2,
  sent: 4,
  received: 4,
  loss: 0,
  zone: 1,
  route: 'default',
  via: '192.168.10.1',
};

describe('trace narration', () => {
  it('translates every kernel trace code in English and Korean', () => {
    const codes = TRACE_CODES.map(([c]) => c).sort();
    expect(translatedCodes('en').sort()).toEqual(codes);
    expect(translatedCodes('ko').sort()).toEqual(codes);
  });

  it.each(TRACE_CODES.map(([c]) => c))('%s reads as a sentence in both languages, never the raw code', (code) => {
    for (const lang of ['en', 'ko'] as const) {
      const text = narrate(event(code, SAMPLE_PARAMS), lang, ctx);
      expect(text.length).toBeGreaterThan(8);
      expect(text).not.toContain('undefined');
      expect(text).not.toContain('[object');
      expect(text).not.toMatch(new RegExp(`\\b${code.replace('.', '\\.')}\\b`));
      if (lang === 'ko') expect(text).toMatch(/[가-힣]/);
    }
  });

  it('interpolates the learned MAC and port: "vmbr0 learned ... on tap100i0"', () => {
    const ev = event('fdb.learn', { mac: 'bc:24:11:3a:5c:01' });
    expect(narrate(ev, 'en', ctx)).toBe('vmbr0 learned BC:24:11:3A:5C:01 on tap100i0.');
    expect(narrate(ev, 'ko', ctx)).toBe('vmbr0이 tap100i0 포트에서 BC:24:11:3A:5C:01을 학습했습니다.');
  });

  it('a forwarding drop names ip_forward when it is off, else the arriving interface whose own flag is off', () => {
    const off: TraceEvent = { ...event('route.forward_disabled', { ipForward: 0 }), node: 'pve', dev: 'vmbr1' };
    const partly: TraceEvent = { ...off, params: { ipForward: 1 } };
    expect(narrate(off, 'en', ctx)).toMatch(/ip_forward is 0\.$/);
    expect(narrate(partly, 'en', ctx)).toMatch(/forwarding is off on vmbr1 \(net\.ipv4\.conf\.vmbr1\.forwarding is 0\)\.$/);
    expect(narrate(off, 'ko', ctx)).toMatch(/ip_forward가 0입니다\.$/);
    expect(narrate(partly, 'ko', ctx)).toMatch(/vmbr1에서는 포워딩이 꺼져 있습니다/);
  });

  it('names a pulled cable by port and node, not as "Link Proxmox node eno1" run together', () => {
    const ev: TraceEvent = { ...event('link.down'), node: 'pve', port: 'eno1' };
    expect(narrate(ev, 'en', ctx)).toBe('eno1 on pve: link down (cable unplugged).');
    expect(narrate(ev, 'ko', ctx)).toBe('pve의 eno1 링크가 내려갔습니다(케이블 분리).');
  });

  it('shows NAT rewrites with the address before and after', () => {
    const ev = event('nat.masquerade');
    expect(narrate(ev, 'en', ctx)).toContain('10.10.10.100 becomes 198.51.100.5');
    expect(narrate(ev, 'ko', ctx)).toContain('10.10.10.100이 vmbr0의 주소 198.51.100.5로 바뀝니다');
  });

  it('has a sentence for every drop reason the kernel source uses', () => {
    const dir = new URL('../../sim/', import.meta.url);
    const reasons = new Set<string>();
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const src = readFileSync(new URL(file, dir), 'utf8');
      for (const m of src.matchAll(/reason: '([a-z0-9_]+)'/g)) reasons.add(m[1]!);
    }
    const flood = new Set(['broadcast', 'multicast', 'unknown_unicast', 'flood']);
    const missing = [...reasons].filter((r) => !flood.has(r) && !knownReasons().includes(r));
    expect(missing).toEqual([]);
  });
});

describe('fmtTime', () => {
  it('writes the Korean unit on the number, as Korean text does, and the English one after a space', () => {
    expect(fmtTime(305, 'ko')).toBe('0.305초');
    expect(fmtTime(305, 'en')).toBe('0.305 s');
    expect(fmtTime(300_000, 'ko')).toBe('5분 0초');
    expect(fmtTime(300_000, 'en')).toBe('5 min 0 s');
  });
});
