/**
 * Runs a scenario in the simulation kernel: the same nodes, MACs, links and steps as the Linux
 * side, with the tools' settings mirrored (ping -i 0.2 -W 1, nc -w 2), read back into the same
 * normalised Observations.
 */
import { Sim, type PingHandle, type SimSnapshot } from '../../src/sim/index.ts';
import { iptablesArgsToRule, iptablesPolicyOf } from './iptables-args.ts';
import { emptyObservations, formatCt, macOwners, ownerOf, udpToken, type Observations } from './observations.ts';
import { LINUX_DELAY_FIRST_PROBE_S } from './linux-build.ts';
import { isHost, splitEndpoint, type HostSpec, type Scenario, type StepSpec } from './scenario.ts';

const PING_INTERVAL_MS = 200;
/** ping -W 1 unless the step says otherwise (`waitS`). */
const PING_WAIT_MS = 1000;
const TCP_WAIT_MS = 2000;
/** ping's words for the ICMP unreachable codes, as parsePing writes them. */
const UNREACHABLE_WORDS: Record<number, string> = { 0: 'destination-net-unreachable', 1: 'destination-host-unreachable', 3: 'destination-port-unreachable' };

export function buildInSim(s: Scenario, seed = 1): Sim {
  const sim = new Sim({ seed });
  for (const n of s.conformance.nodes) {
    if (isHost(n)) buildHost(sim, n);
    else {
      sim.addSwitch({
        id: n.id,
        kind: n.kind === 'provider' ? 'provider' : 'learning',
        ageingMs: n.ageingS * 1000,
        ...(n.registeredMac !== undefined ? { registeredMac: n.registeredMac } : {}),
        ...(n.customerPort !== undefined ? { customerPort: n.customerPort } : {}),
      });
    }
  }
  for (const [a, b] of s.conformance.links) sim.connect(splitEndpoint(a), splitEndpoint(b));
  return sim;
}

function buildHost(sim: Sim, h: HostSpec): void {
  const host = sim.addHost({ id: h.id, kind: h.kind });
  for (const nic of h.nics) host.addNic(nic.name, nic.mac);
  for (const br of h.bridges) host.addBridge(br.name, { ports: br.ports, mac: br.mac, ageingS: br.ageingS, stp: false });
  for (const [dev, cidrs] of Object.entries(h.addresses)) for (const c of cidrs) host.addAddress(dev, c);
  for (const r of h.routes) {
    host.addRoute({ dst: r.dst, ...(r.via !== undefined ? { via: r.via } : {}), ...(r.dev !== undefined ? { dev: r.dev } : {}), onlink: r.onlink });
  }
  // linux-build.ts moves every interface's DELAY -> PROBE re-check to 60 s; scenarios may set it back.
  for (const dev of [...h.nics.map((n) => n.name), ...h.bridges.map((b) => b.name)]) host.setSysctl(`net.ipv4.neigh.${dev}.delay_first_probe_time`, LINUX_DELAY_FIRST_PROBE_S);
  for (const [k, v] of Object.entries(h.sysctls)) host.setSysctl(k, v);
  for (const rule of h.iptables) {
    const policy = iptablesPolicyOf(rule);
    if (policy) host.iptablesPolicy(policy.table, policy.chain, policy.policy);
    else host.iptables(iptablesArgsToRule(rule));
  }
  for (const l of h.listen) host.listen(l.proto, l.port);
}

/** Runs the clock in small slices until the action has an outcome (bounded). */
function runUntil(sim: Sim, done: () => boolean, capMs: number): void {
  for (let t = 0; t < capMs && !done(); t += 10) sim.advance(10);
}

function describePing(sim: Sim, from: string, h: PingHandle, traceStart: number): string {
  const ttls = new Set<number>();
  for (const ev of sim.trace.slice(traceStart)) {
    const icmp = ev.frame?.ip?.icmp;
    if (ev.code === 'deliver' && ev.node === from && icmp?.kind === 'echo-reply' && icmp.id === h.icmpId) ttls.add(ev.frame!.ip!.ttl);
  }
  // Every error ping would print counts, the pinging host's own address included: Linux reports a
  // failed ARP for a local packet as an ICMP host unreachable from the host itself (arp_error_report
  // -> icmp_send), and parsePing keeps those lines.
  const errors = new Set<string>();
  for (const r of h.results) {
    if (!r.from) continue;
    if (r.result === 'ttl_exceeded') errors.add(`time-to-live-exceeded from ${r.from}`);
    if (r.result === 'unreachable') errors.add(`${UNREACHABLE_WORDS[r.code ?? -1] ?? 'unreachable'} from ${r.from}`);
  }
  let text = `replies ${h.received}/${h.count}`;
  if (ttls.size) text += ` ttl=${[...ttls].join(',')}`;
  if (errors.size) text += ` (${[...errors].sort().join('; ')})`;
  return text;
}

