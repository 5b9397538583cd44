/**
 * Behaviour found by comparing the kernel with real Linux (tests/conformance 34-41): what happens
 * when the host's address changes under NAT, and which ARP answer wins when two hosts answer.
 */
import { describe, expect, it } from 'vitest';
import { Sim } from '../sim.ts';
import { natLab } from './fixtures.ts';

const pveOf = (sim: Sim) => sim.snapshot().hosts.find((h) => h.id === 'pve')!;

/** NAT lab with vm101 SNATed to the fixed 198.51.100.5 and vm100 masqueraded, one UDP flow each. */
function natWithSnat(): Sim {
  const sim = natLab({ guests: 2 });
  sim.host('pve').iptables({
    op: 'insert',
    position: 1,
    table: 'nat',
    chain: 'POSTROUTING',
    match: { src: '10.10.10.101', outIface: 'vmbr0' },
    target: { kind: 'SNAT', toSource: '198.51.100.5' },
  });
  sim.udpSend('100', '203.0.113.10', 53, { srcPort: 40070 });
  sim.udpSend('101', '203.0.113.10', 53, { srcPort: 40071 });
  sim.runUntilIdle();
  return sim;
}

describe('the host address changes (ip addr add new; ip addr del old)', () => {
  it('Linux deletes the connections MASQUERADE translated to the removed address; SNAT ones stay', () => {
    const sim = natWithSnat();
    expect(pveOf(sim).conntrack.map((c) => c.reply.dst).sort()).toEqual(['198.51.100.5', '198.51.100.5']);
    const pve = sim.host('pve');
    pve.addAddress('vmbr0', '198.51.100.6/24');
    pve.removeAddress('vmbr0', '198.51.100.5/24');
    const left = pveOf(sim).conntrack;
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ nat: ['snat'], orig: { src: '10.10.10.101' }, reply: { dst: '198.51.100.5' } });

    // The same flows again: vm100's starts a new entry on the current address, vm101's keeps the rule's.
    const a = sim.udpSend('100', '203.0.113.10', 53, { srcPort: 40070 });
    const b = sim.udpSend('101', '203.0.113.10', 53, { srcPort: 40071 });
    sim.runUntilIdle();
    expect(a.seenBy?.src).toBe('198.51.100.6');
    expect(b.seenBy?.src).toBe('198.51.100.5');
  });

  it('removing a secondary leaves exactly the primary\'s connected route (checked in a namespace)', () => {
    const sim = natLab();
    const pve = sim.host('pve');
    pve.addAddress('vmbr0', '198.51.100.6/24');
    pve.removeAddress('vmbr0', '198.51.100.6/24');
    expect(pveOf(sim).routes.filter((r) => r.dst === '198.51.100.0/24')).toEqual([expect.objectContaining({ dev: 'vmbr0', src: '198.51.100.5' })]);
  });

  it('the new address (a secondary until then) takes over the connected route; the default route stays', () => {
    const sim = natLab();
    const pve = sim.host('pve');
    pve.addAddress('vmbr0', '198.51.100.6/24');
    // Linux adds no second prefix route for a secondary address of the same subnet.
    expect(pveOf(sim).routes.filter((r) => r.dst === '198.51.100.0/24')).toEqual([expect.objectContaining({ src: '198.51.100.5' })]);
    pve.removeAddress('vmbr0', '198.51.100.5/24');
    const routes = pveOf(sim).routes;
    expect(routes.filter((r) => r.dst === '198.51.100.0/24')).toEqual([expect.objectContaining({ dev: 'vmbr0', src: '198.51.100.6' })]);
    expect(routes.some((r) => r.dst === '0.0.0.0/0' && r.via === '198.51.100.1')).toBe(true);
    const p = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(p.outcome).toBe('ok');
  });

  it('one address on two devices: removing it from one keeps the other\'s connected route (checked in a namespace)', () => {
    const sim = natLab();
    const pve = sim.host('pve');
    pve.addBridge('vmbr2', { ports: [] }).addAddress('vmbr2', '10.10.10.1/24');
    pve.removeAddress('vmbr2', '10.10.10.1/24');
    expect(pveOf(sim).routes.filter((r) => r.dst === '10.10.10.0/24')).toEqual([expect.objectContaining({ dev: 'vmbr1', src: '10.10.10.1' })]);
    const p = sim.ping('pve', '10.10.10.100', { count: 1 });
    sim.runUntilIdle();
    expect(p.outcome).toBe('ok');
  });

  it('removing the last address of a device flushes every route through it; re-adding one does not restore them', () => {
    const sim = natLab();
    const pve = sim.host('pve');
    pve.removeAddress('vmbr0', '198.51.100.5/24');
    pve.addAddress('vmbr0', '198.51.100.6/24');
    expect(pveOf(sim).routes.some((r) => r.dst === '0.0.0.0/0')).toBe(false);
    const p = sim.ping('pve', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(p.outcome).toBe('no_route');
  });

  it('names the problem when the address is not there', () => {
    const sim = natLab();
    expect(() => sim.host('pve').removeAddress('vmbr0', '198.51.100.9/24')).toThrow(/pve: vmbr0 has no address 198.51.100.9\/24/);
  });
});

