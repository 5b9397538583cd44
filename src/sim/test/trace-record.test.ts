import { describe, expect, it } from 'vitest';
import { recordRun } from '../record.ts';
import { Sim } from '../index.ts';
import { TRACE_CODES, TRACE_CODE_SET, describeTraceCode } from '../trace-codes.ts';
import { bondLab, bridgeLab, natLab, providerLab } from './fixtures.ts';

describe('trace codes', () => {
  it('are unique, dotted and described', () => {
    const names = TRACE_CODES.map(([c]) => c);
    expect(new Set(names).size).toBe(names.length);
    for (const [code, text] of TRACE_CODES) {
      expect(code).toMatch(/^[a-z]+(\.[a-z_]+)?$/);
      expect(text.length).toBeGreaterThan(10);
    }
  });

  it('route.forward_disabled names the per-interface flag, which is what the kernel checks', () => {
    // With ip_forward 1 and conf/vmbr1/forwarding 0 the code is emitted too: "ip_forward is 0" would be wrong.
    expect(describeTraceCode('route.forward_disabled')).toMatch(/conf\/IF\/forwarding/);
  });

  it('every code the kernel emits in the reference scenarios is listed', () => {
    const sims: Sim[] = [];
    const nat = natLab({ portForward: true, guests: 2 });
    nat.ping('100', '203.0.113.10', { count: 2 });
    nat.tcpConnect('server', '198.51.100.5', 2222);
    nat.udpSend('101', '203.0.113.10', 53);
    nat.runUntilIdle();
    nat.advance(200_000);
    sims.push(nat);
    const br = bridgeLab();
    br.ping('100', '192.168.10.50', { count: 1 });
    br.runUntilIdle();
    br.advance(400_000);
    sims.push(br);
    const routed = providerLab({ mode: 'routed' });
    routed.ping('inet', '203.0.113.18');
    routed.runUntilIdle();
    sims.push(routed);
    const bond = bondLab({ mode: '802.3ad', switchKind: 'lacp', lacpRate: 'fast' });
    bond.ping('pve', '192.168.10.50', { count: 5, intervalMs: 100 });
    bond.at(200, () => bond.setLinkUp(bond.linkBetween({ node: 'pve', port: 'eno1' })!, false));
    bond.runUntilIdle();
    sims.push(bond);
    const seen = new Set<string>();
    for (const s of sims) for (const e of s.trace) seen.add(e.code);
    for (const c of seen) expect(TRACE_CODE_SET.has(c), c).toBe(true);
    expect(seen.size).toBeGreaterThan(30);
  });

  it('trace events are plain JSON that round-trips', () => {
    const sim = natLab();
    sim.ping('100', '203.0.113.10');
    sim.runUntilIdle();
    const json = JSON.stringify(sim.trace);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(JSON.parse(json))));
    expect(sim.trace.every((e, i) => e.seq === i)).toBe(true);
    const times = sim.trace.map((e) => e.t);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe('recordRun', () => {
  it('records one snapshot per visible step, so a widget can step backwards', () => {
    const sim = bridgeLab();
    sim.ping('100', '192.168.10.50', { count: 1 });
    const rec = recordRun(sim, { maxEvents: 500 });
    expect(rec.idle).toBe(true);
    expect(rec.steps.length).toBeGreaterThan(5);
    expect(rec.steps.every((s) => s.event.trace.length > 0)).toBe(true);
    const flat = rec.steps.flatMap((s) => s.event.trace);
    expect(flat).toEqual(sim.trace);
    // The FDB grows step by step: before the first learn nothing, at the end both MACs.
    const learned = (i: number) => rec.steps[i]!.snapshot.hosts.find((h) => h.id === 'pve')!.bridges[0]!.fdb.filter((e) => !e.local).length;
    expect(rec.initial.hosts.find((h) => h.id === 'pve')!.bridges[0]!.fdb.filter((e) => !e.local)).toHaveLength(0);
    expect(learned(rec.steps.length - 1)).toBe(2);
    // A lab snapshot stays small.
    expect(JSON.stringify(rec.steps.at(-1)!.snapshot).length).toBeLessThan(20_000);
  });

  it('step() returns undefined once nothing is scheduled', () => {
    const sim = new Sim();
    expect(sim.step()).toBeUndefined();
  });
});

describe('VLAN-aware bridge', () => {
  it('keeps VLANs apart and reaches the host address on vmbr0.5 through tagged frames', () => {
    const sim = new Sim({ seed: 5 });
    const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
    pve.addNic('eno1');
    pve.addBridge('vmbr0', { ports: ['eno1'], vlanAware: true, vids: [2, 3, 4, 5, 10, 20] });
    pve.addVlan('vmbr0.5');
    pve.addAddress('vmbr0.5', '10.10.10.2/24');
    sim.addSwitch({ id: 'sw', kind: 'learning' });
    sim.connect({ node: 'pve', port: 'eno1' }, { node: 'sw', port: 'trunk' });
    // A management PC on a tagged uplink: eth0.5 carries VLAN 5.
    const pc = sim.addHost({ id: 'pc' });
    pc.addNic('eth0').addVlan('eth0.5').addAddress('eth0.5', '10.10.10.50/24');
    sim.connect({ node: 'pc', port: 'eth0' }, { node: 'sw', port: 'p1' });
    const g10 = sim.attachGuest('pve', 'vmbr0', '100', 'eth0', { tag: 10 }).guest;
    g10.addAddress('eth0', '192.168.10.100/24');
    const g20 = sim.attachGuest('pve', 'vmbr0', '200', 'eth0', { tag: 20 }).guest;
    g20.addAddress('eth0', '192.168.10.200/24');
    const mgmt = sim.ping('pc', '10.10.10.2', { count: 1 });
    const cross = sim.ping('100', '192.168.10.200', { count: 1 });
    sim.runUntilIdle();
    expect(mgmt.outcome).toBe('ok');
    expect(cross.received).toBe(0);
    // The guest on VLAN 10 sends untagged; the bridge tags it 10 toward the trunk.
    const toTrunk = sim.trace.find((e) => e.node === 'pve' && e.code === 'link.tx' && e.port === 'eno1' && e.frame?.arp?.senderIp === '192.168.10.100')!;
    expect(toTrunk.frame!.vlan).toBe(10);
    const fdb = sim.snapshot().hosts.find((h) => h.id === 'pve')!.bridges[0]!.fdb;
    expect(fdb.find((e) => e.mac === g10.devMac('eth0'))?.vlan).toBe(10);
  });
});
