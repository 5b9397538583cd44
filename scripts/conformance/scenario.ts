/**
 * A conformance scenario: one topology, a few traffic steps and the tables to compare.
 *
 * The file is a lab-style YAML document (id, title/description in ko and en) whose `conformance:`
 * block spells out the topology explicitly, device by device, with a MAC on every interface, so the
 * same description can be built both in Linux network namespaces and in the simulation kernel and
 * the learned MACs of the two can be compared one to one.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const Mac = z
  .string()
  .regex(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i, 'a MAC address like 02:00:00:00:01:01')
  .transform((m) => m.toLowerCase());
const Cidr = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, 'an address with prefix, like 192.0.2.5/24');
const Ip = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/, 'an IPv4 address');
const IfName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,14}$/, 'an interface name of at most 15 characters');
const NodeId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/, 'a node id: letters, digits, "_" or "-" (at most 21)');
const Endpoint = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}:[a-zA-Z][a-zA-Z0-9_.-]{0,14}$/, 'node:interface');

const Nic = z.object({ name: IfName, mac: Mac });

const Bridge = z.object({
  name: IfName,
  mac: Mac,
  ports: z.array(IfName).default([]),
  /** FDB ageing in seconds (Linux: ageing_time in centiseconds). Short values make ageing testable. */
  ageingS: z.number().positive().default(300),
});

const Route = z.object({
  dst: z.union([z.literal('default'), Cidr]),
  via: Ip.optional(),
  dev: IfName.optional(),
  onlink: z.boolean().default(false),
});

const Listen = z.object({ proto: z.enum(['tcp', 'udp']), port: z.number().int().min(1).max(65535) });

const Host = z.object({
  id: NodeId,
  kind: z.enum(['proxmox', 'guest', 'external', 'router']),
  nics: z.array(Nic).default([]),
  bridges: z.array(Bridge).default([]),
  addresses: z.record(IfName, z.array(Cidr)).default({}),
  routes: z.array(Route).default([]),
  /** sysctl name -> value; only net.ipv4.ip_forward and net.ipv4.conf.IF.proxy_arp are meaningful here. */
  sysctls: z.record(z.string(), z.number().int()).default({}),
  /** iptables arguments exactly as an admin writes them after `iptables`. */
  iptables: z.array(z.string()).default([]),
  listen: z.array(Listen).default([]),
});

const SwitchNode = z.object({
  id: NodeId,
  kind: z.enum(['switch', 'provider']),
  ports: z.array(IfName).min(1),
  ageingS: z.number().positive().default(300),
  /** provider: the only source MAC its customer port accepts. */
  registeredMac: Mac.optional(),
  customerPort: IfName.optional(),
});

const Node = z.union([Host, SwitchNode]);

const Link = z.tuple([Endpoint, Endpoint]);

/** Interfaces whose received-frame counter is compared for this step ("node:ifname"). */
const RxWatch = z.array(Endpoint).default([]);

const Ping = z.object({
  ping: z.object({
    from: z.string(),
    to: Ip,
    count: z.number().int().min(1).max(5).default(2),
    ttl: z.number().int().min(1).max(255).optional(),
    /**
     * ping -W: seconds ping waits for an answer after its last request (default 1). An ARP that fails
     * takes 3 s (mcast_solicit 3 x retrans_time 1 s), so ping prints the resulting "Destination Host
     * Unreachable" only with -W above that; with -W 1 it has exited already.
     */
    waitS: z.number().int().min(1).max(8).optional(),
    /** ping -I ADDR: the source address (one of the pinging host's own). */
    src: Ip.optional(),
  }),
  rx: RxWatch,
});
const Tcp = z.object({
  tcp: z.object({ from: z.string(), to: Ip, port: z.number().int(), sport: z.number().int().min(1024).max(65535) }),
  rx: RxWatch,
});
const Udp = z.object({
  udp: z.object({ from: z.string(), to: Ip, port: z.number().int(), sport: z.number().int().min(1024).max(65535) }),
  rx: RxWatch,
});
const Wait = z.object({ wait: z.object({ ms: z.number().int().min(1).max(15_000) }) });
/**
 * An admin's change between two steps on one host: sysctls written, iptables commands run (e.g. a
 * rule deleted with -D while a flow is tracked), addresses added, then addresses removed (adding the
 * new address first makes it a secondary that Linux promotes when the old one goes).
 */
const Change = z.object({
  change: z.object({
    on: NodeId,
    sysctls: z.record(z.string(), z.number().int()).default({}),
    iptables: z.array(z.string()).default([]),
    addrDel: z.record(IfName, z.array(Cidr)).default({}),
    addrAdd: z.record(IfName, z.array(Cidr)).default({}),
  }),
});

const Step = z.union([Ping, Tcp, Udp, Wait, Change]);

