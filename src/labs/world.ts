/**
 * Builds a lab's world on the simulation kernel: the Proxmox host from its interfaces config, the
 * guests from their netN lines, then the outside world (switches, hosts, cables). The one builder
 * behind `netmodes run`, the conformance suite and every lab widget.
 */
// The small kernel: a lab with bonds, LACP or STP needs src/sim/install-optional.ts imported by its
// page (or src/sim/index.ts, as the CLI does); without it the kernel says which part is missing.
import { Sim } from '../sim/core.ts';
import { attachGuestNic, buildHost, type BuildNote } from '../config/build.ts';
import type { CompiledGuest, CompiledLab } from './compiled.ts';
import type { LabWorldSpec } from './schema.ts';
import { recording, type KernelCall } from './kernel-calls.ts';
import { labNames, type LabWorldBuilt } from './bundle-world.ts';

export type { LabWorldBuilt };

/** The lab's set-up for a variant: its host, guests and outside world (a variant's own replace the lab's). */
export function setupOf(compiled: CompiledLab, variant?: string) {
  const v = variant !== undefined ? compiled.lab.variants?.find((x) => x.id === variant) : undefined;
  const own = variant !== undefined ? compiled.variants[variant] : undefined;
  return {
    host: own?.host ?? compiled.setup.host,
    guests: own?.guests ?? compiled.setup.guests,
    guestDefs: v?.guests ?? compiled.lab.guests ?? [],
    world: v?.world ?? compiled.lab.world ?? {},
  };
}

