/**
 * Any lab file (the format of content/labs, issue 4) as a conformance scenario. The lab is loaded
 * and built by the product's own code (src/labs -> src/config -> src/sim); the topology it built,
 * with every MAC, bridge port, address, route and sysctl, is read from the kernel's snapshot, and
 * the iptables rules from the host's interfaces text (the very commands ifupdown would run). Real
 * Linux and the kernel then run that same explicit scenario.
 *
 * What Linux namespaces here cannot reproduce makes the lab "skipped" with the reason: bonds (no
 * bonding module), VLAN devices and VLAN-aware bridges, STP, LACP switches, cable unplug/plug,
 * traffic that overlaps the next step.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { messageText } from '../../src/config/index.ts';
import { loadLab, runLab, solutionOf, solutionSteps, variantsOf, type LabStep } from '../../src/labs/index.ts';
import { ScenarioError, ScenarioSchema, type HostSpec, type Scenario, type ScenarioNode, type StepSpec } from './scenario.ts';

export type LabScenario = { scenario: Scenario } | { skip: string; id: string };

const MAX_PING = 5;

/** `post-up iptables -t nat -A ...` lines of the interfaces text, as the arguments after `iptables`. */
export function iptablesFromInterfaces(text: string): string[] {
  const rules: string[] = [];
  const joined = text.replace(/\\\n/g, ' ');
  for (const line of joined.split('\n')) {
    const m = /^\s*(?:pre-up|up|post-up)\s+(?:\S*\/)?iptables\s+(.+?)\s*$/.exec(line);
    if (m) rules.push(m[1]!);
  }
  return rules;
}

/** A switch port as a Linux interface name: the site's labs call them "port 1" as the lessons do. */
const ifName = (port: string) => port.replace(/\s+/g, '');

/** Steps that change the set-up mid-run; the Linux side replays traffic on a fixed topology only. */
const CONFIG_STEPS = ['sysctl', 'flushNeigh', 'iptables', 'bridge', 'attach'];

/**
 * One scenario per variant of the lab. A site lab (reader actions and a solution) runs its
 * solution; the part after the first step that changes the set-up (a sysctl, an ARP flush, a new
 * rule or bridge) or waits for minutes is left out, since both sides build the topology once and
 * a scenario waits 15 s at most; the title says so.
 */
export function scenariosFromLab(file: string): LabScenario[] {
  const loaded = loadFile(file);
  const lab = loaded.lab!;
  return variantsOf(lab).map((variant) => {
    const solution = lab.actions ? solutionOf(lab, variant) : undefined;
    const all: LabStep[] = solution ? solutionSteps(lab, solution, variant) : lab.steps;
    const cut = all.findIndex((s) => CONFIG_STEPS.some((k) => k in s) || ('wait' in s && s.wait > 15_000));
    return scenarioFromLab(file, { loaded, ...(variant !== undefined ? { variant } : {}), steps: cut < 0 ? all : all.slice(0, cut), partial: cut >= 0 });
  });
}

function loadFile(file: string) {
  const text = readFileSync(file, 'utf8');
  const loaded = loadLab(text, {
    file,
    readFile: (p) => {
      try {
        return readFileSync(resolve(dirname(file), p), 'utf8');
      } catch {
        return undefined;
      }
    },
  });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.lab || errors.length) {
    throw new ScenarioError(errors.map((d) => `${d.file ?? file}:${d.span.line}:${d.span.col}: error: ${messageText(d, 'en')} [${d.code}]`).join('\n') || `${file}: not a valid lab`);
  }
  return loaded;
}

