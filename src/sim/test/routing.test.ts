import { describe, expect, it } from 'vitest';
import { Sim } from '../index.ts';
import { codes, providerLab } from './fixtures.ts';

describe('one-MAC provider port: bridged vs routed', () => {
  it('drops a bridged guest: its own MAC is not the registered one', () => {
    const sim = providerLab({ mode: 'bridged' });
    const h = sim.ping('100', '192.0.2.10', { count: 2 });
    sim.runUntilIdle();
    expect(h.outcome).not.toBe('ok');
    expect(h.received).toBe(0);
    const rej = sim.trace.find((e) => e.code === 'provider.mac_rejected')!;
    expect(rej.node).toBe('provider');
    expect(rej.params.mac).toBe(sim.host('100').devMac('eth0'));
  });

  it('routed with ip_forward and proxy_arp: the host answers ARP for the guest and forwards both ways', () => {
    const sim = providerLab({ mode: 'routed' });
    const h = sim.ping('inet', '203.0.113.18', { count: 2 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    expect(codes(sim)).not.toContain('provider.mac_rejected');
    const proxy = sim.trace.find((e) => e.code === 'arp.proxy_reply')!;
    expect(proxy.node).toBe('pve');
    expect(proxy.dev).toBe('eno0');
    // It answers with its own MAC, the only one the provider accepts.
    expect(proxy.params.mac).toBe(sim.host('pve').devMac('eno0'));
    expect(proxy.params.ip).toBe('203.0.113.18');
    // The gateway's neighbour table maps the guest address to the host's MAC.
    const gwNeigh = sim.snapshot().hosts.find((x) => x.id === 'gw')!.neighbours.find((n) => n.ip === '203.0.113.18')!;
    expect(gwNeigh.mac).toBe(sim.host('pve').devMac('eno0'));
    // And the guest can reach out too.
    const out = sim.ping('100', '192.0.2.10', { count: 1 });
    sim.runUntilIdle();
    expect(out.outcome).toBe('ok');
  });

  it('routed without proxy_arp: nobody answers the gateway, the guest is unreachable', () => {
    const sim = providerLab({ mode: 'routed', proxyArp: false });
    const h = sim.ping('inet', '203.0.113.18', { count: 1, timeoutMs: 5000 });
    sim.runUntilIdle();
    expect(h.received).toBe(0);
    expect(codes(sim, 'gw')).toContain('arp.failed');
    expect(h.outcome).toBe('unreachable');
  });

  it('routed without ip_forward: the host drops packets that are not for it', () => {
    const sim = providerLab({ mode: 'routed', ipForward: false });
    sim.host('gw').addRoute({ dst: '203.0.113.16/28', via: '198.51.100.5', metric: 0 });
    // Remove the on-link route so the gateway routes the subnet to the host.
    sim.host('gw').routes.remove((r) => r.dst.prefix === 28 && r.via === undefined && r.dev === 'eth0');
    const h = sim.ping('inet', '203.0.113.18', { count: 1 });
    sim.runUntilIdle();
    expect(h.received).toBe(0);
    expect(sim.trace.some((e) => e.node === 'pve' && e.code === 'route.forward_disabled')).toBe(true);
  });
});

/** Three hosts in a row: a -- r1 -- b, with r1 routing between 10.10.10.0/24 and 192.168.10.0/24. */
function line(seed = 1): Sim {
  const sim = new Sim({ seed });
  const a = sim.addHost({ id: 'a' });
  a.addNic('eth0').addAddress('eth0', '10.10.10.2/24');
  a.addRoute({ dst: 'default', via: '10.10.10.1' });
  const r = sim.addHost({ id: 'r1', kind: 'router' });
  r.addNic('eth0').addAddress('eth0', '10.10.10.1/24');
  r.addNic('eth1').addAddress('eth1', '192.168.10.1/24');
  r.setSysctl('net.ipv4.ip_forward', 1);
  const b = sim.addHost({ id: 'b' });
  b.addNic('eth0').addAddress('eth0', '192.168.10.2/24');
  b.addRoute({ dst: 'default', via: '192.168.10.1' });
  b.listen('tcp', 22);
  sim.connect({ node: 'a', port: 'eth0' }, { node: 'r1', port: 'eth0' });
  sim.connect({ node: 'b', port: 'eth0' }, { node: 'r1', port: 'eth1' });
  return sim;
}

describe('IPv4 forwarding', () => {
  it('decrements TTL and rewrites the Ethernet header for the next hop', () => {
    const sim = line();
    const h = sim.ping('a', '192.168.10.2', { count: 1, ttl: 10 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    const fwd = sim.trace.find((e) => e.code === 'route.forward' && e.frame?.ip?.icmp?.kind === 'echo-request')!;
    expect(fwd.frame!.ip!.ttl).toBe(10);
    expect(fwd.frameAfter!.ip!.ttl).toBe(9);
    const r = sim.host('r1');
    const delivered = sim.trace.find((e) => e.node === 'b' && e.code === 'deliver')!;
    expect(delivered.frame!.src).toBe(r.devMac('eth1'));
    expect(delivered.frame!.dst).toBe(sim.host('b').devMac('eth0'));
    expect(delivered.frame!.ip!.ttl).toBe(9);
  });

  it('answers TTL 1 with ICMP time exceeded from the router', () => {
    const sim = line();
    const h = sim.ping('a', '192.168.10.2', { count: 1, ttl: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ttl_exceeded');
    expect(codes(sim, 'r1')).toEqual(expect.arrayContaining(['ip.ttl_exceeded', 'icmp.time_exceeded']));
    expect(h.results.find((x) => x.result === 'ttl_exceeded')?.from).toBe('10.10.10.1');
  });

  it('answers a destination without route with ICMP net unreachable', () => {
    const sim = line();
    const h = sim.ping('a', '198.51.100.77', { count: 1 });
    sim.runUntilIdle();
    expect(codes(sim, 'r1')).toEqual(expect.arrayContaining(['route.no_route', 'icmp.unreachable']));
    expect(h.outcome).toBe('unreachable');
  });

  it('reports no_route locally when the sender itself has no route', () => {
    const sim = line();
    const h = sim.ping('r1', '198.51.100.77', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('no_route');
  });

  it('ARP: the asker ends REACHABLE; the answerer learns the asker STALE, uses it (DELAY), re-checks it 5 s later', () => {
    const sim = line();
    sim.ping('a', '10.10.10.1', { count: 1 });
    sim.runUntilIdle();
    const neigh = (id: string) => sim.snapshot().hosts.find((h) => h.id === id)!.neighbours;
    expect(neigh('a')).toEqual([{ ip: '10.10.10.1', mac: sim.host('r1').devMac('eth0'), dev: 'eth0', state: 'REACHABLE' }]);
    // neigh_event_ns made r1's entry STALE; sending the echo reply through it started DELAY (__neigh_event_send).
    expect(neigh('r1')).toEqual([{ ip: '10.10.10.2', mac: sim.host('a').devMac('eth0'), dev: 'eth0', state: 'DELAY' }]);
    // Who-has went out as broadcast, is-at came back unicast.
    const req = sim.trace.find((e) => e.code === 'arp.request')!;
    const rep = sim.trace.find((e) => e.code === 'arp.reply')!;
    expect(req.frame!.dst).toBe('ff:ff:ff:ff:ff:ff');
    expect(rep.frame!.dst).toBe(sim.host('a').devMac('eth0'));
    // delay_first_probe_time (5 s) later r1 asks a directly (PROBE), a answers, r1's entry is REACHABLE.
    sim.advance(6_000);
    const probe = sim.trace.find((e) => e.code === 'arp.probe')!;
    expect(probe.node).toBe('r1');
    expect(probe.frame!.dst).toBe(sim.host('a').devMac('eth0'));
    expect(neigh('r1')[0]!.state).toBe('REACHABLE');
    sim.advance(31_000);
    expect(neigh('a')[0]!.state).toBe('STALE');
    expect(neigh('r1')[0]!.state).toBe('STALE');
  });

  it('uses the longest matching prefix, then the lowest metric', () => {
    const sim = line();
    const r = sim.host('r1');
    r.addRoute({ dst: '203.0.113.0/24', dev: 'eth0' });
    r.addRoute({ dst: '203.0.113.128/25', dev: 'eth1', metric: 100 });
    r.addRoute({ dst: '203.0.113.128/25', dev: 'eth0', metric: 10 });
    r.addRoute({ dst: '203.0.113.200/32', dev: 'eth1' });
    expect(r.routes.lookup('203.0.113.5')!.dev).toBe('eth0');
    expect(r.routes.lookup('203.0.113.130')!.dev).toBe('eth0');
    expect(r.routes.lookup('203.0.113.200')!.dev).toBe('eth1');
    expect(r.routes.lookup('203.0.113.200')!.nexthop).toBe('203.0.113.200');
  });

  it('TCP to a closed port is refused with RST; to a listening port is established', () => {
    const sim = line();
    const ok = sim.tcpConnect('a', '192.168.10.2', 22);
    const closed = sim.tcpConnect('a', '192.168.10.2', 23);
    sim.runUntilIdle();
    expect(ok.outcome).toBe('established');
    expect(closed.outcome).toBe('refused');
    expect(codes(sim, 'b')).toContain('tcp.rst');
  });

  it('UDP to a closed port gets ICMP port unreachable', () => {
    const sim = line();
    const u = sim.udpSend('a', '192.168.10.2', 5353);
    sim.runUntilIdle();
    expect(u.outcome).toBe('port_unreachable');
  });

  it('an ARP target that never answers fails after 3 requests and the sender learns it', () => {
    const sim = line();
    const h = sim.ping('a', '10.10.10.99', { count: 1, timeoutMs: 5000 });
    sim.runUntilIdle();
    expect(codes(sim, 'a').filter((c) => c === 'arp.request')).toHaveLength(3);
    expect(codes(sim, 'a')).toContain('arp.failed');
    expect(h.outcome).toBe('unreachable');
  });
});