/** pc and two hosts that both claim 192.168.10.2 on one switch; `late` answers 0.5 ms later. */
function duplicateAddress(): Sim {
  const sim = new Sim({ seed: 1 });
  sim.addSwitch({ id: 'sw', kind: 'learning' });
  const pc = sim.addHost({ id: 'pc', kind: 'external' });
  pc.addNic('eth0', '02:00:00:00:0e:01').addAddress('eth0', '192.168.10.50/24');
  const first = sim.addHost({ id: 'first', kind: 'external' });
  first.addNic('eth0', '02:00:00:00:0a:01').addAddress('eth0', '192.168.10.2/24');
  const late = sim.addHost({ id: 'late', kind: 'guest' });
  late.addNic('eth0', '02:00:00:00:0b:01').addAddress('eth0', '192.168.10.2/24');
  sim.connect({ node: 'pc', port: 'eth0' }, { node: 'sw', port: 'p1' });
  sim.connect({ node: 'first', port: 'eth0' }, { node: 'sw', port: 'p2' });
  sim.connect({ node: 'late', port: 'eth0' }, { node: 'sw', port: 'p3' }, { delayMs: 0.5 });
  return sim;
}

const pcEntry = (sim: Sim) => sim.snapshot().hosts.find((h) => h.id === 'pc')!.neighbours.find((n) => n.ip === '192.168.10.2');

describe('two hosts answer the same ARP request (duplicate address)', () => {
  it('Linux keeps the first answer: a different MAC within locktime (1 s) is ignored', () => {
    const sim = duplicateAddress();
    const p = sim.ping('pc', '192.168.10.2', { count: 2, intervalMs: 200 });
    sim.runUntilIdle();
    expect(pcEntry(sim)?.mac).toBe('02:00:00:00:0a:01');
    expect(p.received).toBe(2);
    // Both echo requests went to the first answerer only.
    expect(sim.trace.filter((e) => e.code === 'deliver' && e.node === 'late' && e.params.icmp === 'echo-request')).toEqual([]);
  });

  it('a gratuitous ARP overrides even within locktime', () => {
    const sim = duplicateAddress();
    sim.ping('pc', '192.168.10.2', { count: 1 });
    sim.at(2, () => sim.host('late').ip.gratuitousArp('eth0', '192.168.10.2'));
    sim.runUntilIdle();
    expect(pcEntry(sim)?.mac).toBe('02:00:00:00:0b:01');
  });
});

describe('ping reports which ICMP unreachable it got', () => {
  it('a forwarding host without a route answers "net unreachable" (code 0)', () => {
    const sim = natLab();
    const pve = sim.host('pve');
    pve.removeAddress('vmbr0', '198.51.100.5/24');
    const p = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(p.results).toContainEqual(expect.objectContaining({ result: 'unreachable', from: '10.10.10.1', code: 0 }));
  });
});