const Compare = z.object({
  /** Bridges ("node:bridge") and switches ("node") whose learned MACs are compared. */
  fdb: z.array(z.string()).default([]),
  /** Hosts whose neighbour (ARP) tables are compared. */
  neigh: z.array(z.string()).default([]),
  /** Hosts whose conntrack tables are compared (only meaningful where iptables rules load conntrack). */
  conntrack: z.array(z.string()).default([]),
  /**
   * Where Linux itself is nondeterministic (two answers racing on one wire), the outcomes Linux can
   * produce. `what` names a compared row as the table prints it ("arp pc", "vm100:eth0 (frames)",
   * "step 2 ..."); each side must show exactly one of `oneOf`, and any one agrees. `why` says what
   * races, and which outcome the kernel picks and why (it is deterministic: one of them, always).
   */
  races: z
    .array(z.object({ what: z.string().min(1), oneOf: z.array(z.string().min(1)).min(2), why: z.string().min(20) }))
    .default([]),
});

export const ScenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.object({ en: z.string(), ko: z.string() }),
  description: z.object({ en: z.string(), ko: z.string() }).optional(),
  /**
   * A Linux behaviour the kernel deliberately does not model (written down in FINDINGS.md): the
   * scenario stays valid and is listed as skipped with this reason instead of failing the suite.
   */
  skip: z.string().min(10).optional(),
  conformance: z.object({
    nodes: z.array(Node).min(1),
    links: z.array(Link).default([]),
    steps: z.array(Step).min(1),
    compare: Compare.default({ fdb: [], neigh: [], conntrack: [], races: [] }),
  }),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioNode = z.infer<typeof Node>;
export type HostSpec = z.infer<typeof Host>;
export type SwitchSpec = z.infer<typeof SwitchNode>;
export type StepSpec = z.infer<typeof Step>;

export function isHost(n: ScenarioNode): n is HostSpec {
  return n.kind === 'proxmox' || n.kind === 'guest' || n.kind === 'external' || n.kind === 'router';
}

export function splitEndpoint(ep: string): { node: string; port: string } {
  const i = ep.indexOf(':');
  return { node: ep.slice(0, i), port: ep.slice(i + 1) };
}

/** A clear, one-line-per-problem message instead of a stack trace when a scenario file is wrong. */
export class ScenarioError extends Error {}

export function loadScenario(file: string): Scenario {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    const err = e as { message?: string; linePos?: Array<{ line: number; col: number }> };
    const pos = err.linePos?.[0];
    throw new ScenarioError(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: YAML error: ${err.message ?? String(e)}`);
  }
  const parsed = ScenarioSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ScenarioError(lines.join('\n'));
  }
  checkReferences(file, parsed.data);
  return parsed.data;
}

/** Every link end, step host and compared table must name something the scenario defines. */
function checkReferences(file: string, s: Scenario): void {
  const problems: string[] = [];
  const ids = new Map(s.conformance.nodes.map((n) => [n.id, n]));
  const ifaces = new Set<string>();
  for (const n of s.conformance.nodes) {
    if (isHost(n)) for (const nic of n.nics) ifaces.add(`${n.id}:${nic.name}`);
    else for (const p of n.ports) ifaces.add(`${n.id}:${p}`);
  }
  for (const [a, b] of s.conformance.links) for (const ep of [a, b]) if (!ifaces.has(ep)) problems.push(`link end ${ep} is not a NIC or switch port of any node`);
  for (const step of s.conformance.steps) {
    const from = 'ping' in step ? step.ping.from : 'tcp' in step ? step.tcp.from : 'udp' in step ? step.udp.from : 'change' in step ? step.change.on : undefined;
    if (from !== undefined && !(ids.get(from) && isHost(ids.get(from)!))) problems.push(`step host ${from} is not a host`);
    if ('rx' in step) for (const ep of step.rx) if (!ifaces.has(ep)) problems.push(`rx counter ${ep} is not an interface`);
  }
  for (const key of s.conformance.compare.fdb) {
    const [node, br] = key.split(':');
    const n = ids.get(node ?? '');
    if (!n || (isHost(n) ? !n.bridges.some((b) => b.name === br) : br !== undefined)) problems.push(`fdb ${key} is not a bridge (node:bridge) or a switch (node)`);
  }
  for (const key of [...s.conformance.compare.neigh, ...s.conformance.compare.conntrack]) {
    const n = ids.get(key);
    if (!n || !isHost(n)) problems.push(`${key} is not a host`);
  }
  if (problems.length) throw new ScenarioError(problems.map((p) => `${file}: ${p}`).join('\n'));
}

/** `--only TEXT` looks at a scenario's id and its file's own name: a folder path would match almost any text. */
export function matchesOnly(p: { id: string; file: string }, text: string): boolean {
  return p.id.includes(text) || basename(p.file).includes(text);
}
