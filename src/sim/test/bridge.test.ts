import { describe, expect, it } from 'vitest';
import { Sim } from '../index.ts';
import { bridgeLab, codes } from './fixtures.ts';

const fdbOf = (sim: Sim, bridge = 'vmbr0') => sim.snapshot().hosts.find((h) => h.id === 'pve')!.bridges.find((b) => b.name === bridge)!.fdb;

describe('Linux bridge (vmbr0)', () => {
  it('floods an unknown unicast frame, then forwards to the learned port only', () => {
    const sim = bridgeLab();
    // Pre-seed the guest's neighbour entry so the first frame is unicast to a MAC vmbr0 has never seen.
    const pcMac = sim.host('pc').devMac('eth0')!;
    sim.ping('pc', '192.168.10.100', { count: 1 });
    sim.runUntilIdle();
    const first = sim.trace.find((e) => e.node === 'pve' && e.code === 'fdb.flood' && e.frame?.type === 'ipv4');
    // vmbr0 learned the PC from its ARP request before the ping, so the ping itself is forwarded;
    // the unknown unicast case appears after the entry for the PC ages out (next test). Here:
    // the broadcast ARP request is flooded to every port except eno1 (where it came in).
    const arpFlood = sim.trace.find((e) => e.node === 'pve' && e.code === 'fdb.flood' && e.frame?.arp?.op === 'request')!;
    expect(arpFlood.port).toBe('eno1');
    expect(String(arpFlood.params.ports).split(',').sort()).toEqual(['tap100i0', 'tap101i0']);
    expect(first).toBeUndefined();
    expect(fdbOf(sim).find((e) => e.mac === pcMac)?.port).toBe('eno1');
    const reply = sim.trace.find((e) => e.node === 'pve' && e.code === 'fdb.forward' && e.frame?.ip?.icmp?.kind === 'echo-reply');
    expect(reply?.port).toBe('eno1');
  });

  it('floods unknown unicast to all other ports and learns the source on its port', () => {
    const sim = bridgeLab();
    const g100 = sim.host('100');
    // The guest already knows the PC's MAC (static neighbour), vmbr0 does not: unknown unicast.
    const pcMac = sim.host('pc').devMac('eth0')!;
    g100.neigh.ensure('eth0', '192.168.10.50', 0);
    const e = g100.neigh.get('eth0', '192.168.10.50')!;
    e.mac = pcMac;
    e.state = 'REACHABLE';
    const h = sim.ping('100', '192.168.10.50', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    const flood = sim.trace.find((x) => x.node === 'pve' && x.code === 'fdb.flood' && x.frame?.ip?.icmp?.kind === 'echo-request')!;
    expect(flood.params.reason).toBe('unknown_unicast');
    expect(String(flood.params.ports).split(',').sort()).toEqual(['eno1', 'tap101i0']);
    // Guest 101 receives the flooded copy and ignores it: not its MAC.
    expect(sim.trace.some((x) => x.node === '101' && x.code === 'drop' && x.params.reason === 'not_for_this_host')).toBe(true);
    const learned = fdbOf(sim).find((x) => x.mac === 'bc:24:11:00:01:00');
    expect(learned).toMatchObject({ port: 'tap100i0', local: false });
  });

  it('ages an entry out after bridge-ageing (300 s default) and floods again', () => {
    const sim = bridgeLab();
    sim.ping('100', '192.168.10.50', { count: 1 });
    sim.runUntilIdle();
    expect(fdbOf(sim).some((x) => x.mac === 'bc:24:11:00:01:00')).toBe(true);
    // The PC learned the guest from its who-has (STALE) and answered through that entry, which put it
    // in DELAY; 5 s later (delay_first_probe_time) the PC re-checks it with a unicast who-has and the
    // guest's reply is the last frame vmbr0 sees from it (neigh_timer_handler, arp_solicit).
    sim.advance(6_000 - sim.now);
    const lastFromGuest = sim.trace.filter((x) => x.code === 'link.tx' && x.frame?.src === 'bc:24:11:00:01:00').at(-1)!;
    expect(lastFromGuest.t).toBeGreaterThan(5_000);
    expect(lastFromGuest.t).toBeLessThan(5_001);
    sim.advance(5_000 + 299_000 - sim.now);
    expect(fdbOf(sim).some((x) => x.mac === 'bc:24:11:00:01:00')).toBe(true);
    sim.advance(2_000);
    expect(fdbOf(sim).some((x) => x.mac === 'bc:24:11:00:01:00')).toBe(false);
    expect(sim.trace.some((x) => x.code === 'fdb.age_out' && x.node === 'pve' && x.params.mac === 'bc:24:11:00:01:00')).toBe(true);
    // The PC still has the guest in its ARP cache (STALE, sent to at once while DELAY starts): its
    // ping is unknown unicast now.
    const before = sim.trace.length;
    sim.ping('pc', '192.168.10.100', { count: 1 });
    sim.runUntilIdle();
    const flood = sim.trace.slice(before).find((x) => x.node === 'pve' && x.code === 'fdb.flood' && x.frame?.type === 'ipv4');
    expect(flood?.params.reason).toBe('unknown_unicast');
  });

  it('honours a short configured ageing time', () => {
    const sim = new Sim({ seed: 3 });
    const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
    pve.addBridge('vmbr0', { ports: [], ageingS: 10 });
    pve.addAddress('vmbr0', '10.10.10.1/24');
    sim.attachGuest('pve', 'vmbr0', '100').guest.addAddress('eth0', '10.10.10.100/24');
    sim.ping('100', '10.10.10.1');
    sim.runUntilIdle();
    // The guest's last frame is its answer to the host's unicast re-check at 5 s (see above).
    sim.advance(5_000 + 9_000 - sim.now);
    expect(fdbOf(sim).some((x) => !x.local)).toBe(true);
    sim.advance(2_000);
    expect(fdbOf(sim).some((x) => !x.local)).toBe(false);
  });

  it('never sends a frame back out of its ingress port (no hairpin)', () => {
    const sim = bridgeLab();
    const gMac = 'bc:24:11:00:01:00';
    sim.ping('100', '192.168.10.50', { count: 1 });
    sim.runUntilIdle();
    // Inject a frame into eno1 addressed to a MAC vmbr0 has learned on eno1 itself.
    const pcMac = sim.host('pc').devMac('eth0')!;
    const before = sim.trace.length;
    sim.node('pve')!.receive('eno1', { id: 999_999, src: '02:00:00:00:00:99', dst: pcMac, type: 'ipv4', ip: { id: 1, src: '192.168.10.99', dst: '192.168.10.50', ttl: 64, proto: 'icmp', icmp: { kind: 'echo-request', type: 8, code: 0, id: 1, seq: 1 } } });
    const after = sim.trace.slice(before);
    expect(after.map((e) => e.code)).toContain('fdb.same_port');
    expect(after.some((e) => e.code === 'link.tx')).toBe(false);
    void gMac;
  });

  it('with STP off and bridge-fd 0 forwards at once (Proxmox default)', () => {
    const sim = bridgeLab();
    const h = sim.ping('100', '192.168.10.101', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    expect(h.rtts[0]).toBeLessThan(1);
    expect(codes(sim)).not.toContain('stp.listening');
  });

  it('delivers frames for the bridge itself to the host stack', () => {
    const sim = bridgeLab();
    const h = sim.ping('100', '192.168.10.2', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    expect(sim.trace.some((e) => e.node === 'pve' && e.code === 'fdb.local')).toBe(true);
  });
});

describe('learning switch', () => {
  it('learns, floods unknown destinations and flushes a port whose cable is pulled', () => {
    const sim = bridgeLab();
    sim.ping('100', '192.168.10.50', { count: 1 });
    sim.runUntilIdle();
    const fdb = () => sim.snapshot().switches.find((s) => s.id === 'lan')!.fdb;
    expect(fdb().map((e) => e.port).sort()).toEqual(['p1', 'p2']);
    const link = sim.linkBetween({ node: 'pc', port: 'eth0' })!;
    sim.setLinkUp(link, false);
    expect(fdb().map((e) => e.port)).toEqual(['p1']);
  });
});
