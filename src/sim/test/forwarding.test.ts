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

  it('writing ip_forward sets every interface, overriding earlier per-interface values', () => {
    const sim = twoBridges({ 'net.ipv4.conf.vmbr1.forwarding': 0, 'net.ipv4.ip_forward': 1 });
    const p = sim.ping('100', '10.10.10.101', { count: 1 });
    sim.runUntilIdle();
    expect(p.outcome).toBe('ok');
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