/** `record`: every kernel call the build makes is appended there (see kernel-calls.ts). */
export function buildWorld(compiled: CompiledLab, variant?: string, opts: { record?: KernelCall[] } = {}): LabWorldBuilt {
  const lab = compiled.lab;
  const setup = setupOf(compiled, variant);
  const real = new Sim({ seed: lab.seed ?? 1 });
  const sim = opts.record ? recording(real, opts.record) : real;
  const hostId = lab.host.id ?? 'pve';
  const notes: BuildNote[] = [];
  const built = buildHost(sim, hostId, setup.host, lab.host.label ? { label: lab.host.label.en } : {});
  notes.push(...built.notes);
  const links = new Map<string, string>();
  const world: LabWorldSpec = setup.world;
  const switchIds = new Set((world.switches ?? []).map((s) => s.id));

  const plugIn = (g: CompiledGuest) => {
    const def = setup.guestDefs.find((x) => (x.name ?? String(x.vmid)) === g.id);
    for (const nic of g.nics) {
      const r = attachGuestNic(sim, hostId, g.id, g.vmid, nic, def?.label?.en);
      if ('why' in r) notes.push(r);
      else links.set(`${g.id}/eth${nic.index}`, r.linkId);
    }
    // A guest whose NICs could not be plugged in (a note says why) has no services either.
    if (!sim.node(g.id)) return;
    for (const svc of def?.listen ?? []) {
      const [proto, port] = svc.split('/') as ['tcp' | 'udp', string];
      sim.host(g.id).listen(proto, Number(port), proto === 'udp' ? { echo: true } : {});
    }
  };
  const isLater = (g: CompiledGuest) => setup.guestDefs.find((x) => (x.name ?? String(x.vmid)) === g.id)?.later === true;

  // The loader has checked names and addresses; anything the kernel still refuses becomes a note.
  const attempt = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      notes.push({ what, why: e instanceof Error ? e.message : String(e) });
    }
  };
  for (const h of world.hosts ?? []) {
    attempt(`host ${h.id}`, () => {
      const host = sim.addHost({ id: h.id, kind: h.forward ? 'router' : 'external', ...(h.label ? { label: h.label.en } : {}) });
      for (const n of h.nics) {
        attempt(`${h.id}/${n.name}`, () => host.addNic(n.name, n.mac));
        for (const ip of Array.isArray(n.ip) ? n.ip : n.ip ? [n.ip] : []) attempt(`${h.id}/${n.name} ${ip}`, () => host.addAddress(n.name, ip));
      }
      if (h.forward) host.setSysctl('net.ipv4.ip_forward', 1);
      for (const r of h.routes ?? []) attempt(`${h.id} route ${r.dst}`, () => host.addRoute({ dst: r.dst, ...(r.via ? { via: r.via } : {}), ...(r.dev ? { dev: r.dev } : {}) }));
      if (h.gw) attempt(`${h.id} gateway ${h.gw}`, () => host.addRoute({ dst: 'default', via: h.gw! }));
      for (const svc of h.listen ?? []) {
        const [proto, port] = svc.split('/') as ['tcp' | 'udp', string];
        host.listen(proto, Number(port), proto === 'udp' ? { echo: true } : {});
      }
    });
  }

  // Cable plan: every link with switch ports named p1, p2 ... in the order they are cabled.
  const portCount = new Map<string, number>();
  // Ports named in the lab are taken; automatic names skip them.
  const taken = new Set<string>();
  for (const e of [...(world.links ?? []).flatMap((l) => [l.from, l.to]), ...(world.hosts ?? []).flatMap((h) => h.nics.map((n) => n.connect ?? ''))]) {
    if (e.includes('/')) taken.add(e);
  }
  const resolve = (e: string): { node: string; port: string } => {
    const [node, port] = e.split('/') as [string, string | undefined];
    if (port) return { node, port };
    if (!switchIds.has(node)) throw new Error(`${e}: name the port (NODE/PORT) of a host`);
    let n = portCount.get(node) ?? 0;
    do n++;
    while (taken.has(`${node}/p${n}`));
    portCount.set(node, n);
    return { node, port: `p${n}` };
  };
  const plan: Array<{ a: { node: string; port: string }; b: { node: string; port: string }; speedMbps?: number; up?: boolean }> = [];
  const planLink = (from: string, to: string, speedMbps?: number, up?: boolean) => {
    try {
      plan.push({ a: resolve(from), b: resolve(to), ...(speedMbps !== undefined ? { speedMbps } : {}), ...(up !== undefined ? { up } : {}) });
    } catch (e) {
      notes.push({ what: `cable ${from} - ${to}`, why: e instanceof Error ? e.message : String(e) });
    }
  };
  for (const l of world.links ?? []) planLink(l.from, l.to, l.speedMbps, l.up);
  for (const h of world.hosts ?? []) for (const n of h.nics) if (n.connect) planLink(`${h.id}/${n.name}`, n.connect);

  const macOf = (ref: string): string | undefined => {
    if (/^[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}$/.test(ref)) return ref.toLowerCase().replace(/-/g, ':');
    const [node, dev] = ref.split('/');
    if (!node || !dev) return undefined;
    // A guest's MAC is in its netN line, before the guest is plugged in.
    const nic = setup.guests.find((g) => g.id === node)?.nics.find((n) => `eth${n.index}` === dev);
    if (nic && !sim.node(node)) return nic.mac.toLowerCase();
    try {
      return sim.host(node).devMac(dev);
    } catch {
      return undefined;
    }
  };
  for (const s of world.switches ?? []) {
    const registered = s.registeredMac ? macOf(s.registeredMac) : undefined;
    if (s.registeredMac && !registered) notes.push({ what: `switch ${s.id}`, why: `no MAC for ${s.registeredMac}` });
    // The customer port is the one cabled to the device whose MAC is registered.
    const ref = s.registeredMac?.split('/');
    const customer = ref && ref.length === 2 ? plan.find((p) => (p.a.node === ref[0] && p.a.port === ref[1] && p.b.node === s.id) || (p.b.node === ref[0] && p.b.port === ref[1] && p.a.node === s.id)) : undefined;
    const customerPort = customer ? (customer.a.node === s.id ? customer.a.port : customer.b.port) : undefined;
    attempt(`switch ${s.id}`, () =>
      sim.addSwitch({
        id: s.id,
        kind: s.kind,
        ...(s.label ? { label: s.label.en } : {}),
        ...(registered ? { registeredMac: registered } : {}),
        ...(customerPort ? { customerPort } : {}),
        ...(s.lacpRate ? { lacpRate: s.lacpRate } : {}),
        ...(s.ageingS ? { ageingMs: s.ageingS * 1000 } : {}),
      }),
    );
  }
  for (const p of plan) {
    try {
      const id = sim.connect(p.a, p.b, { ...(p.speedMbps !== undefined ? { speedMbps: p.speedMbps } : {}), ...(p.up !== undefined ? { up: p.up } : {}) });
      links.set(`${p.a.node}/${p.a.port}`, id);
      links.set(`${p.b.node}/${p.b.port}`, id);
    } catch (e) {
      notes.push({ what: `cable ${p.a.node}/${p.a.port} - ${p.b.node}/${p.b.port}`, why: e instanceof Error ? e.message : String(e) });
    }
  }
  // Guests last, as on a real node: the outside world is cabled before the VMs start (and the
  // cables keep the link ids l1, l2 ... the reader's unplug actions name).
  for (const g of setup.guests) if (!isLater(g)) plugIn(g);
  const attachLater = (id: string) => {
    const g = setup.guests.find((x) => x.id === id && isLater(x));
    if (!g || sim.node(id)) return false;
    plugIn(g);
    return true;
  };
  return { sim: real, hostId, links, notes, names: labNames(lab, variant), macOf, attachLater };
}
