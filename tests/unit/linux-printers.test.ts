/**
 * The Linux-style printers (src/sim/linux-print.ts) against the real commands: the same state is
 * built in network namespaces and in the kernel (tests/conformance/67-printer-state.yaml: a NAT host
 * after outbound ICMP, TCP and UDP and an inbound port forward), then `bridge fdb show`, `ip route`,
 * `iptables -t nat -L -n -v`, `conntrack -L` and `ip neigh` are compared line for line. Tools here:
 * iproute2 6.1, iptables 1.8.9 (nf_tables), conntrack-tools 1.4.7, Linux 6.18. Needs root (as
 * `npm run conformance`); skipped with the reason otherwise.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatBridgeFdb, formatConntrack, formatIpNeigh, formatIpRoute, formatIptables, Sim, type HostSnapshot } from '../../src/sim/index.ts';
import { buildOnLinux, waitSettled } from '../../scripts/conformance/linux-build.ts';
import { runStepsOnLinux } from '../../scripts/conformance/linux-run.ts';
import { NamespaceSet } from '../../scripts/conformance/netns.ts';
import { whyNot } from '../../scripts/conformance/preflight.ts';
import { loadScenario } from '../../scripts/conformance/scenario.ts';
import { inNs, run } from '../../scripts/conformance/sh.ts';
import { runScenarioInSim } from '../../scripts/conformance/sim-run.ts';

const why = whyNot();
const scenario = loadScenario(join(import.meta.dirname, '..', '..', 'tests', 'conformance', '67-printer-state.yaml'));
const COMMANDS = {
  fdb: ['bridge', 'fdb', 'show'],
  fdbVmbr1: ['bridge', 'fdb', 'show', 'br', 'vmbr1'],
  route: ['ip', 'route'],
  nat: ['iptables', '-t', 'nat', '-L', '-n', '-v'],
  filter: ['iptables', '-L', '-n', '-v'],
  conntrack: ['conntrack', '-L'],
  neigh: ['ip', 'neigh'],
};
type Printed = Record<keyof typeof COMMANDS, string>;

function printKernel(h: HostSnapshot): Printed {
  return {
    fdb: formatBridgeFdb(h),
    fdbVmbr1: formatBridgeFdb(h, { br: 'vmbr1' }),
    route: formatIpRoute(h),
    nat: formatIptables(h, 'nat'),
    filter: formatIptables(h, 'filter'),
    conntrack: formatConntrack(h),
    neigh: formatIpNeigh(h),
  };
}

/** The multicast group entries every device has (IPv6 and IGMP memberships): not modelled. */
const withoutGroupEntries = (text: string) => text.split('\n').filter((l) => !l.includes(' self permanent')).join('\n');

/**
 * What differs by nature, not by mistake: the seconds left (the real table keeps counting while the
 * tools run), ping's echo id (its pid on Linux, seeded in the kernel), a TCP connection nc closed
 * (TIME_WAIT; the kernel models no FIN), and the order of `conntrack -L` (a hash table's).
 */
const ctComparable = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => l.replace(/^(\S+\s+\d+) \d+ (?:TIME_WAIT|ESTABLISHED) /, '$1 T tcp-state ').replace(/^(\S+\s+\d+) \d+ /, '$1 T ').replace(/id=\d+/g, 'id=N'))
    .sort();

