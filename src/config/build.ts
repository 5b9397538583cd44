/**
 * Turns a checked interfaces file (and the guests' netN lines) into a Proxmox host on the simulation
 * kernel: NICs, bonds, VLAN devices, bridges, addresses, the default gateway, `ip route` routes,
 * sysctls and iptables rules, in the order ifupdown2 would bring them up.
 */
// Types only: the kernel parts a config needs (bonds, STP, LACP) come with whoever made the Sim
// (src/sim/index.ts installs them all; a lab page without bonds ships only src/sim/core.ts).
import type { Sim, Host, IptablesCommand, IptablesMatch, IptablesTarget, NfChain, NfTable, PortMatch } from '../sim/core.ts';
import type { GuestNic } from './guest.ts';
import { contains, formatCidr, formatIpv4 } from './ipv4.ts';
import type { PortRange } from './interfaces/commands.ts';
import type { AppliedRule, HostConfig, HostInterface } from './interfaces/host.ts';
import { looksPhysical } from './interfaces/check.ts';

/** Something of the config that could not be put on the kernel (the checker has already said why). */
export interface BuildNote {
  what: string;
  why: string;
}

export interface BuiltHost {
  host: Host;
  notes: BuildNote[];
}

const port = (r: PortRange | undefined): PortMatch | undefined => (r === undefined ? undefined : r.from === r.to ? r.from : [r.from, r.to]);

/** The kernel's structured rule for one parsed iptables rule, or a reason it has none. */
export function toKernelRule(applied: AppliedRule): IptablesCommand | string {
  const r = applied.rule;
  if (!r.simulated) return 'not simulated';
  if (r.table !== 'nat' && r.table !== 'filter' && r.table !== 'raw') return `table ${r.table}`;
  const match: IptablesMatch = {};
  const not: NonNullable<IptablesMatch['not']> = {};
  if (r.source) {
    match.src = formatCidr(r.source.value);
    if (r.source.negate) not.src = true;
  }
  if (r.destination) {
    match.dst = formatCidr(r.destination.value);
    if (r.destination.negate) not.dst = true;
  }
  if (r.inInterface) {
    match.inIface = r.inInterface.value;
    if (r.inInterface.negate) not.inIface = true;
  }
  if (r.outInterface) {
    match.outIface = r.outInterface.value;
    if (r.outInterface.negate) not.outIface = true;
  }
  if (r.protocol) {
    const p = { '6': 'tcp', '17': 'udp', '1': 'icmp', '0': 'all' }[r.protocol.value] ?? r.protocol.value;
    match.proto = p as IptablesMatch['proto'];
    if (r.protocol.negate) not.proto = true;
  }
  const sport = port(r.sport);
  const dport = port(r.dport);
  if (sport !== undefined) match.sport = sport;
  if (dport !== undefined) match.dport = dport;
  if (r.states) match.ctstate = r.states.filter((s): s is 'NEW' | 'ESTABLISHED' | 'RELATED' | 'INVALID' => ['NEW', 'ESTABLISHED', 'RELATED', 'INVALID'].includes(s));
  if (Object.keys(not).length) match.not = not;
  const to = r.toAddress ? `${formatIpv4(r.toAddress.ip)}${r.toAddress.ports ? `:${r.toAddress.ports.from}${r.toAddress.ports.to !== r.toAddress.ports.from ? `-${r.toAddress.ports.to}` : ''}` : ''}` : '';
  let target: IptablesTarget;
  switch (r.target) {
    case 'ACCEPT':
    case 'DROP':
    case 'RETURN':
      target = { kind: r.target };
      break;
    case 'REJECT':
      // Close enough for reachability: the packet does not get through.
      target = { kind: 'DROP' };
      break;
    case 'MASQUERADE':
      target = r.toPorts ? { kind: 'MASQUERADE', toPorts: [r.toPorts.from, r.toPorts.to] } : { kind: 'MASQUERADE' };
      break;
    case 'SNAT':
      target = { kind: 'SNAT', toSource: to };
      break;
    case 'DNAT':
      target = { kind: 'DNAT', toDestination: to };
      break;
    case 'CT':
      target = { kind: 'CT', zone: r.zone ?? 0 };
      break;
    default:
      return `target ${r.target ?? '(none)'}`;
  }
  const cmd: IptablesCommand = { table: r.table, chain: r.chain as NfChain, target };
  if (Object.keys(match).length) cmd.match = match;
  return cmd;
}