function applyChange(sim: Sim, c: Extract<StepSpec, { change: unknown }>['change']): void {
  const host = sim.host(c.on);
  for (const [k, v] of Object.entries(c.sysctls)) host.setSysctl(k, v);
  for (const rule of c.iptables) {
    const policy = iptablesPolicyOf(rule);
    if (policy) host.iptablesPolicy(policy.table, policy.chain, policy.policy);
    else host.iptables(iptablesArgsToRule(rule));
  }
  for (const [dev, cidrs] of Object.entries(c.addrAdd)) for (const x of cidrs) host.addAddress(dev, x);
  for (const [dev, cidrs] of Object.entries(c.addrDel)) for (const x of cidrs) host.removeAddress(dev, x);
}

function runStep(sim: Sim, step: StepSpec, index: number): string {
  if ('change' in step) {
    applyChange(sim, step.change);
    return 'changed';
  }
  if ('wait' in step) {
    sim.advance(step.wait.ms);
    return `waited ${step.wait.ms} ms`;
  }
  if ('ping' in step) {
    const p = step.ping;
    const start = sim.trace.length;
    const waitMs = p.waitS !== undefined ? p.waitS * 1000 : PING_WAIT_MS;
    const h = sim.ping(p.from, p.to, { count: p.count, intervalMs: PING_INTERVAL_MS, timeoutMs: waitMs, ...(p.ttl !== undefined ? { ttl: p.ttl } : {}), ...(p.src !== undefined ? { src: p.src } : {}) });
    runUntil(sim, () => h.done, (p.count - 1) * PING_INTERVAL_MS + waitMs + 500);
    return describePing(sim, p.from, h, start);
  }
  if ('tcp' in step) {
    const t = step.tcp;
    const h = sim.tcpConnect(t.from, t.to, t.port, { srcPort: t.sport, timeoutMs: TCP_WAIT_MS });
    runUntil(sim, () => h.outcome !== 'pending', TCP_WAIT_MS + 500);
    return h.outcome === 'pending' ? 'timeout' : h.outcome;
  }
  const u = step.udp;
  const h = sim.udpSend(u.from, u.to, u.port, { srcPort: u.sport, payload: `${udpToken(index, 0)}\n` });
  runUntil(sim, () => h.outcome !== 'pending', 3000);
  return (h.outcome === 'delivered' || h.outcome === 'replied') && h.seenBy ? `delivered to ${h.seenBy.host}` : 'not delivered';
}

export function runInSim(s: Scenario, seed = 1): Observations {
  return runScenarioInSim(s, seed).obs;
}

/** The scenario's steps run in the kernel: the observations, and the kernel as they leave it. */
export function runScenarioInSim(s: Scenario, seed = 1): { sim: Sim; obs: Observations } {
  const sim = buildInSim(s, seed);
  const obs = emptyObservations();
  for (const [i, step] of s.conformance.steps.entries()) {
    const start = sim.trace.length;
    obs.steps.push(runStep(sim, step, i + 1));
    if ('rx' in step) {
      for (const ep of step.rx) {
        obs.rx[`step ${i + 1} rx ${ep}`] = sim.trace.slice(start).filter((ev) => ev.code === 'link.tx' && ev.params['to'] === ep).length;
      }
    }
  }
  readState(s, sim.snapshot(), obs);
  return { sim, obs };
}

const isGroup = (mac: string): boolean => (parseInt(mac.slice(0, 2), 16) & 1) === 1;

function readState(s: Scenario, snap: SimSnapshot, obs: Observations): void {
  const owners = macOwners(s);
  for (const key of s.conformance.compare.fdb) {
    const [node, br] = key.split(':') as [string, string | undefined];
    const fdb = br
      ? snap.hosts.find((h) => h.id === node)?.bridges.find((b) => b.name === br)?.fdb
      : snap.switches.find((sw) => sw.id === node)?.fdb;
    obs.fdb[key] = (fdb ?? [])
      .filter((e) => !e.local && !isGroup(e.mac))
      .map((e) => `${ownerOf(owners, e.mac)} on ${e.port}`)
      .sort();
  }
  for (const node of s.conformance.compare.neigh) {
    const h = snap.hosts.find((x) => x.id === node);
    obs.neigh[node] = (h?.neighbours ?? []).map((e) => `${e.ip} dev ${e.dev} -> ${e.mac ? ownerOf(owners, e.mac) : 'unresolved'}`).sort();
  }
  for (const node of s.conformance.compare.conntrack) {
    const h = snap.hosts.find((x) => x.id === node);
    obs.conntrack[node] = (h?.conntrack ?? [])
      .map((c) => formatCt({ proto: c.proto, zone: c.zone, orig: c.orig, reply: c.reply, unreplied: c.state === 'NEW' }))
      .sort();
  }
}