describe.skipIf(why !== undefined)(`Linux-style printers match the real tools${why ? ` (skipped: ${why})` : ''}`, () => {
  const linux: Record<string, Printed> = {};
  let kernel: Record<string, Printed> = {};
  beforeAll(async () => {
    const ns = new NamespaceSet('printers');
    try {
      const topo = buildOnLinux(scenario, ns);
      await waitSettled(scenario, topo);
      await runStepsOnLinux(scenario, topo);
      for (const node of ['pve', 'vm100', 'inet']) {
        linux[node] = Object.fromEntries(Object.entries(COMMANDS).map(([k, argv]) => [k, run(inNs(topo.nsOf(node), argv)).stdout])) as Printed;
      }
    } finally {
      ns.destroy();
    }
    const snap = runScenarioInSim(scenario).sim.snapshot();
    kernel = Object.fromEntries(['pve', 'vm100', 'inet'].map((id) => [id, printKernel(snap.hosts.find((h) => h.id === id)!)]));
  }, 120_000);

  it('ip route, on the NAT host, a guest with a default route, and a host with onlink and /32 routes', () => {
    for (const node of ['pve', 'vm100', 'inet']) expect(kernel[node]!.route, node).toBe(linux[node]!.route);
  });

  it('bridge fdb show (and br vmbr1): learned entries, port and bridge addresses, in the same order', () => {
    expect(kernel['pve']!.fdb).toBe(withoutGroupEntries(linux['pve']!.fdb));
    expect(kernel['pve']!.fdbVmbr1).toBe(withoutGroupEntries(linux['pve']!.fdbVmbr1));
  });

  it('iptables -t nat -L -n -v, counters included; iptables -L -n -v of an empty filter table', () => {
    expect(kernel['pve']!.nat).toBe(linux['pve']!.nat);
    expect(kernel['pve']!.filter).toBe(linux['pve']!.filter);
  });

  it('conntrack -L: tuples, [UNREPLIED], [ASSURED], mark and use, as the tool prints them', () => {
    expect(ctComparable(kernel['pve']!.conntrack)).toEqual(ctComparable(linux['pve']!.conntrack));
  });

  it('ip neigh on the NAT host', () => {
    expect(kernel['pve']!.neigh.split('\n').sort()).toEqual(linux['pve']!.neigh.split('\n').sort());
  });
});

