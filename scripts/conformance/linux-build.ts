/**
 * Builds a scenario's topology out of real Linux pieces: one network namespace per node, veth
 * pairs for links, Linux bridges for Proxmox bridges and for switches, ebtables for the provider's
 * one-MAC port, then addresses, routes, sysctls and iptables rules.
 *
 * Noise that would make two runs differ is switched off, because the kernel does not model it:
 * IPv6 (router solicitations and MLD reports make bridges learn MACs at random moments), bridge
 * multicast snooping (IGMP queries), br_netfilter (bridged frames would pass through iptables),
 * the random proxy ARP delay, and the 5 s DELAY->PROBE re-check of stale neighbours (moved past the
 * end of every scenario so it cannot refresh bridge FDB entries in the middle of an ageing test).
 */
import { background, inNs, must, run, sleep } from './sh.ts';
import type { NamespaceSet } from './netns.ts';
import { isHost, splitEndpoint, type HostSpec, type Scenario, type SwitchSpec } from './scenario.ts';

/**
 * delay_first_probe_time on every interface (Linux: 5 s): past the end of every scenario, so the
 * DELAY -> PROBE re-check cannot refresh bridge FDB entries in the middle of an ageing test. The
 * kernel is given the same value (sim-run.ts); a scenario about the re-check sets its own.
 */
export const LINUX_DELAY_FIRST_PROBE_S = 60;

/** The bridge device that stands for a physical switch inside its namespace. */
export const SWITCH_BRIDGE = 'sw';

export interface LinuxTopology {
  nsOf(nodeId: string): string;
  /** Output of the UDP listeners, per "node:port". */
  udpOutput(nodeId: string, port: number): string;
  udpListeners(port: number): string[];
}

/**
 * A new namespace copies conf/all and conf/default (ip_forward included) from the machine's own
 * namespace (net.core.devconf_inherit_init_net 0), so a CI host with ip_forward 1 (Docker) or
 * systemd's rp_filter 2 would hand those to every node. Each namespace starts from the values the
 * kernel assumes instead (promote_secondaries 1 as on Debian/Proxmox; the kernel always promotes);
 * scenarios write what they are about on top.
 */
export const BASELINE_SYSCTLS: ReadonlyArray<readonly [string, number]> = [
  ['net.ipv4.ip_forward', 0],
  ...['all', 'default'].flatMap((c) => [
    [`net.ipv4.conf.${c}.forwarding`, 0],
    [`net.ipv4.conf.${c}.rp_filter`, 0],
    [`net.ipv4.conf.${c}.accept_local`, 0],
    [`net.ipv4.conf.${c}.arp_ignore`, 0],
    [`net.ipv4.conf.${c}.arp_announce`, 0],
    [`net.ipv4.conf.${c}.proxy_arp`, 0],
    [`net.ipv4.conf.${c}.promote_secondaries`, 1],
  ] as const),
];

function sysctl(ns: string, key: string, value: number | string): void {
  must(inNs(ns, ['sysctl', '-q', '-w', `${key}=${value}`]));
}

/** Splits iptables arguments as a shell would for the simple quoting admins use ('...' and "..."). */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) words.push(m[1] ?? m[2] ?? m[3] ?? '');
  return words;
}

function switchPortMac(nodeIndex: number, portIndex: number): string {
  return `02:5e:00:00:${nodeIndex.toString(16).padStart(2, '0')}:${portIndex.toString(16).padStart(2, '0')}`;
}

export function buildOnLinux(s: Scenario, nsSet: NamespaceSet): LinuxTopology {
  const nodes = s.conformance.nodes;
  const nsOf = (id: string): string => nsSet.name(id);
  const macOf = new Map<string, string>();
  nodes.forEach((n, i) => {
    if (isHost(n)) for (const nic of n.nics) macOf.set(`${n.id}:${nic.name}`, nic.mac);
    else n.ports.forEach((p, j) => macOf.set(`${n.id}:${p}`, switchPortMac(i + 1, j + 1)));
  });

  for (const n of nodes) {
    const ns = nsSet.create(n.id);
    sysctl(ns, 'net.ipv6.conf.all.disable_ipv6', 1);
    sysctl(ns, 'net.ipv6.conf.default.disable_ipv6', 1);
    for (const [key, value] of BASELINE_SYSCTLS) sysctl(ns, key, value);
    must(inNs(ns, ['ip', 'link', 'set', 'lo', 'up']));
  }

  const linked = new Set<string>();
  for (const [a, b] of s.conformance.links) {
    const ea = splitEndpoint(a);
    const eb = splitEndpoint(b);
    must([
      'ip', 'link', 'add', ea.port, 'address', macOf.get(a)!, 'netns', nsOf(ea.node), 'type', 'veth',
      'peer', 'name', eb.port, 'address', macOf.get(b)!, 'netns', nsOf(eb.node),
    ]);
    linked.add(a);
    linked.add(b);
  }

  for (const n of nodes) {
    const ns = nsOf(n.id);
    if (isHost(n)) buildHost(ns, n, linked);
    else buildSwitch(ns, n);
  }

  const udp = new Map<string, () => string>();
  for (const n of nodes) {
    if (!isHost(n)) continue;
    for (const l of n.listen) {
      const argv = l.proto === 'tcp' ? ['nc', '-d', '-n', '-l', '-k', String(l.port)] : ['nc', '-d', '-n', '-u', '-l', '-k', String(l.port)];
      const bg = background(inNs(nsOf(n.id), argv));
      nsSet.adopt(bg.child);
      if (l.proto === 'udp') udp.set(`${n.id}:${l.port}`, bg.output);
    }
  }

  return {
    nsOf,
    udpOutput: (node, port) => udp.get(`${node}:${port}`)?.() ?? '',
    udpListeners: (port) => [...udp.keys()].filter((k) => k.endsWith(`:${port}`)).map((k) => k.split(':')[0]!),
  };
}

