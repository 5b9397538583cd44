import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets.ts';
import { buildRunWorld } from './run-world.ts';

function probe(preset: keyof typeof PRESETS, from: string, to: string, port?: number, text = PRESETS[preset]) {
  const w = buildRunWorld(preset, text);
  const h = port ? w.sim.tcpConnect(from, to, port) : w.sim.ping(from, to, { count: 3, intervalMs: 200 });
  w.sim.advance(5000);
  return h.outcome;
}

describe('playground run worlds', () => {
  it('bridge: the LAN laptop reaches a bridged guest directly', () => {
    expect(probe('bridge', 'laptop', '192.168.10.100')).toBe('ok');
  });

  it('routed: the internet reaches the guest on its public address', () => {
    expect(probe('routed', 'web', '203.0.113.18')).toBe('ok');
  });

  it('NAT: the guest gets out, unsolicited inbound does not get in, the port forward does', () => {
    expect(probe('nat', 'vm100', '192.0.2.80')).toBe('ok');
    expect(probe('nat', 'web', '10.10.10.100')).not.toBe('ok');
    expect(probe('nat', 'web', '198.51.100.5', 2222)).toBe('established');
  });

  it('NAT without the ip_forward line: the guest no longer gets out', () => {
    const text = PRESETS.nat.replace(/^.*ip_forward.*$/m, '');
    expect(probe('nat', 'vm100', '192.0.2.80', undefined, text)).not.toBe('ok');
  });

  it('forwarding written per interface counts as the kernel sees it: both bridges needed, one is not enough', () => {
    const perIf = (devs: string[]) => PRESETS.nat.replace(/^.*ip_forward.*$/m, devs.map((d) => `        post-up   echo 1 > /proc/sys/net/ipv4/conf/${d}/forwarding`).join('\n'));
    expect(probe('nat', 'vm100', '192.0.2.80', undefined, perIf(['vmbr1', 'vmbr0']))).toBe('ok');
    // The request leaves through vmbr1; the answer arrives on vmbr0, whose flag is still 0.
    expect(probe('nat', 'vm100', '192.0.2.80', undefined, perIf(['vmbr1']))).not.toBe('ok');
  });

  it('bond: the guest behind bond0 answers SSH from the LAN', () => {
    expect(probe('bond', 'laptop', '192.168.10.50', 22)).toBe('established');
  });
});
