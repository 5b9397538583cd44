/**
 * Neighbour reachability (NUD) as net/core/neighbour.c and net/ipv4/arp.c run it, with the
 * defaults and per-interface sysctls of Documentation/networking/ip-sysctl.rst (neigh/IF/...).
 */
import { describe, expect, it } from 'vitest';
import { formatIpNeigh, Sim } from '../index.ts';

/** Two hosts on one switch: a (192.0.2.1) and b (192.0.2.2). */
function pair(setup?: (sim: Sim) => void): Sim {
  const sim = new Sim({ seed: 1 });
  sim.addSwitch({ id: 'sw', kind: 'learning' });
  for (const [id, ip, port] of [['a', '192.0.2.1/24', 'p1'], ['b', '192.0.2.2/24', 'p2']] as const) {
    sim.addHost({ id, kind: 'external' }).addNic('eth0', id === 'a' ? '02:00:00:00:00:0a' : '02:00:00:00:00:0b').addAddress('eth0', ip);
    sim.connect({ node: id, port: 'eth0' }, { node: 'sw', port });
  }
  setup?.(sim);
  return sim;
}

const entry = (sim: Sim, host: string, ip: string) => sim.snapshot().hosts.find((h) => h.id === host)!.neighbours.find((n) => n.ip === ip);

describe('neighbour states (NUD)', () => {
  it('REACHABLE turns STALE after base_reachable_time; the next packet starts DELAY, 5 s later PROBE, a unicast reply makes it REACHABLE', () => {
    const sim = pair();
    sim.ping('a', '192.0.2.2', { count: 1 });
    sim.runUntilIdle();
    expect(entry(sim, 'a', '192.0.2.2')?.state).toBe('REACHABLE');
    sim.advance(30_000);
    expect(entry(sim, 'a', '192.0.2.2')?.state).toBe('STALE');
    const before = sim.trace.length;
    sim.ping('a', '192.0.2.2', { count: 1 });
    sim.advance(100);
    // __neigh_event_send: the packet goes to the known MAC at once, no who-has first.
    expect(entry(sim, 'a', '192.0.2.2')?.state).toBe('DELAY');
    expect(sim.trace.slice(before).some((e) => e.node === 'a' && (e.code === 'arp.request' || e.code === 'arp.probe'))).toBe(false);
    sim.advance(5_000);
    const probe = sim.trace.slice(before).find((e) => e.code === 'arp.probe' && e.node === 'a')!;
    expect(probe.t - sim.trace[before]!.t).toBeCloseTo(5_000, 0);
    expect(probe.frame!.dst).toBe('02:00:00:00:00:0b');
    expect(entry(sim, 'a', '192.0.2.2')?.state).toBe('REACHABLE');
  });

  it('a neighbour that went away: PROBE sends ucast_solicit (3) unicast who-has 1 s apart, then FAILED', () => {
    const sim = pair();
    sim.ping('a', '192.0.2.2', { count: 1 });
    sim.runUntilIdle();
    sim.advance(30_000);
    sim.setLinkUp(sim.linkBetween({ node: 'b', port: 'eth0' })!, false);
    const before = sim.trace.length;
    const start = sim.now;
    sim.ping('a', '192.0.2.2', { count: 1 });
    sim.advance(5_000 + 2_500);
    expect(entry(sim, 'a', '192.0.2.2')?.state).toBe('PROBE');
    sim.advance(1_000);
    const probes = sim.trace.slice(before).filter((e) => e.code === 'arp.probe' && e.node === 'a');
    expect(probes.map((e) => Math.round(e.t - start))).toEqual([5_000, 6_000, 7_000]);
    expect(probes.every((e) => e.frame!.dst === '02:00:00:00:00:0b')).toBe(true);
    expect(entry(sim, 'a', '192.0.2.2')?.state).toBe('FAILED');
    expect(sim.trace.slice(before).find((e) => e.code === 'arp.failed')!.t - start).toBeCloseTo(8_000, 0);
  });

  it('mcast_resolicit adds broadcast who-has after the unicast ones', () => {
    const sim = pair((s) => s.host('a').setSysctl('net.ipv4.neigh.eth0.mcast_resolicit', 2));
    sim.ping('a', '192.0.2.2', { count: 1 });
    sim.runUntilIdle();
    sim.advance(30_000);
    sim.setLinkUp(sim.linkBetween({ node: 'b', port: 'eth0' })!, false);
    const before = sim.trace.length;
    sim.ping('a', '192.0.2.2', { count: 1 });
    sim.advance(12_000);
    const asks = sim.trace.slice(before).filter((e) => e.node === 'a' && (e.code === 'arp.probe' || e.code === 'arp.request'));
    expect(asks.map((e) => e.frame!.dst)).toEqual(['02:00:00:00:00:0b', '02:00:00:00:00:0b', '02:00:00:00:00:0b', 'ff:ff:ff:ff:ff:ff', 'ff:ff:ff:ff:ff:ff']);
  });

  it('reads the sysctls per interface, with neigh.default as fallback', () => {
    const sim = pair((s) => {
      s.host('a').setSysctl('net.ipv4.neigh.default.base_reachable_time_ms', 10_000);
      s.host('a').setSysctl('/proc/sys/net/ipv4/neigh/eth0/delay_first_probe_time', 60);
    });
    sim.ping('a', '192.0.2.2', { count: 1 });
    sim.runUntilIdle();
    sim.advance(10_000);
    expect(entry(sim, 'a', '192.0.2.2')?.state).toBe('STALE');
    const before = sim.trace.length;
    sim.ping('a', '192.0.2.2', { count: 1 });
    sim.advance(59_000);
    expect(entry(sim, 'a', '192.0.2.2')?.state).toBe('DELAY');
    expect(sim.trace.slice(before).some((e) => e.code === 'arp.probe')).toBe(false);
    sim.advance(2_000);
    expect(sim.trace.slice(before).some((e) => e.code === 'arp.probe')).toBe(true);
  });

  it('a request for our address updates the entry for its sender, even a REACHABLE one with another MAC (neigh_event_ns overrides)', () => {
    const sim = pair();
    sim.ping('a', '192.0.2.2', { count: 1 });
    sim.runUntilIdle();
    expect(entry(sim, 'a', '192.0.2.2')).toMatchObject({ state: 'REACHABLE', mac: '02:00:00:00:00:0b' });
    // A third host takes over 192.0.2.2 and asks a for its address.
    sim.addHost({ id: 'c', kind: 'external' }).addNic('eth0', '02:00:00:00:00:0c').addAddress('eth0', '192.0.2.2/24');
    sim.connect({ node: 'c', port: 'eth0' }, { node: 'sw', port: 'p3' });
    sim.ping('c', '192.0.2.1', { count: 1 });
    sim.runUntilIdle();
    expect(entry(sim, 'a', '192.0.2.2')?.mac).toBe('02:00:00:00:00:0c');
  });

  it('a request from a neighbour we already know by the same MAC leaves its state alone (no STALE downgrade)', () => {
    const sim = pair();
    sim.ping('a', '192.0.2.2', { count: 1 });
    sim.runUntilIdle();
    expect(entry(sim, 'a', '192.0.2.2')?.state).toBe('REACHABLE');
    // b's entry for a is DELAY (it answered through a STALE entry); by 5 s it probes a, unicast.
    sim.advance(6_000);
    expect(entry(sim, 'a', '192.0.2.2')?.state).toBe('REACHABLE');
    expect(entry(sim, 'b', '192.0.2.1')?.state).toBe('REACHABLE');
  });
});

