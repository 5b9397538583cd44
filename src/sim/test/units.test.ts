import { describe, expect, it } from 'vitest';
import { parseCidr, parseMac, isGroupMac, broadcastOf, mustCidr, intToIp } from '../addr.ts';
import { normaliseSysctl } from '../host.ts';
import { ruleMatches, RuleSet } from '../netfilter.ts';
import { createRng } from '../rng.ts';
import { Scheduler } from '../scheduler.ts';
import { Sim } from '../index.ts';

describe('addresses', () => {
  it('normalises MACs to lowercase colon form and spots group addresses', () => {
    expect(parseMac('BC:24:11:3A:5C:01')).toBe('bc:24:11:3a:5c:01');
    expect(parseMac('bc-24-11-3a-5c-01')).toBe('bc:24:11:3a:5c:01');
    expect(parseMac('bc:24:11:3a:5c')).toBeNull();
    expect(isGroupMac('ff:ff:ff:ff:ff:ff')).toBe(true);
    expect(isGroupMac('01:80:c2:00:00:02')).toBe(true);
    expect(isGroupMac('bc:24:11:3a:5c:01')).toBe(false);
  });

  it('parses CIDR with the host part kept and rejects nonsense', () => {
    expect(parseCidr('198.51.100.5/29')).toMatchObject({ ip: '198.51.100.5', prefix: 29 });
    expect(intToIp(parseCidr('198.51.100.5/29')!.network)).toBe('198.51.100.0');
    expect(parseCidr('203.0.113.18')).toMatchObject({ prefix: 32 });
    expect(parseCidr('10.10.10.1/33')).toBeNull();
    expect(parseCidr('10.10.10.256/24')).toBeNull();
    expect(intToIp(broadcastOf(mustCidr('192.168.10.2/24'))!)).toBe('192.168.10.255');
    expect(broadcastOf(mustCidr('198.51.100.5/32'))).toBeNull();
  });

  it('normalises /proc/sys paths to sysctl names', () => {
    expect(normaliseSysctl('/proc/sys/net/ipv4/ip_forward')).toBe('net.ipv4.ip_forward');
    expect(normaliseSysctl('/proc/sys/net/ipv4/conf/eno0/proxy_arp')).toBe('net.ipv4.conf.eno0.proxy_arp');
    expect(normaliseSysctl('net.ipv4.conf.all.proxy_arp')).toBe('net.ipv4.conf.all.proxy_arp');
  });
});

describe('scheduler and RNG', () => {
  it('runs events in time order, ties in insertion order, and skips cancelled ones', () => {
    const s = new Scheduler();
    const out: string[] = [];
    s.schedule(10, 'n', 'b', () => out.push('b'));
    s.schedule(5, 'n', 'a', () => out.push('a'));
    s.schedule(10, 'n', 'c', () => out.push('c'));
    const d = s.schedule(1, 'n', 'd', () => out.push('d'));
    s.cancel(d);
    for (let e = s.pop(); e; e = s.pop()) e.run();
    expect(out).toEqual(['a', 'b', 'c']);
    expect(s.nowUs).toBe(10);
  });

  it('background events do not keep the scheduler busy', () => {
    const s = new Scheduler();
    s.schedule(100, 'n', 'timer', () => undefined, true);
    expect(s.idle()).toBe(true);
    s.schedule(1, 'n', 'frame', () => undefined);
    expect(s.idle()).toBe(false);
  });

  it('the seeded RNG repeats for a seed and differs between seeds', () => {
    const a = createRng(9);
    const b = createRng(9);
    const c = createRng(10);
    const xs = [a.int(0, 1000), a.int(0, 1000), a.int(0, 1000)];
    expect([b.int(0, 1000), b.int(0, 1000), b.int(0, 1000)]).toEqual(xs);
    expect([c.int(0, 1000), c.int(0, 1000), c.int(0, 1000)]).not.toEqual(xs);
  });
});

describe('iptables matching', () => {
  const pkt = { id: 1, src: '10.10.10.100', dst: '203.0.113.10', ttl: 64, proto: 'tcp' as const, tcp: { sport: 40000, dport: 2222, flags: ['SYN' as const] } };

  it('matches interface wildcards, CIDRs, ports, ranges and negation', () => {
    expect(ruleMatches({ inIface: 'fwbr+' }, { packet: pkt, inIface: 'fwbr100i0' })).toBe(true);
    expect(ruleMatches({ inIface: 'fwbr+' }, { packet: pkt, inIface: 'vmbr0' })).toBe(false);
    expect(ruleMatches({ src: '10.10.10.0/24', proto: 'tcp', dport: 2222 }, { packet: pkt })).toBe(true);
    expect(ruleMatches({ dport: [2000, 3000] }, { packet: pkt })).toBe(true);
    expect(ruleMatches({ proto: 'udp' }, { packet: pkt })).toBe(false);
    expect(ruleMatches({ src: '10.10.10.0/24', not: { src: true } }, { packet: pkt })).toBe(false);
    expect(ruleMatches({ ctstate: ['ESTABLISHED'] }, { packet: pkt, ctstate: 'NEW' })).toBe(false);
  });

  it('inserts at a position, deletes the identical rule, and RETURN ends a chain', () => {
    const rs = new RuleSet();
    rs.apply({ table: 'filter', chain: 'FORWARD', match: { proto: 'tcp' }, target: { kind: 'DROP' } });
    rs.apply({ op: 'insert', table: 'filter', chain: 'FORWARD', match: { dport: 2222 }, target: { kind: 'RETURN' } });
    expect(rs.firstMatch('filter', 'FORWARD', { packet: pkt })).toBeUndefined();
    rs.apply({ op: 'delete', table: 'filter', chain: 'FORWARD', match: { dport: 2222 }, target: { kind: 'RETURN' } });
    expect(rs.firstMatch('filter', 'FORWARD', { packet: pkt })?.target.kind).toBe('DROP');
    expect(() => rs.apply({ op: 'delete', table: 'filter', chain: 'FORWARD', target: { kind: 'ACCEPT' } })).toThrow(/Bad rule/);
  });
});

describe('routed point-to-point style (/32 guest address)', () => {
  it('a guest with a /32 address reaches the host through an on-link /32 gateway route', () => {
    const sim = new Sim({ seed: 4 });
    const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
    pve.addBridge('vmbr0', { ports: [] });
    pve.addAddress('vmbr0', '198.51.100.5/32');
    pve.addRoute({ dst: '203.0.113.18/32', dev: 'vmbr0' });
    pve.setSysctl('net.ipv4.ip_forward', 1);
    const g = sim.attachGuest('pve', 'vmbr0', '100').guest;
    g.addAddress('eth0', '203.0.113.18/32');
    g.addRoute({ dst: '198.51.100.5/32', dev: 'eth0' });
    g.addRoute({ dst: 'default', via: '198.51.100.5' });
    const h = sim.ping('100', '198.51.100.5', { count: 1 });
    const back = sim.ping('pve', '203.0.113.18', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    expect(back.outcome).toBe('ok');
  });
});

describe('balance-tlb / balance-alb (simplified)', () => {
  it('tlb receives on the active slave only, alb on all slaves', async () => {
    const { bondLab } = await import('./fixtures.ts');
    for (const mode of ['balance-tlb', 'balance-alb'] as const) {
      const sim = bondLab({ mode });
      const h = sim.ping('pc1', '192.168.10.2', { count: 2 });
      sim.runUntilIdle();
      expect(h.outcome).toBe('ok');
      const dropped = sim.trace.some((e) => e.code === 'bond.rx_drop');
      expect(dropped).toBe(mode === 'balance-tlb');
    }
  });
});
