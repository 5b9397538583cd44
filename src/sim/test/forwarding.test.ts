/**
 * Forwarding is decided by the interface a packet comes in on (conformance scenario
 * per-interface-forwarding, checked against real Linux).
 */
import { describe, expect, it } from 'vitest';
import { Sim } from '../sim.ts';

/** vm100 on vmbr0 (192.168.10.0/24), vm101 on vmbr1 (10.10.10.0/24), the host routes between them. */
function twoBridges(sysctls: Record<string, number>): Sim {
  const sim = new Sim({ seed: 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addBridge('vmbr0', { ports: [] }).addAddress('vmbr0', '192.168.10.1/24');
  pve.addBridge('vmbr1', { ports: [] }).addAddress('vmbr1', '10.10.10.1/24');
  for (const [k, v] of Object.entries(sysctls)) pve.setSysctl(k, v);
  const a = sim.attachGuest('pve', 'vmbr0', '100', 'eth0').guest;
  a.addAddress('eth0', '192.168.10.100/24').addRoute({ dst: 'default', via: '192.168.10.1' });
  const b = sim.attachGuest('pve', 'vmbr1', '101', 'eth0').guest;
  b.addAddress('eth0', '10.10.10.101/24').addRoute({ dst: 'default', via: '10.10.10.1' });
  b.listen('udp', 5353);
  return sim;
}

describe('forwarding per incoming interface (conf/IF/forwarding)', () => {
  it('only vmbr0 forwarding: requests from vmbr0 cross, replies arriving on vmbr1 are dropped', () => {
    const sim = twoBridges({ 'net.ipv4.conf.vmbr0.forwarding': 1 });
    const p = sim.ping('100', '10.10.10.101', { count: 1 });
    const u = sim.udpSend('100', '10.10.10.101', 5353, { srcPort: 40100 });
    sim.runUntilIdle();
    expect(u.seenBy?.host).toBe('101');
    expect(p.received).toBe(0);
    expect(sim.trace.some((e) => e.code === 'route.forward_disabled' && e.node === 'pve' && e.dev === 'vmbr1')).toBe(true);
  });

  it('the drop says whether ip_forward itself is off or only the arriving interface (for the narration)', () => {
    const drops = (sim: Sim) => {
      sim.ping('100', '10.10.10.101', { count: 1 });
      sim.runUntilIdle();
      return sim.trace.filter((e) => e.code === 'route.forward_disabled').map((e) => [e.dev, e.params?.['ipForward']]);
    };
    expect(drops(twoBridges({}))).toEqual([['vmbr0', 0]]);
    expect(drops(twoBridges({ 'net.ipv4.ip_forward': 1, 'net.ipv4.conf.vmbr1.forwarding': 0 }))).toEqual([['vmbr1', 1]]);
  });

  it('writing ip_forward sets every interface, overriding earlier per-interface values', () => {
    const sim = twoBridges({ 'net.ipv4.conf.vmbr1.forwarding': 0, 'net.ipv4.ip_forward': 1 });
    const p = sim.ping('100', '10.10.10.101', { count: 1 });
    sim.runUntilIdle();
    expect(p.outcome).toBe('ok');
  });

  it('writing ip_forward its current value again leaves per-interface values alone (only a change resets them)', () => {
    // Checked in a namespace: ip_forward=1, conf/IF/forwarding=0, ip_forward=1 again: IF stays 0;
    // and ip_forward=0, conf/IF/forwarding=1, ip_forward=0 again: IF stays 1.
    const sim = twoBridges({ 'net.ipv4.ip_forward': 1, 'net.ipv4.conf.vmbr1.forwarding': 0 });
    const pve = sim.host('pve');
    pve.setSysctl('net.ipv4.ip_forward', 1);
    expect(pve.forwarding('vmbr1')).toBe(false);
    expect(pve.forwarding('vmbr0')).toBe(true);
    pve.setSysctl('net.ipv4.ip_forward', 0);
    pve.setSysctl('net.ipv4.conf.vmbr0.forwarding', 1);
    pve.setSysctl('net.ipv4.conf.all.forwarding', 0);
    expect(pve.forwarding('vmbr0')).toBe(true);
    expect(pve.forwarding('vmbr1')).toBe(false);
    const p = sim.ping('101', '192.168.10.100', { count: 1 });
    sim.runUntilIdle();
    expect(sim.trace.some((e) => e.code === 'route.forward_disabled' && e.node === 'pve' && e.dev === 'vmbr1')).toBe(true);
    expect(p.received).toBe(0);
  });

  it('one interface turned off after ip_forward stops only what comes in there', () => {
    const sim = twoBridges({ '/proc/sys/net/ipv4/ip_forward': 1, '/proc/sys/net/ipv4/conf/vmbr1/forwarding': 0 });
    const p = sim.ping('101', '192.168.10.100', { count: 1 });
    const u = sim.udpSend('100', '10.10.10.101', 5353, { srcPort: 40101 });
    sim.runUntilIdle();
    expect(p.received).toBe(0);
    expect(sim.trace.some((e) => e.node === '100' && e.code === 'deliver')).toBe(false);
    expect(u.seenBy?.host).toBe('101');
  });
});

/** A guest with a vmbr1 (NAT subnet) address plugged into vmbr0 by mistake. */
function wrongBridge(rpFilter: number): Sim {
  const sim = new Sim({ seed: 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addBridge('vmbr0', { ports: [] }).addAddress('vmbr0', '192.168.10.2/24');
  pve.addBridge('vmbr1', { ports: [] }).addAddress('vmbr1', '10.10.10.1/24');
  pve.setSysctl('net.ipv4.conf.all.rp_filter', rpFilter);
  const g = sim.attachGuest('pve', 'vmbr0', '101', 'eth0').guest;
  g.addAddress('eth0', '10.10.10.101/24').addRoute({ dst: 'default', via: '10.10.10.1' });
  sim.ping('101', '10.10.10.1', { count: 1 });
  sim.runUntilIdle();
  return sim;
}

const arpAnswered = (sim: Sim) => sim.trace.some((e) => e.code === 'arp.reply' && e.node === 'pve');

describe('rp_filter (the larger of conf/all and conf/IF)', () => {
  it('0 (kernel default): the ARP request is answered although the route back leaves by vmbr1', () => {
    expect(arpAnswered(wrongBridge(0))).toBe(true);
  });

  it('1 (strict): a request whose sender is routed out of another interface is dropped, unanswered', () => {
    const sim = wrongBridge(1);
    expect(arpAnswered(sim)).toBe(false);
    expect(sim.trace.some((e) => e.code === 'drop' && e.params.reason === 'rp_filter' && e.dev === 'vmbr0')).toBe(true);
  });

  it('2 (loose): any route back is enough', () => {
    expect(arpAnswered(wrongBridge(2))).toBe(true);
  });

  it('1 drops IP packets too: once ARP is resolved, a packet whose source is routed elsewhere is dropped', () => {
    const sim = new Sim({ seed: 1 });
    const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
    pve.addBridge('vmbr0', { ports: [] }).addAddress('vmbr0', '192.168.10.2/24');
    pve.addBridge('vmbr1', { ports: [] }).addAddress('vmbr1', '10.10.10.1/24');
    pve.setSysctl('net.ipv4.conf.vmbr0.rp_filter', 1);
    const g = sim.attachGuest('pve', 'vmbr0', '101', 'eth0').guest;
    g.addAddress('eth0', '192.168.10.101/24').addAddress('eth0', '10.10.10.101/24');
    const ok = sim.ping('101', '192.168.10.2', { count: 1 });
    sim.runUntilIdle();
    const spoofed = sim.ping('101', '192.168.10.2', { count: 1, src: '10.10.10.101' });
    sim.runUntilIdle();
    expect(ok.outcome).toBe('ok');
    expect(spoofed.received).toBe(0);
    expect(sim.trace.some((e) => e.code === 'drop' && e.params.reason === 'rp_filter' && e.frame?.type === 'ipv4')).toBe(true);
  });
});