function buildHost(ns: string, h: HostSpec, linked: Set<string>): void {
  // A NIC with no cable: one end of a veth pair whose other end stays down in the same namespace
  // (no carrier, like an unplugged port; the dummy module is not available everywhere).
  h.nics.forEach((nic, i) => {
    if (!linked.has(`${h.id}:${nic.name}`)) must(inNs(ns, ['ip', 'link', 'add', nic.name, 'address', nic.mac, 'type', 'veth', 'peer', 'name', `nmcu${i}`]));
  });
  const ifnames = [...h.nics.map((n) => n.name), ...h.bridges.map((b) => b.name)];
  if (h.bridges.length) sysctl(ns, 'net.bridge.bridge-nf-call-iptables', 0);
  for (const br of h.bridges) {
    must(inNs(ns, [
      'ip', 'link', 'add', br.name, 'address', br.mac, 'type', 'bridge',
      'stp_state', '0', 'mcast_snooping', '0', 'ageing_time', String(Math.round(br.ageingS * 100)),
    ]));
    for (const p of br.ports) must(inNs(ns, ['ip', 'link', 'set', p, 'master', br.name]));
  }
  for (const ifname of ifnames) {
    must(inNs(ns, ['ip', 'link', 'set', ifname, 'up']));
    sysctl(ns, `net.ipv4.neigh.${ifname}.proxy_delay`, 0);
    sysctl(ns, `net.ipv4.neigh.${ifname}.delay_first_probe_time`, LINUX_DELAY_FIRST_PROBE_S);
  }
  for (const [ifname, cidrs] of Object.entries(h.addresses)) {
    for (const c of cidrs) must(inNs(ns, ['ip', 'addr', 'add', c, 'dev', ifname]));
  }
  for (const r of h.routes) {
    const argv = ['ip', 'route', 'add', r.dst];
    if (r.via) argv.push('via', r.via);
    if (r.dev) argv.push('dev', r.dev);
    if (r.onlink) argv.push('onlink');
    must(inNs(ns, argv));
  }
  // On top of BASELINE_SYSCTLS: only what the scenario sets is changed.
  for (const [key, value] of Object.entries(h.sysctls)) sysctl(ns, key, value);
  for (const rule of h.iptables) must(inNs(ns, ['iptables', ...shellWords(rule)]));
}

function buildSwitch(ns: string, sw: SwitchSpec): void {
  must(inNs(ns, [
    'ip', 'link', 'add', SWITCH_BRIDGE, 'type', 'bridge',
    'stp_state', '0', 'mcast_snooping', '0', 'ageing_time', String(Math.round(sw.ageingS * 100)),
  ]));
  sysctl(ns, 'net.bridge.bridge-nf-call-iptables', 0);
  for (const p of sw.ports) {
    must(inNs(ns, ['ip', 'link', 'set', p, 'master', SWITCH_BRIDGE]));
    must(inNs(ns, ['ip', 'link', 'set', p, 'up']));
  }
  must(inNs(ns, ['ip', 'link', 'set', SWITCH_BRIDGE, 'up']));
  if (sw.kind === 'provider' && sw.registeredMac) {
    const port = sw.customerPort ?? sw.ports[0]!;
    // The provider's port: frames from any other source MAC are dropped on ingress (nat PREROUTING
    // runs before the bridge learns), like port security on a hosting provider's access switch.
    const rule = ['-t', 'nat', '-A', 'PREROUTING', '-i', port, '!', '-s', sw.registeredMac, '-j', 'DROP'];
    const r = run(inNs(ns, ['ebtables', ...rule]));
    if (r.code !== 0) must(inNs(ns, ['ebtables', '-t', 'nat', '-A', 'PREROUTING', '-i', port, '-s', '!', sw.registeredMac, '-j', 'DROP']));
  }
}

/**
 * Waits until every link is up and every bridge port forwards. A veth's carrier reaches the bridge
 * through linkwatch, which can take up to a second; traffic sent before that is silently lost.
 */
export async function waitSettled(s: Scenario, topo: LinuxTopology, timeoutMs = 4_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const wired = new Set(s.conformance.links.flat());
  for (;;) {
    const pending: string[] = [];
    for (const n of s.conformance.nodes) {
      const ns = topo.nsOf(n.id);
      const links = JSON.parse(run(inNs(ns, ['ip', '-j', 'link', 'show'])).stdout || '[]') as Array<{ ifname: string; flags?: string[] }>;
      for (const l of links) {
        if (wired.has(`${n.id}:${l.ifname}`) && !(l.flags ?? []).includes('LOWER_UP')) pending.push(`${n.id}:${l.ifname}`);
      }
      const ports = JSON.parse(run(inNs(ns, ['bridge', '-j', 'link', 'show'])).stdout || '[]') as Array<{ ifname: string; state?: string }>;
      for (const p of ports) if (p.state !== 'forwarding') pending.push(`${n.id}:${p.ifname} (${p.state ?? '?'})`);
    }
    if (!pending.length) return;
    if (Date.now() > deadline) throw new Error(`links did not come up within ${timeoutMs} ms: ${pending.join(', ')}`);
    await sleep(50);
  }
}