export function scenarioFromLab(file: string, opts: { loaded?: ReturnType<typeof loadFile>; variant?: string; steps?: LabStep[]; partial?: boolean } = {}): LabScenario {
  const loaded = opts.loaded ?? loadFile(file);
  const lab = loaded.lab!;
  const id = opts.variant !== undefined ? `${lab.id}-${opts.variant}` : lab.id;
  const skip = (why: string): LabScenario => ({ skip: why, id });
  const labSteps = opts.steps ?? lab.steps;

  for (const step of labSteps) {
    if ('unplug' in step || 'plug' in step) return skip('unplugs or plugs a cable');
    const traffic = 'ping' in step ? step.ping : 'tcp' in step ? step.tcp : 'udp' in step ? step.udp : undefined;
    if (traffic?.wait === false) return skip('runs traffic in the background of later steps');
    if ('wait' in step && step.wait > 15_000) return skip('waits longer than 15 s');
  }

  const run = runLab(loaded, { ...(opts.variant !== undefined ? { variant: opts.variant } : {}), steps: labSteps });
  if (run.notes.length) return skip(`the lab did not build cleanly: ${run.notes.map((n) => `${n.what}: ${n.why}`).join('; ')}`);
  const snap = run.snapshot;
  const hostId = lab.host.id ?? 'pve';
  const rules = loaded.interfaces ? iptablesFromInterfaces(loaded.interfaces.text) : [];

  const nodes: ScenarioNode[] = [];
  for (const h of snap.hosts) {
    if (h.bonds.length) return skip(`host ${h.id} has a bond (the bonding module is not available; see hash-reference.test.ts)`);
    if (h.devices.some((d) => d.kind === 'vlan')) return skip(`host ${h.id} has a VLAN device`);
    if (h.bridges.some((b) => b.stp || b.vlanAware)) return skip(`host ${h.id} has a bridge with STP or VLAN awareness`);
    const node: HostSpec = {
      id: h.id,
      kind: h.kind,
      nics: h.devices.filter((d) => d.kind === 'nic' || d.kind === 'tap').map((d) => ({ name: d.name, mac: d.mac })),
      bridges: h.bridges.map((b) => ({ name: b.name, mac: b.mac, ports: b.ports, ageingS: b.ageingS })),
      addresses: Object.fromEntries(h.devices.filter((d) => d.addresses.length).map((d) => [d.name, d.addresses])),
      routes: h.routes
        .filter((r) => r.proto === 'static')
        .map((r) => ({ dst: r.dst === '0.0.0.0/0' ? 'default' : r.dst, ...(r.via !== undefined ? { via: r.via } : { dev: r.dev }), onlink: false })),
      sysctls: Object.fromEntries(Object.entries(h.sysctls).filter(([k]) => k === 'net.ipv4.ip_forward' || /^net\.ipv4\.conf\.[^.]+\.proxy_arp$/.test(k))),
      iptables: h.id === hostId ? rules : [],
      listen: h.listening.map((l) => {
        const [proto, port] = l.split(':');
        return { proto: proto === 'udp' ? 'udp' : 'tcp', port: Number(port) };
      }),
    };
    nodes.push(node);
  }
  for (const sw of snap.switches) {
    if (sw.kind === 'lacp') return skip(`switch ${sw.id} speaks LACP (needs the bonding module on the host side)`);
    const ageingS = lab.world?.switches?.find((x) => x.id === sw.id)?.ageingS ?? 300;
    nodes.push({
      id: sw.id,
      kind: sw.kind === 'provider' ? 'provider' : 'switch',
      ports: sw.ports.map(ifName),
      ageingS,
      ...(sw.registeredMac !== undefined ? { registeredMac: sw.registeredMac } : {}),
      ...(sw.customerPort !== undefined ? { customerPort: ifName(sw.customerPort) } : {}),
    });
  }
  if (snap.links.some((l) => !l.up)) return skip('starts with a cable unplugged');
  const links = snap.links.map((l) => [`${l.a.node}:${ifName(l.a.port)}`, `${l.b.node}:${ifName(l.b.port)}`] as [string, string]);

  const steps: StepSpec[] = [];
  for (const [i, step] of labSteps.entries()) {
    // Fixed source ports make the two sides' conntrack tuples comparable.
    const sport = 41000 + i;
    if ('ping' in step) steps.push({ ping: { from: step.ping.from, to: step.ping.to, count: Math.min(step.ping.count ?? 3, MAX_PING) }, rx: [] });
    else if ('tcp' in step) steps.push({ tcp: { from: step.tcp.from, to: step.tcp.to, port: step.tcp.port, sport: step.tcp.srcPort ?? sport }, rx: [] });
    else if ('udp' in step) steps.push({ udp: { from: step.udp.from, to: step.udp.to, port: step.udp.port, sport: step.udp.srcPort ?? sport }, rx: [] });
    else if ('wait' in step) steps.push({ wait: { ms: Math.max(1, Math.round(step.wait)) } });
  }
  if (!steps.length) return skip('has no traffic steps');

  const hosts = nodes.filter((n): n is HostSpec => 'nics' in n);
  const part = opts.partial ? { en: ' (up to its first change of the set-up)', ko: ' (설정을 처음 바꾸기 전까지)' } : { en: '', ko: '' };
  const variantLabel = lab.variants?.find((v) => v.id === opts.variant)?.label;
  const scenario = {
    id: `lab-${id}`,
    title: {
      en: `${lab.title.en}${variantLabel ? `: ${variantLabel.en}` : ''}${part.en}`,
      ko: `${lab.title.ko}${variantLabel ? `: ${variantLabel.ko}` : ''}${part.ko}`,
    },
    description: lab.description,
    conformance: {
      nodes,
      links,
      steps,
      compare: {
        fdb: [...hosts.flatMap((h) => h.bridges.map((b) => `${h.id}:${b.name}`)), ...nodes.filter((n) => !('nics' in n)).map((n) => n.id)],
        neigh: hosts.map((h) => h.id),
        conntrack: hosts.filter((h) => h.iptables.length).map((h) => h.id),
      },
    },
  };
  const parsed = ScenarioSchema.safeParse(scenario);
  if (!parsed.success) return skip(`cannot express it: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { scenario: parsed.data };
}
