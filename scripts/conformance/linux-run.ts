/**
 * Runs a scenario's steps with the real tools (ping, OpenBSD nc, sleep) and reads the real tables
 * back (bridge fdb, ip neigh, conntrack), normalised into Observations.
 */
import { inNs, must, run, sleep } from './sh.ts';
import { shellWords } from './linux-build.ts';
import type { LinuxTopology } from './linux-build.ts';
import { SWITCH_BRIDGE } from './linux-build.ts';
import { emptyObservations, formatCt, macOwners, ownerOf, udpToken, type CtRow, type CtTuple, type Observations } from './observations.ts';
import { isHost, splitEndpoint, type Scenario, type StepSpec } from './scenario.ts';

function rxPackets(topo: LinuxTopology, ep: string): number {
  const { node, port } = splitEndpoint(ep);
  const r = run(inNs(topo.nsOf(node), ['cat', `/sys/class/net/${port}/statistics/rx_packets`]));
  return Number(r.stdout.trim()) || 0;
}

/** ping's own summary: replies received, the TTLs they arrived with, ICMP errors and who sent them. */
export function parsePing(out: string, count: number): string {
  const received = Number(/(\d+) received/.exec(out)?.[1] ?? 0);
  const ttls = [...new Set([...out.matchAll(/bytes from [\d.]+: icmp_seq=\d+ ttl=(\d+)/g)].map((m) => m[1]))];
  const errors = new Set<string>();
  for (const m of out.matchAll(/From ([\d.]+)(?: icmp_seq=\d+)? (Time to live exceeded|Destination Net Unreachable|Destination Host Unreachable|Destination Port Unreachable)/g)) {
    errors.add(`${m[2]!.toLowerCase().replace(/ /g, '-')} from ${m[1]}`);
  }
  let text = `replies ${received}/${count}`;
  if (ttls.length) text += ` ttl=${ttls.join(',')}`;
  if (errors.size) text += ` (${[...errors].sort().join('; ')})`;
  return text;
}

/** OpenBSD nc -zv reports the outcome of connect() in words. */
export function parseNc(out: string, code: number): string {
  if (/succeeded/.test(out)) return 'established';
  if (/refused/i.test(out)) return 'refused';
  if (/No route to host|Network is unreachable|Host is unreachable/i.test(out)) return 'unreachable';
  if (/timed out/i.test(out) || code !== 0) return 'timeout';
  return 'established';
}

async function runStep(topo: LinuxTopology, step: StepSpec, index: number): Promise<string> {
  if ('wait' in step) {
    await sleep(step.wait.ms);
    return `waited ${step.wait.ms} ms`;
  }
  if ('change' in step) {
    const c = step.change;
    const ns = topo.nsOf(c.on);
    for (const [k, v] of Object.entries(c.sysctls)) must(inNs(ns, ['sysctl', '-q', '-w', `${k}=${v}`]));
    for (const rule of c.iptables) must(inNs(ns, ['iptables', ...shellWords(rule)]));
    for (const [dev, cidrs] of Object.entries(c.addrAdd)) for (const x of cidrs) must(inNs(ns, ['ip', 'addr', 'add', x, 'dev', dev]));
    for (const [dev, cidrs] of Object.entries(c.addrDel)) for (const x of cidrs) must(inNs(ns, ['ip', 'addr', 'del', x, 'dev', dev]));
    return 'changed';
  }
  if ('ping' in step) {
    const p = step.ping;
    const argv = ['ping', '-n', '-c', String(p.count), '-i', '0.2', '-W', String(p.waitS ?? 1)];
    if (p.ttl !== undefined) argv.push('-t', String(p.ttl));
    if (p.src !== undefined) argv.push('-I', p.src);
    const r = run(inNs(topo.nsOf(p.from), [...argv, p.to]), { timeoutMs: 10_000 + (p.waitS ?? 1) * 1000 });
    return parsePing(r.stdout + r.stderr, p.count);
  }
  if ('tcp' in step) {
    const t = step.tcp;
    const r = run(inNs(topo.nsOf(t.from), ['nc', '-z', '-v', '-n', '-w', '2', '-p', String(t.sport), t.to, String(t.port)]), { timeoutMs: 8_000 });
    return parseNc(r.stdout + r.stderr, r.code);
  }
  const u = step.udp;
  const token = udpToken(index, process.pid);
  // -q 0: quit once the datagram is sent (stdin at EOF) instead of idling for -w's second.
  run(inNs(topo.nsOf(u.from), ['nc', '-u', '-n', '-w', '1', '-q', '0', '-p', String(u.sport), u.to, String(u.port)]), { input: `${token}\n`, timeoutMs: 5_000 });
  await sleep(150);
  const got = topo.udpListeners(u.port).filter((node) => topo.udpOutput(node, u.port).includes(token));
  return got.length ? `delivered to ${got.join(', ')}` : 'not delivered';
}