function vidsOf(ranges: Array<{ from: number; to: number }>): number[] {
  const out: number[] = [];
  for (const r of ranges) for (let v = r.from; v <= r.to && out.length < 4094; v++) out.push(v);
  return out;
}

/**
 * Adds the Proxmox host described by `config` to `sim`. Devices are created parents first (NICs,
 * bonds, VLANs on them, bridges, VLANs on bridges) so every port exists when its master comes up.
 * Problems the checker reports as errors are skipped here and listed in `notes`, never thrown.
 */
export function buildHost(sim: Sim, id: string, config: HostConfig, opts: { label?: string } = {}): BuiltHost {
  const host = sim.addHost({ id, kind: 'proxmox', ...(opts.label !== undefined ? { label: opts.label } : {}) });
  const notes: BuildNote[] = [];
  const attempt = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      notes.push({ what, why: e instanceof Error ? e.message : String(e) });
    }
  };
  const ifs = config.interfaces.filter((i) => i.kind !== 'loopback');
  const byKind = (k: HostInterface['kind']) => ifs.filter((i) => i.kind === k);
  const exists = (name: string) => host.devices.has(name);

  // Ports and slaves named without a stanza are NICs that exist on the machine.
  const members = new Set<string>();
  for (const i of ifs) for (const m of [...(i.bridge?.ports ?? []), ...(i.bond?.slaves ?? [])]) members.add(m.value);
  for (const name of [...byKind('nic').map((i) => i.name), ...[...members].filter((m) => looksPhysical(m) && !config.byName.has(m))]) {
    // hwaddress on a NIC's stanza sets its MAC (ifupdown2's address module: ip link set DEV address).
    if (!exists(name)) host.addNic(name, config.byName.get(name)?.hwaddress);
  }
  for (const i of byKind('bond')) {
    const b = i.bond!;
    attempt(`bond ${i.name}`, () => {
      host.addBond(i.name, {
        slaves: b.slaves.map((s) => s.value),
        mode: b.mode,
        // Already the kernel's choice when the file leaves it out (100 for 802.3ad/tlb/alb, else none).
        miimonMs: b.miimon,
        updelayMs: b.updelay,
        downdelayMs: b.downdelay,
        ...(b.hashPolicy === 'layer2' || b.hashPolicy === 'layer2+3' || b.hashPolicy === 'layer3+4' ? { xmitHashPolicy: b.hashPolicy } : {}),
        lacpRate: b.lacpRate,
        ...(b.primary ? { primary: b.primary.value } : {}),
      });
    });
  }
  const vlanOn = (parentIsBridge: boolean) =>
    [...byKind('vlan'), ...[...members].filter((m) => !config.byName.has(m) && /\.\d+$/.test(m)).map((m) => ({ name: m, vlan: undefined }) as Pick<HostInterface, 'name' | 'vlan'>)].filter((v) => {
      const parent = v.vlan?.parent ?? v.name.slice(0, v.name.lastIndexOf('.'));
      return (config.byName.get(parent)?.kind === 'bridge') === parentIsBridge;
    });
  for (const v of vlanOn(false)) {
    if (exists(v.name)) continue;
    attempt(`VLAN ${v.name}`, () => host.addVlan(v.name, v.vlan ? { parent: v.vlan.parent, vid: v.vlan.tag } : {}));
  }
  for (const i of byKind('bridge')) {
    const br = i.bridge!;
    attempt(`bridge ${i.name}`, () => {
      host.addBridge(i.name, {
        ports: br.ports.map((p) => p.value).filter((p) => p !== i.name),
        stp: br.stp,
        forwardDelayS: br.forwardDelay,
        ageingS: br.ageing,
        vlanAware: br.vlanAware,
        ...(br.vlanAware && br.vids.length ? { vids: vidsOf(br.vids) } : {}),
        ...(i.hwaddress ? { mac: i.hwaddress } : {}),
      });
    });
  }
  for (const v of vlanOn(true)) {
    if (exists(v.name)) continue;
    attempt(`VLAN ${v.name}`, () => host.addVlan(v.name, v.vlan ? { parent: v.vlan.parent, vid: v.vlan.tag } : {}));
  }
  for (const i of ifs) {
    if (!exists(i.name) && (i.addresses.length || i.kind === 'other')) attempt(`interface ${i.name}`, () => host.addNic(i.name));
    for (const a of i.addresses) attempt(`address ${formatCidr(a.cidr)} on ${i.name}`, () => host.addAddress(i.name, formatCidr(a.cidr)));
  }
  for (const i of ifs) {
    const gw = i.gateway;
    if (!gw) continue;
    // ifupdown2 adds the default route with onlink, so a gateway outside the interface's subnets is accepted.
    const onlink = i.pointopoint === gw.value || !i.addresses.some((a) => contains(a.cidr, gw.value));
    attempt(`default route via ${formatIpv4(gw.value)}`, () => host.addRoute({ dst: 'default', via: formatIpv4(gw.value), dev: i.name, ...(onlink ? { onlink } : {}), ...(i.metric !== undefined ? { metric: i.metric } : {}) }));
  }
  for (const { route } of config.routes) {
    attempt(`route ${formatCidr(route.dest)}`, () =>
      host.addRoute({
        dst: route.dest.prefix === 0 ? 'default' : formatCidr(route.dest),
        ...(route.via !== undefined ? { via: formatIpv4(route.via) } : {}),
        ...(route.dev !== undefined ? { dev: route.dev } : {}),
      }),
    );
  }
  for (const { write } of config.sysctls) {
    const value = Number(write.value);
    if (Number.isFinite(value)) host.setSysctl(write.path.join('.'), value);
  }
  for (const applied of config.rules) {
    const cmd = toKernelRule(applied);
    if (typeof cmd === 'string') notes.push({ what: `iptables rule${applied.span ? ` at line ${applied.span.line}` : ""}`, why: cmd });
    else attempt(`iptables rule${applied.span ? ` at line ${applied.span.line}` : ""}`, () => host.iptables(cmd));
  }
  for (const [key, policy] of config.policies) {
    const [table, chain] = key.split(':') as [NfTable, NfChain];
    if (policy === 'ACCEPT' || policy === 'DROP') attempt(`policy ${key}`, () => host.iptablesPolicy(table, chain, policy));
  }
  return { host, notes };
}

