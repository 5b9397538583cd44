import { describe, expect, it } from 'vitest';
import type { Frame } from '../frame.ts';
import { natLab } from './fixtures.ts';

const ctOf = (sim: ReturnType<typeof natLab>) => sim.snapshot().hosts.find((h) => h.id === 'pve')!.conntrack;

describe('NAT (MASQUERADE) with conntrack', () => {
  it('outbound ping is masqueraded to the vmbr0 address and the reply is translated back', () => {
    const sim = natLab();
    const h = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    const seen = sim.trace.find((e) => e.node === 'server' && e.code === 'deliver')!;
    expect(seen.params.src).toBe('198.51.100.5');
    const masq = sim.trace.find((e) => e.code === 'nat.masquerade')!;
    expect(masq.frame!.ip!.src).toBe('10.10.10.100');
    expect(masq.frameAfter!.ip!.src).toBe('198.51.100.5');
    const [ct] = ctOf(sim);
    expect(ct).toMatchObject({
      proto: 'icmp',
      state: 'ESTABLISHED',
      nat: ['masquerade'],
      orig: { src: '10.10.10.100', dst: '203.0.113.10' },
      reply: { src: '203.0.113.10', dst: '198.51.100.5' },
    });
  });

  it('outbound TCP is established; the server sees the public address', () => {
    const sim = natLab();
    const t = sim.tcpConnect('100', '203.0.113.10', 80, { srcPort: 40000 });
    sim.runUntilIdle();
    expect(t.outcome).toBe('established');
    expect(t.seenBy).toEqual({ host: 'server', src: '198.51.100.5', sport: 40000 });
    const ct = ctOf(sim)[0]!;
    expect(ct.tcpState).toBe('ESTABLISHED');
    // Linux: established TCP entries live 5 days (432000 s).
    expect(ct.timeoutS).toBeGreaterThan(431_990);
  });

  it('unsolicited inbound traffic reaches no guest without DNAT', () => {
    const sim = natLab();
    const t = sim.tcpConnect('server', '198.51.100.5', 22);
    const p = sim.ping('server', '10.10.10.100', { count: 1 });
    sim.runUntilIdle();
    // The host itself answers (nothing listens on 22 there): refused, not the guest.
    expect(t.outcome).toBe('refused');
    expect(p.received).toBe(0);
    expect(sim.trace.some((e) => e.node === '100' && e.code === 'deliver')).toBe(false);
    // Linux deletes an entry whose only reply is a RST at once: nothing is left for the SYN.
    expect(ctOf(sim).filter((c) => c.proto === 'tcp')).toEqual([]);
    expect(sim.trace.some((e) => e.code === 'ct.expire' && e.params.reason === 'rst_before_reply')).toBe(true);
  });

  it('a DNAT port forward (2222 -> 10.10.10.100:22) makes the guest reachable', () => {
    const sim = natLab({ portForward: true });
    const t = sim.tcpConnect('server', '198.51.100.5', 2222);
    sim.runUntilIdle();
    expect(t.outcome).toBe('established');
    const dnat = sim.trace.find((e) => e.code === 'nat.dnat')!;
    expect(dnat.frameAfter!.ip!.dst).toBe('10.10.10.100');
    expect(dnat.frameAfter!.ip!.tcp!.dport).toBe(22);
    const ct = ctOf(sim).find((c) => c.nat.includes('dnat'))!;
    expect(ct.orig).toMatchObject({ src: '203.0.113.10', dst: '198.51.100.5', dport: 2222 });
    expect(ct.reply).toMatchObject({ src: '10.10.10.100', sport: 22, dst: '203.0.113.10' });
    // The reply leaves with the public address and port the client used.
    const back = sim.trace.find((e) => e.node === 'server' && e.code === 'deliver' && e.frame?.ip?.tcp?.flags.includes('SYN'))!;
    expect(back.params).toMatchObject({ src: '198.51.100.5', sport: 2222 });
  });

  it('two guests using the same source port get distinct translated ports', () => {
    const sim = natLab({ guests: 2 });
    const a = sim.tcpConnect('100', '203.0.113.10', 80, { srcPort: 40000 });
    const b = sim.tcpConnect('101', '203.0.113.10', 80, { srcPort: 40000 });
    sim.runUntilIdle();
    expect(a.outcome).toBe('established');
    expect(b.outcome).toBe('established');
    const ports = ctOf(sim).map((c) => c.reply.dport);
    expect(new Set(ports).size).toBe(2);
    expect(ports).toContain(40000); // the first keeps its port (source-port preservation)
    expect(sim.trace.filter((e) => e.code === 'nat.port_remap')).toHaveLength(1);
    expect(a.seenBy!.sport).not.toBe(b.seenBy!.sport);
  });

  it('UDP entries live 30 s, even with one reply; 120 s (ASSURED) once the flow lasts past 2 s', () => {
    // Linux nf_conntrack_udp: a query and its answer keep the 30 s timeout and no [ASSURED]
    // (`conntrack -L` shows 29, checked on Linux 6.18); a packet more than 2 s after the first,
    // with a reply seen, makes it a stream: 120 s and [ASSURED].
    const sim = natLab();
    sim.udpSend('100', '203.0.113.10', 9999, { srcPort: 40000 }); // nobody listens: ICMP port unreachable, not a reply
    sim.udpSend('100', '203.0.113.10', 53, { srcPort: 40001 }); // echoed back once
    sim.udpSend('100', '203.0.113.10', 53, { srcPort: 40002 }); // echoed back, then again 2.5 s later
    sim.runUntilIdle();
    const entry = (sport: number) => ctOf(sim).find((c) => c.proto === 'udp' && c.orig.sport === sport);
    expect(entry(40000)!.state).toBe('NEW');
    expect(entry(40001)).toMatchObject({ state: 'ESTABLISHED', assured: false });
    expect(entry(40001)!.timeoutS).toBeLessThanOrEqual(30);
    sim.advance(2500);
    sim.udpSend('100', '203.0.113.10', 53, { srcPort: 40002 });
    sim.runUntilIdle();
    expect(entry(40002)).toMatchObject({ state: 'ESTABLISHED', assured: true });
    expect(entry(40002)!.timeoutS).toBeGreaterThan(100);
    sim.advance(29_000);
    expect(entry(40000)).toBeUndefined();
    expect(entry(40001)).toBeUndefined();
    expect(entry(40002)).toBeDefined();
    sim.advance(92_000);
    expect(entry(40002)).toBeUndefined();
    expect(sim.trace.filter((e) => e.code === 'ct.expire')).toHaveLength(3);
  });

  it('ICMP entries expire after 30 s', () => {
    const sim = natLab();
    sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(ctOf(sim)).toHaveLength(1);
    sim.advance(29_000);
    expect(ctOf(sim)).toHaveLength(0);
  });

  it('the raw table CT --zone puts matching traffic into its own conntrack zone', () => {
    const sim = natLab();
    // Matches both directions (no interface): the whole flow lives in zone 1.
    sim.host('pve').iptables({ op: 'insert', table: 'raw', chain: 'PREROUTING', target: { kind: 'CT', zone: 1 } });
    const h = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    expect(ctOf(sim)[0]!.zone).toBe(1);
    expect(sim.trace.some((e) => e.code === 'ct.zone')).toBe(true);
  });

  it('zones are separate tables: a reply outside the zone does not find the entry', () => {
    const sim = natLab();
    // Only the guest side is zoned; replies arriving on vmbr0 are looked up in zone 0 (Linux does the same).
    sim.host('pve').iptables({ op: 'insert', table: 'raw', chain: 'PREROUTING', match: { inIface: 'vmbr1' }, target: { kind: 'CT', zone: 1 } });
    const h = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(h.received).toBe(0);
    // The echo reply finds nothing in zone 0 and, being a reply, starts no entry (INVALID).
    expect(ctOf(sim).map((c) => c.zone)).toEqual([1]);
  });

  it('filter FORWARD policy DROP blocks forwarding; an ESTABLISHED rule plus an outbound ACCEPT lets replies back', () => {
    const sim = natLab();
    const pve = sim.host('pve');
    pve.iptablesPolicy('filter', 'FORWARD', 'DROP');
    const blocked = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(blocked.received).toBe(0);
    expect(sim.trace.some((e) => e.code === 'filter.drop' && e.params.chain === 'FORWARD')).toBe(true);
    pve.iptables({ table: 'filter', chain: 'FORWARD', match: { ctstate: ['ESTABLISHED', 'RELATED'] }, target: { kind: 'ACCEPT' } });
    pve.iptables({ table: 'filter', chain: 'FORWARD', match: { inIface: 'vmbr1', outIface: 'vmbr0' }, target: { kind: 'ACCEPT' } });
    const ok = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(ok.outcome).toBe('ok');
  });

  it('an ICMP error about an allowed flow is RELATED: a FORWARD policy of DROP with a RELATED rule lets it through', () => {
    // Linux (nf_conntrack_icmpv4_error) ties the router's "time exceeded" to the ping's entry via the
    // quoted header, so `--ctstate RELATED,ESTABLISHED -j ACCEPT` accepts it and NAT sends it on.
    const sim = natLab();
    const pve = sim.host('pve');
    pve.iptablesPolicy('filter', 'FORWARD', 'DROP');
    pve.iptables({ table: 'filter', chain: 'FORWARD', match: { ctstate: ['RELATED', 'ESTABLISHED'] }, target: { kind: 'ACCEPT' } });
    pve.iptables({ table: 'filter', chain: 'FORWARD', match: { inIface: 'vmbr1', outIface: 'vmbr0' }, target: { kind: 'ACCEPT' } });
    const h = sim.ping('100', '203.0.113.10', { count: 1, ttl: 2 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ttl_exceeded');
    expect(h.results.some((r) => r.result === 'ttl_exceeded' && r.from === '198.51.100.1')).toBe(true);
    expect(sim.trace.some((e) => e.node === 'pve' && e.code === 'filter.drop')).toBe(false);
  });

  it('an ICMP error from the wire that matches no entry is INVALID; one the host sends itself is RELATED', () => {
    const sim = natLab();
    const pve = sim.host('pve');
    sim.host('gw').addRoute({ dst: '10.10.10.0/24', via: '198.51.100.5' });
    pve.iptables({ table: 'raw', chain: 'PREROUTING', match: { inIface: 'vmbr1' }, target: { kind: 'NOTRACK' } });
    pve.iptables({ table: 'filter', chain: 'FORWARD', match: { ctstate: ['INVALID'] }, target: { kind: 'DROP' } });
    pve.iptables({ table: 'filter', chain: 'OUTPUT', match: { ctstate: ['INVALID'] }, target: { kind: 'DROP' } });
    // The request was never tracked, so gw's "time exceeded" finds no entry and is dropped (checked
    // against Linux by conformance scenario untracked-icmp-error-invalid).
    const far = sim.ping('100', '203.0.113.10', { count: 1, ttl: 2 });
    sim.runUntilIdle();
    expect(far.received).toBe(0);
    expect(far.results.some((r) => r.result === 'ttl_exceeded')).toBe(false);
    expect(sim.trace.some((e) => e.node === 'pve' && e.code === 'filter.drop' && e.params.chain === 'FORWARD' && e.frame?.ip?.icmp?.kind === 'time-exceeded')).toBe(true);
    // pve's own "time exceeded" (TTL 1) carries the dropped request's conntrack in Linux: RELATED, not INVALID.
    const near = sim.ping('100', '203.0.113.10', { count: 1, ttl: 1 });
    sim.runUntilIdle();
    expect(near.results.some((r) => r.result === 'ttl_exceeded' && r.from === '10.10.10.1')).toBe(true);
  });

  it('DNAT to a port range keeps a port inside the range, else takes the first free port from the bottom', () => {
    // Linux get_unique_tuple: an in-range port stays; otherwise nf_nat_l4proto_unique_tuple counts
    // up from the range's first port (offset 0 for DNAT). Conformance scenario nat-dnat-variants.
    const sim = natLab({ guests: 1 });
    const pve = sim.host('pve');
    const g = sim.host('100');
    for (const port of [8000, 8001, 8005]) g.listen('tcp', port);
    pve.iptables({ table: 'nat', chain: 'PREROUTING', match: { inIface: 'vmbr0', proto: 'tcp', dport: [8000, 8010] }, target: { kind: 'DNAT', toDestination: '10.10.10.100:8000-8010' } });
    pve.iptables({ table: 'nat', chain: 'PREROUTING', match: { inIface: 'vmbr0', proto: 'tcp', dport: [2222, 2223] }, target: { kind: 'DNAT', toDestination: '10.10.10.100:8000-8001' } });
    const inRange = sim.tcpConnect('server', '198.51.100.5', 8005, { srcPort: 40000 });
    const below = sim.tcpConnect('server', '198.51.100.5', 2222, { srcPort: 40001 });
    sim.runUntilIdle();
    // Same client and source port on another public port: 8000 would give the same reply tuple.
    const clash = sim.tcpConnect('server', '198.51.100.5', 2223, { srcPort: 40001 });
    sim.runUntilIdle();
    expect([inRange.outcome, below.outcome, clash.outcome]).toEqual(['established', 'established', 'established']);
    const guestPort = (sport: number, dport: number) => ctOf(sim).find((c) => c.orig.sport === sport && c.orig.dport === dport)!.reply.sport;
    expect(guestPort(40000, 8005)).toBe(8005);
    expect(guestPort(40001, 2222)).toBe(8000);
    expect(guestPort(40001, 2223)).toBe(8001);
  });

  it("a DNAT target's ICMP error leaves with the public address, so the client learns the port is closed", () => {
    // Linux (nf_nat_icmp_reply_translation, checked in namespaces): the guest's port unreachable
    // about a forwarded datagram is RELATED to its entry; its source 10.10.10.100 and the quoted
    // destination become 198.51.100.5:5353 again, and the client's socket gets ECONNREFUSED.
    const sim = natLab();
    sim.host('pve').iptables({ table: 'nat', chain: 'PREROUTING', match: { inIface: 'vmbr0', proto: 'udp', dport: 5353 }, target: { kind: 'DNAT', toDestination: '10.10.10.100' } });
    const u = sim.udpSend('server', '198.51.100.5', 5353, { srcPort: 40000 });
    sim.runUntilIdle();
    expect(u.outcome).toBe('port_unreachable');
    const atServer = sim.trace.find((e) => e.node === 'server' && e.code === 'deliver' && e.frame?.ip?.icmp)!;
    expect(atServer.frame!.ip!.src).toBe('198.51.100.5');
    expect(atServer.frame!.ip!.icmp!.quoted).toMatchObject({ dst: '198.51.100.5', dport: 5353 });
    // The private address never leaves the host.
    expect(sim.trace.some((e) => e.node === 'gw' && e.frame?.ip?.src === '10.10.10.100')).toBe(false);
  });

  it('nat OUTPUT DNAT applies to the host\'s own connection to its public address; the reply is translated back on input', () => {
    // Linux runs nat OUTPUT for traffic to a local address and re-routes after DNAT; the guest's
    // SYN-ACK gets 198.51.100.5:2222 back as source in LOCAL_IN (conformance nat-port-forward-closed-and-local).
    const sim = natLab();
    sim.host('pve').iptables({ table: 'nat', chain: 'OUTPUT', match: { dst: '198.51.100.5', proto: 'tcp', dport: 2222 }, target: { kind: 'DNAT', toDestination: '10.10.10.100:22' } });
    const t = sim.tcpConnect('pve', '198.51.100.5', 2222, { srcPort: 40022 });
    sim.runUntilIdle();
    expect(t.outcome).toBe('established');
    expect(t.seenBy).toEqual({ host: '100', src: '198.51.100.5', sport: 40022 });
    expect(ctOf(sim)).toMatchObject([{ proto: 'tcp', nat: ['dnat'], orig: { dst: '198.51.100.5', dport: 2222 }, reply: { src: '10.10.10.100', sport: 22 } }]);
  });

  it('conntrack tracks the host\'s traffic to its own addresses', () => {
    // `conntrack -L` on Linux lists a ping from the host to itself once conntrack is active.
    const sim = natLab();
    const h = sim.ping('pve', '10.10.10.1', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    expect(ctOf(sim)).toMatchObject([{ proto: 'icmp', state: 'ESTABLISHED', orig: { src: '10.10.10.1', dst: '10.10.10.1' } }]);
  });

  it('SNAT --to-source uses the given address', () => {
    const sim = natLab();
    const pve = sim.host('pve');
    pve.iptables({ op: 'delete', table: 'nat', chain: 'POSTROUTING', match: { src: '10.10.10.0/24', outIface: 'vmbr0' }, target: { kind: 'MASQUERADE' } });
    pve.addAddress('vmbr0', '198.51.100.6/24');
    pve.iptables({ table: 'nat', chain: 'POSTROUTING', match: { src: '10.10.10.0/24', outIface: 'vmbr0' }, target: { kind: 'SNAT', toSource: '198.51.100.6' } });
    const t = sim.tcpConnect('100', '203.0.113.10', 80);
    sim.runUntilIdle();
    expect(t.outcome).toBe('established');
    expect(t.seenBy!.src).toBe('198.51.100.6');
    expect(ctOf(sim)[0]!.nat).toEqual(['snat']);
  });

  it('rejects rules that iptables would reject', () => {
    const pve = natLab().host('pve');
    expect(() => pve.iptables({ table: 'nat', chain: 'FORWARD', target: { kind: 'ACCEPT' } })).toThrow(/chain FORWARD does not exist in table nat/);
    expect(() => pve.iptables({ table: 'filter', chain: 'FORWARD', target: { kind: 'MASQUERADE' } })).toThrow(/not valid in table filter/);
    expect(() => pve.iptables({ table: 'nat', chain: 'PREROUTING', target: { kind: 'DNAT', toDestination: '10.10.10.300:22' } })).toThrow(/invalid NAT address/);
  });
});

describe('Proxmox firewall bridges (firewall=1) and the conntrack zone rule', () => {
  function fwLab(withZoneRule: boolean) {
    const sim = natLab({ guests: 0 });
    const g = sim.attachGuest('pve', 'vmbr1', '100', 'eth0', { firewall: true }).guest;
    g.addAddress('eth0', '10.10.10.100/24');
    g.addRoute({ dst: 'default', via: '10.10.10.1' });
    if (withZoneRule) sim.host('pve').iptables({ op: 'insert', table: 'raw', chain: 'PREROUTING', match: { inIface: 'fwbr+' }, target: { kind: 'CT', zone: 1 } });
    return sim;
  }

  it('builds tap -> fwbr -> veth -> vmbr1 like Proxmox', () => {
    const sim = fwLab(true);
    const devs = sim.snapshot().hosts.find((h) => h.id === 'pve')!.devices;
    expect(devs.find((d) => d.name === 'tap100i0')?.master).toBe('fwbr100i0');
    expect(devs.find((d) => d.name === 'fwln100i0')?.master).toBe('fwbr100i0');
    expect(devs.find((d) => d.name === 'fwpr100p0')?.master).toBe('vmbr1');
  });

  // The guest's first who-has for its gateway is answered by fwbr100i0 (no address, but Linux answers
  // ARP for any local address on any interface, arp_ignore 0) before vmbr1's answer arrives; 5 s
  // after the host answered the guest through vmbr1's STALE entry (DELAY -> PROBE), vmbr1's unicast
  // who-has makes the guest take vmbr1's MAC. Conformance scenarios 60-63 show the same on Linux.
  function settle(sim: ReturnType<typeof fwLab>): void {
    sim.ping('100', '10.10.10.1', { count: 1 });
    sim.advance(6_000);
  }
  const gatewayMac = (sim: ReturnType<typeof fwLab>) => sim.snapshot().hosts.find((h) => h.id === '100')!.neighbours.find((n) => n.ip === '10.10.10.1')!.mac;

  it('the guest first learns fwbr100i0 as its gateway; the host\'s 5 s re-check from vmbr1 replaces it', () => {
    const sim = fwLab(true);
    sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(gatewayMac(sim)).toBe(sim.host('pve').devMac('fwbr100i0'));
    settle(sim);
    expect(sim.trace.some((e) => e.code === 'arp.probe' && e.node === 'pve' && e.dev === 'vmbr1')).toBe(true);
    expect(gatewayMac(sim)).toBe(sim.host('pve').devMac('vmbr1'));
  });

  it('with the zone rule, traffic routed in from fwbr (zone 1) loses its NATed reply until the re-check', () => {
    const sim = fwLab(true);
    const first = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(first.received).toBe(0);
    settle(sim);
    const h = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
  });

  it('without CT --zone, once bridged through fwbr the flow is tracked un-NATed, so MASQUERADE never runs', () => {
    const sim = fwLab(false);
    settle(sim);
    const before = sim.trace.length;
    const h = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(h.received).toBe(0);
    expect(sim.trace.slice(before).some((e) => e.code === 'nat.masquerade')).toBe(false);
    // The packet left with the private source address.
    const leaving = sim.trace.slice(before).find((e) => e.node === 'pve' && e.code === 'link.tx' && e.port === 'eno1' && e.frame?.ip?.icmp)!;
    expect(leaving.frame!.ip!.src).toBe('10.10.10.100');
  });

  it('with `-i fwbr+ -j CT --zone 1` the bridged pass lives in zone 1 and NAT works in zone 0', () => {
    const sim = fwLab(true);
    settle(sim);
    const h = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    const cts = sim.snapshot().hosts.find((x) => x.id === 'pve')!.conntrack.filter((c) => c.orig.dst === '203.0.113.10');
    expect(cts.map((c) => c.zone).sort()).toEqual([0, 1]);
    expect(cts.find((c) => c.zone === 0)!.nat).toEqual(['masquerade']);
    expect(cts.find((c) => c.zone === 1)!.state).toBe('ESTABLISHED');
  });

  it('bridge-nf-call-iptables 0 (written before the guest starts) keeps bridged traffic out of iptables: NAT works without the zone rule', () => {
    const sim = natLab({ guests: 0 });
    sim.host('pve').setSysctl('net.bridge.bridge-nf-call-iptables', 0);
    const g = sim.attachGuest('pve', 'vmbr1', '100', 'eth0', { firewall: true }).guest;
    g.addAddress('eth0', '10.10.10.100/24');
    g.addRoute({ dst: 'default', via: '10.10.10.1' });
    settle(sim);
    const h = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
  });
});

describe('trace order through the host, as Linux hooks run', () => {
  // PREROUTING (conntrack at priority -200, then nat DNAT at -100) -> routing decision -> FORWARD ->
  // POSTROUTING (MASQUERADE/SNAT) -> out. The lab steps narrate these events in trace order.
  const HOOK_CODES = new Set(['ct.new', 'nat.dnat', 'route.forward', 'filter.accept', 'nat.masquerade', 'link.tx']);
  const pveOrder = (sim: ReturnType<typeof natLab>, isProbe: (ip: NonNullable<Frame['ip']>) => boolean) =>
    sim.trace.filter((e) => e.node === 'pve' && HOOK_CODES.has(e.code) && e.frame?.ip && isProbe(e.frame.ip)).map((e) => e.code);

  it('a masqueraded ping: conntrack NEW, then routing, then FORWARD, then MASQUERADE as it leaves', () => {
    const sim = natLab();
    sim.host('pve').iptables({ table: 'filter', chain: 'FORWARD', match: { inIface: 'vmbr1', outIface: 'vmbr0' }, target: { kind: 'ACCEPT' } });
    const h = sim.ping('100', '203.0.113.10', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    const order = pveOrder(sim, (ip) => ip.icmp?.kind === 'echo-request');
    // link.tx appears for the guest-facing bridge port too; the first hook events are what matter.
    expect(order.slice(0, 4)).toEqual(['ct.new', 'route.forward', 'filter.accept', 'nat.masquerade']);
    expect(order.indexOf('link.tx')).toBeGreaterThan(order.indexOf('nat.masquerade'));
    // Conntrack reports the entry before NAT: its reply tuple still names the private address,
    // and it is only MASQUERADE that rewrites it (what `conntrack -L` lists afterwards).
    const created = sim.trace.find((e) => e.node === 'pve' && e.code === 'ct.new')!;
    const id = created.frame!.ip!.icmp!.id;
    expect(created.params.reply).toBe(`icmp 203.0.113.10:${id} -> 10.10.10.100:${id}`);
    expect(ctOf(sim)[0]!.reply).toMatchObject({ dst: '198.51.100.5' });
    // The routing step still shows the private source; the masquerade step shows the rewrite.
    const routed = sim.trace.find((e) => e.node === 'pve' && e.code === 'route.forward' && e.frame?.ip?.icmp?.kind === 'echo-request')!;
    expect(routed.frameAfter!.ip).toMatchObject({ src: '10.10.10.100', ttl: 63 });
  });

  it('a DNAT\'d TCP SYN: conntrack NEW, then DNAT, both before the routing decision that sends it to the guest', () => {
    const sim = natLab({ portForward: true });
    const t = sim.tcpConnect('server', '198.51.100.5', 2222);
    sim.runUntilIdle();
    expect(t.outcome).toBe('established');
    const order = pveOrder(sim, (ip) => !!ip.tcp && ip.tcp.flags.includes('SYN') && !ip.tcp.flags.includes('ACK'));
    expect(order.slice(0, 3)).toEqual(['ct.new', 'nat.dnat', 'route.forward']);
    const routed = sim.trace.find((e) => e.node === 'pve' && e.code === 'route.forward' && e.frame?.ip?.tcp?.flags.includes('SYN'))!;
    // Routing looks at the rewritten destination and sends the SYN into the guests' bridge.
    expect(routed.params).toMatchObject({ out: 'vmbr1' });
    expect(routed.frame!.ip).toMatchObject({ dst: '10.10.10.100', ttl: 63 });
    expect(routed.frameAfter!.ip).toMatchObject({ dst: '10.10.10.100', ttl: 62 });
  });
});
