import { describe, expect, it } from 'vitest';
import { Sim } from '../index.ts';

/** pve with vmbr0 on eno1+eno2, both cabled to the same switch: a loop through the server. */
function loop(stp: boolean, seed = 1): Sim {
  const sim = new Sim({ seed });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno1').addNic('eno2');
  pve.addBridge('vmbr0', { ports: ['eno1', 'eno2'], stp, forwardDelayS: stp ? 4 : 0 });
  pve.addAddress('vmbr0', '192.168.10.2/24');
  sim.addSwitch({ id: 'sw', kind: 'learning' });
  sim.connect({ node: 'pve', port: 'eno1' }, { node: 'sw', port: 'p1' });
  sim.connect({ node: 'pve', port: 'eno2' }, { node: 'sw', port: 'p2' });
  const pc = sim.addHost({ id: 'pc' });
  pc.addNic('eth0').addAddress('eth0', '192.168.10.50/24');
  sim.connect({ node: 'pc', port: 'eth0' }, { node: 'sw', port: 'p3' });
  return sim;
}

describe('loops', () => {
  it('with STP off a loop is a broadcast storm: the kernel stops it and names the loop', () => {
    const sim = loop(false);
    sim.ping('pc', '192.168.10.2', { count: 1 });
    const r = sim.runUntilIdle({ maxEvents: 200_000 });
    expect(r.idle).toBe(true);
    expect(r.events).toBeLessThan(200_000);
    expect(sim.storms.length).toBeGreaterThan(0);
    const storm = sim.trace.find((e) => e.code === 'storm.detected')!;
    const loopText = String(storm.params.loop);
    expect(loopText).toContain('pve:eno1');
    expect(loopText).toContain('pve:eno2');
    expect(String(storm.params.links).split(',').sort()).toEqual(['l1', 'l2']);
  });

  it('with STP on the bridge blocks one port after the election and forwards after 2 x forward delay', () => {
    const sim = loop(true);
    sim.advance(100);
    // Before forward delay has passed nothing forwards.
    const early = sim.snapshot().hosts[0]!.bridges[0]!.portStates;
    expect(Object.values(early).every((s) => s !== 'forwarding')).toBe(true);
    sim.advance(10_000);
    const st = sim.snapshot().hosts[0]!.bridges[0]!;
    expect(Object.values(st.portStates).sort()).toEqual(['blocking', 'forwarding']);
    expect(sim.trace.some((e) => e.code === 'stp.block')).toBe(true);
    const fwd = sim.trace.find((e) => e.code === 'stp.forwarding')!;
    expect(fwd.t).toBe(8000);
    const h = sim.ping('pc', '192.168.10.2', { count: 2 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    expect(sim.storms).toHaveLength(0);
  });

  it('two STP bridges elect the lower bridge id as root', () => {
    const sim = new Sim({ seed: 2 });
    const a = sim.addHost({ id: 'a', kind: 'proxmox' });
    a.addNic('eno1', '02:00:00:00:00:0a').addNic('eno2', '02:00:00:00:00:0b');
    a.addBridge('vmbr0', { ports: ['eno1', 'eno2'], stp: true, forwardDelayS: 2 });
    const b = sim.addHost({ id: 'b', kind: 'proxmox' });
    b.addNic('eno1', '02:00:00:00:00:01').addNic('eno2', '02:00:00:00:00:02');
    b.addBridge('vmbr0', { ports: ['eno1', 'eno2'], stp: true, forwardDelayS: 2 });
    sim.connect({ node: 'a', port: 'eno1' }, { node: 'b', port: 'eno1' });
    sim.connect({ node: 'a', port: 'eno2' }, { node: 'b', port: 'eno2' });
    sim.advance(10_000);
    const snap = sim.snapshot();
    const sa = snap.hosts.find((h) => h.id === 'a')!.bridges[0]!.stpState!;
    const sb = snap.hosts.find((h) => h.id === 'b')!.bridges[0]!.stpState!;
    expect(sb.rootId).toBe(sb.bridgeId);
    expect(sa.rootId).toBe(sb.bridgeId);
    expect(sa.rootPort).toBe('eno1');
    expect(sa.ports.eno2!.state).toBe('blocking');
    expect(Object.values(sb.ports).every((p) => p.state === 'forwarding')).toBe(true);
  });
});