/**
 * Plugs a guest NIC into its bridge the way Proxmox does (tapVMIDiN on the bridge, the VLAN tag as
 * the port's pvid) and gives the guest its address and default route.
 */
export function attachGuestNic(sim: Sim, pveId: string, guestId: string, vmid: number, nic: GuestNic, label?: string): { linkId: string; tap: string } | BuildNote {
  if (nic.bridge === undefined) return { what: `${guestId} net${nic.index}`, why: 'no bridge' };
  const dev = nic.kind === 'ct' ? `eth${nic.index}` : `eth${nic.index}`;
  try {
    const { guest, linkId, tap } = sim.attachGuest(pveId, nic.bridge, guestId, dev, {
      tapName: `${nic.kind === 'ct' ? 'veth' : 'tap'}${vmid}i${nic.index}`,
      mac: nic.mac,
      // firewall=1 puts Proxmox's fwbr/fwpr/fwln plumbing between the tap and the bridge.
      ...(nic.firewall ? { firewall: true } : {}),
      ...(nic.tag !== undefined ? { tag: nic.tag } : {}),
      ...(label !== undefined ? { label } : {}),
    });
    if (nic.address) guest.addAddress(dev, formatCidr(nic.address));
    if (nic.gateway !== undefined) guest.addRoute({ dst: 'default', via: formatIpv4(nic.gateway) });
    if (nic.linkDown) sim.setLinkUp(linkId, false);
    return { linkId, tap };
  } catch (e) {
    return { what: `${guestId} net${nic.index}`, why: e instanceof Error ? e.message : String(e) };
  }
}