describe('a failed ARP for our own packet', () => {
  // iputils 20221126 in a namespace (conformance gateway-arp-fails-later-step): with 192.0.2.1/24 and
  // 198.51.100.7/24 on one interface, `ping -W 5 198.51.100.9` prints "From 198.51.100.7 icmp_seq=1
  // Destination Host Unreachable" once the resolution fails (3 s); with -W 1 it has exited by then.
  it('comes back as host unreachable from the packet\'s own source address (not the device\'s first address)', () => {
    const sim = pair((s) => s.host('a').addAddress('eth0', '198.51.100.7/24'));
    const waiting = sim.ping('a', '198.51.100.9', { count: 2, intervalMs: 200, timeoutMs: 4_000 });
    sim.advance(5_000);
    expect(waiting.results).toEqual([
      { seq: 1, result: 'unreachable', from: '198.51.100.7', code: 1 },
      { seq: 2, result: 'unreachable', from: '198.51.100.7', code: 1 },
    ]);
  });
});

describe('formatIpNeigh (ip neigh)', () => {
  it('prints entries as iproute2 does: lladdr only for valid states, the state last', () => {
    const sim = pair();
    sim.ping('a', '192.0.2.2', { count: 1 });
    sim.ping('a', '192.0.2.9', { count: 1 });
    sim.runUntilIdle();
    const a = sim.snapshot().hosts.find((h) => h.id === 'a')!;
    // What `ip neigh` printed on Linux for the same two entries (iproute2 6.1, two namespaces):
    // every field followed by a space, no lladdr for FAILED.
    expect(formatIpNeigh(a)).toBe('192.0.2.2 dev eth0 lladdr 02:00:00:00:00:0b REACHABLE \n192.0.2.9 dev eth0 FAILED \n');
    expect(formatIpNeigh(a, { dev: 'eth0' })).toBe('192.0.2.2 lladdr 02:00:00:00:00:0b REACHABLE \n192.0.2.9 FAILED \n');
    // The answerer's entry: learned from the request, used for the reply, so DELAY (as Linux showed).
    expect(formatIpNeigh(sim.snapshot().hosts.find((h) => h.id === 'b')!)).toBe('192.0.2.1 dev eth0 lladdr 02:00:00:00:00:0a DELAY \n');
  });
});