export async function runStepsOnLinux(s: Scenario, topo: LinuxTopology): Promise<Observations> {
  const obs = emptyObservations();
  // Let listeners bind before the first step.
  await sleep(200);
  for (const [i, step] of s.conformance.steps.entries()) {
    const watched = 'rx' in step ? step.rx : [];
    const before = watched.map((ep) => rxPackets(topo, ep));
    obs.steps.push(await runStep(topo, step, i + 1));
    watched.forEach((ep, j) => (obs.rx[`step ${i + 1} rx ${ep}`] = rxPackets(topo, ep) - before[j]!));
  }
  readState(s, topo, obs);
  return obs;
}

interface FdbJson {
  mac: string;
  ifname: string;
  flags?: string[];
  state?: string;
  master?: string;
}

interface NeighJson {
  dst: string;
  dev: string;
  lladdr?: string;
  state?: string[];
}

function readState(s: Scenario, topo: LinuxTopology, obs: Observations): void {
  const owners = macOwners(s);
  const byId = new Map(s.conformance.nodes.map((n) => [n.id, n]));
  for (const key of s.conformance.compare.fdb) {
    const [node, br] = key.split(':') as [string, string | undefined];
    const bridge = br ?? SWITCH_BRIDGE;
    const out = run(inNs(topo.nsOf(node), ['bridge', '-j', 'fdb', 'show', 'br', bridge])).stdout;
    const rows = (JSON.parse(out || '[]') as FdbJson[])
      .filter((e) => e.state !== 'permanent' && !(e.flags ?? []).includes('self') && !(parseInt(e.mac.slice(0, 2), 16) & 1))
      .map((e) => `${ownerOf(owners, e.mac)} on ${e.ifname}`);
    obs.fdb[key] = rows.sort();
  }
  for (const node of s.conformance.compare.neigh) {
    const out = run(inNs(topo.nsOf(node), ['ip', '-4', '-j', 'neigh', 'show'])).stdout;
    const rows = (JSON.parse(out || '[]') as NeighJson[])
      .filter((e) => !(e.state ?? []).some((st) => st === 'NOARP' || st === 'PERMANENT'))
      .map((e) => `${e.dst} dev ${e.dev} -> ${e.lladdr ? ownerOf(owners, e.lladdr) : 'unresolved'}`);
    obs.neigh[node] = rows.sort();
  }
  for (const node of s.conformance.compare.conntrack) {
    const n = byId.get(node);
    if (!n || !isHost(n)) continue;
    const out = run(inNs(topo.nsOf(node), ['conntrack', '-L'])).stdout;
    obs.conntrack[node] = parseConntrack(out).map(formatCt).sort();
  }
}

/** `conntrack -L` lines: the first src/dst/ports (or ICMP id) are the original tuple, the second the reply. */
export function parseConntrack(text: string): CtRow[] {
  const rows: CtRow[] = [];
  for (const line of text.split('\n')) {
    const proto = /^\s*(?:ipv4\s+\d+\s+)?(tcp|udp|icmp)\b/.exec(line)?.[1];
    if (!proto) continue;
    const tuples: CtTuple[] = [];
    let zone = 0;
    for (const m of line.matchAll(/(\w+)=(\S+)/g)) {
      const [k, v] = [m[1]!, m[2]!];
      if (k === 'zone') zone = Number(v);
      if (k === 'src') tuples.push({ src: v, dst: '' });
      const cur = tuples[tuples.length - 1];
      if (!cur) continue;
      if (k === 'dst') cur.dst = v;
      if (k === 'sport' || k === 'id') cur.sport = Number(v);
      if (k === 'dport') cur.dport = Number(v);
    }
    if (tuples.length >= 2) rows.push({ proto, zone, orig: tuples[0]!, reply: tuples[1]!, unreplied: line.includes('[UNREPLIED]') });
  }
  return rows;
}