/** vm100 (192.168.10.100) and vm101 (203.0.113.7) on vmbr0; the host also owns 10.10.10.1 on vmbr1. */
function multiHomed(arpIgnore: number): Sim {
  const sim = new Sim({ seed: 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addBridge('vmbr0', { ports: [] }).addAddress('vmbr0', '192.168.10.2/24');
  pve.addBridge('vmbr1', { ports: [] }).addAddress('vmbr1', '10.10.10.1/24');
  pve.addRoute({ dst: '203.0.113.0/24', dev: 'vmbr0' });
  pve.setSysctl('net.ipv4.conf.all.arp_ignore', arpIgnore);
  const a = sim.attachGuest('pve', 'vmbr0', '100', 'eth0').guest;
  a.addAddress('eth0', '192.168.10.100/24').addRoute({ dst: '10.10.10.0/24', dev: 'eth0' });
  const b = sim.attachGuest('pve', 'vmbr0', '101', 'eth0').guest;
  b.addAddress('eth0', '203.0.113.7/24').addRoute({ dst: '192.168.10.0/24', dev: 'eth0' });
  return sim;
}

function outcomes(sim: Sim): string[] {
  const p = [sim.ping('100', '10.10.10.1', { count: 1 }), sim.ping('101', '192.168.10.2', { count: 1 }), sim.ping('100', '192.168.10.2', { count: 1 })];
  sim.runUntilIdle();
  return p.map((h) => h.outcome);
}

describe('arp_ignore (the larger of conf/all and conf/IF)', () => {
  it('0 (default): any local address, whatever interface the request came in on', () => {
    expect(outcomes(multiHomed(0))).toEqual(['ok', 'ok', 'ok']);
  });

  it('1: only addresses configured on the incoming interface; the asker is not even learned', () => {
    const sim = multiHomed(1);
    // Unanswered ARP: after three requests the sender's own stack reports the host unreachable.
    expect(outcomes(sim)).toEqual(['unreachable', 'ok', 'ok']);
    const learned = sim.snapshot().hosts.find((h) => h.id === 'pve')!.neighbours;
    expect(learned.filter((n) => n.ip === '192.168.10.100')).toHaveLength(1);
    expect(sim.trace.some((e) => e.code === 'arp.reply' && e.node === 'pve' && e.params.ip === '10.10.10.1')).toBe(false);
  });

  it('2: also the asker must be in the subnet of that address', () => {
    const sim = multiHomed(0);
    sim.host('pve').setSysctl('net.ipv4.conf.vmbr0.arp_ignore', 2);
    expect(outcomes(sim)).toEqual(['unreachable', 'unreachable', 'ok']);
  });
});

describe('a guest given the host\'s own address (martian source)', () => {
  it('Linux drops its ARP request as a martian even with rp_filter 0: no answer, nothing learned', () => {
    // Checked in a namespace: the guest's neighbour entry stays INCOMPLETE, the host's table stays empty.
    const sim = new Sim({ seed: 1 });
    const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
    pve.addBridge('vmbr0', { ports: [] }).addAddress('vmbr0', '192.168.10.2/24').addAddress('vmbr0', '192.0.2.1/24');
    const g = sim.attachGuest('pve', 'vmbr0', '100', 'eth0').guest;
    g.addAddress('eth0', '192.168.10.2/24').addRoute({ dst: '192.0.2.0/24', dev: 'eth0' });
    const p = sim.ping('100', '192.0.2.1', { count: 1 });
    sim.runUntilIdle();
    expect(p.received).toBe(0);
    expect(sim.trace.some((e) => e.code === 'arp.reply' && e.node === 'pve')).toBe(false);
    expect(sim.trace.some((e) => e.code === 'drop' && e.node === 'pve' && e.params.reason === 'martian')).toBe(true);
    expect(pveOf(sim).neighbours).toEqual([]);
  });

  it('accept_local lets such a packet in, as Linux does', () => {
    const sim = new Sim({ seed: 1 });
    const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
    pve.addBridge('vmbr0', { ports: [] }).addAddress('vmbr0', '192.168.10.2/24').addAddress('vmbr0', '192.0.2.1/24');
    pve.setSysctl('net.ipv4.conf.vmbr0.accept_local', 1);
    const g = sim.attachGuest('pve', 'vmbr0', '100', 'eth0').guest;
    g.addAddress('eth0', '192.168.10.2/24').addRoute({ dst: '192.0.2.0/24', dev: 'eth0' });
    sim.ping('100', '192.0.2.1', { count: 1 });
    sim.runUntilIdle();
    expect(sim.trace.some((e) => e.code === 'arp.reply' && e.node === 'pve')).toBe(true);
  });
});

describe('arp_process\'s update block for requests not answered', () => {
  const entry = (sim: Sim, ip: string) => pveOf(sim).neighbours.find((n) => n.ip === ip);

  it('a request from another MAC for the same sender address is ignored for locktime (1 s), then taken as STALE', () => {
    const sim = new Sim({ seed: 1 });
    sim.addHost({ id: 'pve', kind: 'proxmox' }).addBridge('vmbr0', { ports: [] }).addAddress('vmbr0', '192.168.10.1/24');
    for (const id of ['100', '101']) sim.attachGuest('pve', 'vmbr0', id, 'eth0').guest.addAddress('eth0', '192.168.10.50/24');
    sim.ping('pve', '192.168.10.50', { count: 1 });
    sim.advance(50);
    const first = entry(sim, '192.168.10.50')!;
    expect(first.state).toBe('REACHABLE');
    const other = first.mac === sim.host('100').devMac('eth0') ? '101' : '100';
    // The other guest asks for someone else (not the host): its request names 192.168.10.50 as sender.
    sim.ping(other, '192.168.10.99', { count: 1 });
    sim.advance(100);
    expect(entry(sim, '192.168.10.50')).toMatchObject({ mac: first.mac, state: 'REACHABLE' });
    // Its ARP retries, after locktime, override.
    sim.advance(1500);
    expect(entry(sim, '192.168.10.50')).toMatchObject({ mac: sim.host(other).devMac('eth0'), state: 'STALE' });
  });

  it('a request dropped by rp_filter still refreshes an entry the host already has', () => {
    const sim = new Sim({ seed: 1 });
    const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
    pve.addBridge('vmbr0', { ports: [] }).addAddress('vmbr0', '192.168.10.2/24');
    pve.addBridge('vmbr1', { ports: [] }).addAddress('vmbr1', '10.10.10.1/24');
    for (const id of ['101', '102']) sim.attachGuest('pve', 'vmbr0', id, 'eth0').guest.addAddress('eth0', '10.10.10.101/24');
    sim.ping('101', '10.10.10.1', { count: 1 });
    sim.runUntilIdle();
    expect(entry(sim, '10.10.10.101')).toMatchObject({ dev: 'vmbr0', mac: sim.host('101').devMac('eth0') });
    pve.setSysctl('net.ipv4.conf.all.rp_filter', 1);
    sim.ping('102', '10.10.10.1', { count: 1 });
    sim.runUntilIdle();
    expect(sim.trace.some((e) => e.code === 'drop' && e.node === 'pve' && e.params.reason === 'rp_filter')).toBe(true);
    expect(sim.trace.filter((e) => e.code === 'arp.reply' && e.node === 'pve')).toHaveLength(1);
    expect(entry(sim, '10.10.10.101')).toMatchObject({ dev: 'vmbr0', mac: sim.host('102').devMac('eth0'), state: 'STALE' });
  });
});

/** pve with 198.51.100.5/24 and .6/24 on vmbr0 (port eno1 to a switch), 10.10.10.1/24 on vmbr1; hosts .21-.24 on the switch. */
function twoAddresses(): Sim {
  const sim = new Sim({ seed: 1 });
  sim.addSwitch({ id: 'sw', kind: 'learning' });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno1', '02:00:00:00:01:01').addBridge('vmbr0', { ports: ['eno1'], stp: false, forwardDelayS: 0 }).addBridge('vmbr1', { ports: [] });
  pve.addAddress('vmbr0', '198.51.100.5/24').addAddress('vmbr0', '198.51.100.6/24').addAddress('vmbr1', '10.10.10.1/24');
  sim.connect({ node: 'pve', port: 'eno1' }, { node: 'sw', port: 'p0' });
  for (const n of [21, 22, 23, 24]) {
    sim.addHost({ id: `inet${n}`, kind: 'external' }).addNic('eth0').addAddress('eth0', `198.51.100.${n}/24`).addRoute({ dst: '10.10.10.0/24', via: '198.51.100.5' });
    sim.connect({ node: `inet${n}`, port: 'eth0' }, { node: 'sw', port: `p${n}` });
  }
  return sim;
}

const whoHasSender = (sim: Sim, from: number, target: string) =>
  sim.trace.slice(from).find((e) => e.code === 'arp.request' && e.node === 'pve' && e.frame?.arp?.targetIp === target)?.frame?.arp?.senderIp;

describe('arp_announce (the larger of conf/all and conf/IF; arp_solicit)', () => {
  // Conformance arp-announce (66) shows the same sender addresses in real Linux's neighbour tables.
  it('0 names the waiting packet\'s source (any of ours), 1 only one sharing a subnet of the device with the target, 2 the primary', () => {
    const sim = twoAddresses();
    const ping = (to: string, src: string): string | undefined => {
      const from = sim.trace.length;
      sim.ping('pve', to, { count: 1, src });
      sim.runUntilIdle();
      return whoHasSender(sim, from, to);
    };
    expect(ping('198.51.100.21', '10.10.10.1')).toBe('10.10.10.1');
    sim.host('pve').setSysctl('net.ipv4.conf.vmbr0.arp_announce', 1);
    expect(ping('198.51.100.22', '10.10.10.1')).toBe('198.51.100.5');
    expect(ping('198.51.100.23', '198.51.100.6')).toBe('198.51.100.6');
    sim.host('pve').setSysctl('net.ipv4.conf.all.arp_announce', 2);
    expect(ping('198.51.100.24', '198.51.100.6')).toBe('198.51.100.5');
  });
});

describe('promote_secondaries (conf/all or conf/IF)', () => {
  // Conformance promote-secondaries-off (65): with 0 on both, ip addr del of the primary takes the
  // secondaries of its subnet with it (__inet_del_ifa); with 1 on either, the first one is promoted.
  it('0: the secondary goes with the primary, and so do the routes; 1 on the device is enough to promote', () => {
    const sim = twoAddresses();
    const pve = sim.host('pve');
    pve.addAddress('vmbr1', '10.10.10.2/24');
    pve.setSysctl('net.ipv4.conf.all.promote_secondaries', 0).setSysctl('net.ipv4.conf.vmbr0.promote_secondaries', 0).setSysctl('net.ipv4.conf.vmbr1.promote_secondaries', 1);
    pve.removeAddress('vmbr0', '198.51.100.5/24').removeAddress('vmbr1', '10.10.10.1/24');
    const snap = pveOf(sim);
    expect(snap.devices.find((d) => d.name === 'vmbr0')!.addresses).toEqual([]);
    expect(snap.devices.find((d) => d.name === 'vmbr1')!.addresses).toEqual(['10.10.10.2/24']);
    expect(snap.routes.map((r) => `${r.dst} ${r.dev} ${r.src ?? ''}`.trim())).toEqual(['10.10.10.0/24 vmbr1 10.10.10.2']);
  });

  it('1 (unset: the Debian/Proxmox value): the secondary is promoted', () => {
    const sim = twoAddresses();
    sim.host('pve').removeAddress('vmbr0', '198.51.100.5/24');
    expect(pveOf(sim).devices.find((d) => d.name === 'vmbr0')!.addresses).toEqual(['198.51.100.6/24']);
  });
});