/** Rules a Proxmox host writes, listed by the real iptables 1.8.9 (nf_tables) in a namespace with no traffic. */
describe('iptables -L -n -v prints each rule shape as iptables 1.8.9 does (recorded, no root needed)', () => {
  it('raw CT zone and NOTRACK, filter ctstate and negations', () => {
    const sim = new Sim({ seed: 1 });
    const h = sim.addHost({ id: 'pve', kind: 'proxmox' });
    h.iptables({ table: 'raw', chain: 'PREROUTING', match: { inIface: 'fwbr+' }, target: { kind: 'NOTRACK' } });
    h.iptables({ table: 'raw', chain: 'PREROUTING', match: { src: '10.10.10.0/24', proto: 'udp', sport: [53, 60], not: { src: true } }, target: { kind: 'CT', zone: 2 } });
    h.iptables({ table: 'filter', chain: 'FORWARD', match: { ctstate: ['ESTABLISHED', 'RELATED'] }, target: { kind: 'ACCEPT' } });
    h.iptables({ table: 'filter', chain: 'FORWARD', match: { src: '10.10.10.101/32', outIface: 'vmbr0', proto: 'tcp', dport: 22, not: { outIface: true, dport: true } }, target: { kind: 'DROP' } });
    const snap = sim.snapshot().hosts[0]!;
    expect(formatIptables(snap, 'raw')).toBe(`Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         
    0     0 CT         0    --  fwbr+  *       0.0.0.0/0            0.0.0.0/0            NOTRACK
    0     0 CT         17   --  *      *      !10.10.10.0/24        0.0.0.0/0            udp spts:53:60 CT zone 2

Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         
`);
    expect(formatIptables(snap, 'filter')).toBe(`Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         

Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         
    0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED
    0     0 DROP       6    --  *      !vmbr0  10.10.10.101         0.0.0.0/0            tcp dpt:!22

Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         
`);
  });

  it('the NAT host of scenario 67 after its steps: counters, conntrack and routes as recorded from the real tools', () => {
    const snap = runScenarioInSim(scenario).sim.snapshot();
    const pve = snap.hosts.find((h) => h.id === 'pve')!;
    expect(formatIptables(pve, 'nat')).toBe(`Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         
    1    60 DNAT       6    --  vmbr0  *       0.0.0.0/0            0.0.0.0/0            tcp dpt:2222 to:10.10.10.100:22

Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         

Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         

Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         
    3   191 MASQUERADE  0    --  *      vmbr0   10.10.10.0/24        0.0.0.0/0           
`);
    expect(ctComparable(formatConntrack(pve))).toEqual(
      ctComparable(`udp      17 29 src=10.10.10.101 dst=198.51.100.20 sport=40031 dport=5353 [UNREPLIED] src=198.51.100.20 dst=198.51.100.5 sport=5353 dport=40031 mark=0 use=1
tcp      6 119 TIME_WAIT src=10.10.10.100 dst=198.51.100.20 sport=40030 dport=80 src=198.51.100.20 dst=198.51.100.5 sport=80 dport=40030 [ASSURED] mark=0 use=1
tcp      6 119 TIME_WAIT src=198.51.100.20 dst=198.51.100.5 sport=40020 dport=2222 src=10.10.10.100 dst=198.51.100.20 sport=22 dport=40020 [ASSURED] mark=0 use=1
icmp     1 29 src=10.10.10.100 dst=198.51.100.20 type=8 code=0 id=16309 src=198.51.100.20 dst=198.51.100.5 type=0 code=0 id=16309 mark=0 use=1
`),
    );
    expect(formatBridgeFdb(pve, { br: 'vmbr1' })).toBe(`bc:24:11:00:01:00 dev tap100i0 master vmbr1 
02:00:00:00:01:64 dev tap100i0 master vmbr1 permanent
bc:24:11:00:01:01 dev tap101i0 master vmbr1 
02:00:00:00:01:65 dev tap101i0 master vmbr1 permanent
02:00:00:00:01:02 dev vmbr1 master vmbr1 permanent
`);
    expect(formatIpRoute(snap.hosts.find((h) => h.id === 'inet')!)).toBe(`198.51.100.0/24 dev eth0 proto kernel scope link src 198.51.100.20 
203.0.113.0/24 via 192.0.2.1 dev eth0 onlink 
203.0.113.18 dev eth0 scope link 
`);
  });

  it('ip route orders as the FIB does (longer prefix first, then metric) and puts metric before onlink (iproute2 6.1)', () => {
    const sim = new Sim({ seed: 1 });
    const h = sim.addHost({ id: 'h', kind: 'external' }).addNic('d0').addAddress('d0', '198.51.100.7/24');
    h.addRoute({ dst: '203.0.113.0/24', via: '192.0.2.1', dev: 'd0', onlink: true, metric: 5, src: '198.51.100.7' });
    h.addRoute({ dst: 'default', via: '198.51.100.1', metric: 100 });
    h.addRoute({ dst: '10.0.0.0/8', dev: 'd0', metric: 7 }).addRoute({ dst: '10.0.0.0/24', dev: 'd0' }).addRoute({ dst: '10.0.0.0/8', dev: 'd0', metric: 3 });
    // Recorded with the same routes on a veth without carrier, where each line also ends in "linkdown "
    // (the kernel keeps no carrier state in its route snapshot); here with that flag taken out.
    expect(formatIpRoute(sim.snapshot().hosts[0]!)).toBe(`default via 198.51.100.1 dev d0 metric 100 
10.0.0.0/24 dev d0 scope link 
10.0.0.0/8 dev d0 scope link metric 3 
10.0.0.0/8 dev d0 scope link metric 7 
198.51.100.0/24 dev d0 proto kernel scope link src 198.51.100.7 
203.0.113.0/24 via 192.0.2.1 dev d0 src 198.51.100.7 metric 5 onlink 
`);
  });

  it('conntrack -L puts a zone other than 0 between mark and use (recorded from conformance 16)', () => {
    const line = formatConntrack({
      conntrack: [{ id: 1, proto: 'icmp', zone: 1, orig: { proto: 'icmp', src: '10.10.10.100', dst: '198.51.100.20', sport: 17347, dport: 17347 }, reply: { proto: 'icmp', src: '198.51.100.20', dst: '198.51.100.5', sport: 17347, dport: 17347 }, state: 'NEW', timeoutS: 28, nat: ['masquerade'], assured: false }],
    });
    expect(line).toBe('icmp     1 28 src=10.10.10.100 dst=198.51.100.20 type=8 code=0 id=17347 [UNREPLIED] src=198.51.100.20 dst=198.51.100.5 type=0 code=0 id=17347 mark=0 zone=1 use=1\n');
  });
});
