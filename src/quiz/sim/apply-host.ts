/**
 * Brings a simulated Proxmox host up from a checked /etc/network/interfaces (src/config): the
 * devices, addresses, gateway, sysctls and iptables rules in force once ifupdown2 has run the
 * file's up-commands. Quizzes need exactly this and nothing more (no VLAN-aware port tables, no
 * guest NIC lines), so it stays small.
 */
import type { HostConfig } from '../../config/interfaces/index.ts';
import type { IptablesRule as ConfigRule, PortRange } from '../../config/interfaces/commands.ts';
import type { Host } from '../../sim/host.ts';
import type { IptablesCommand, IptablesMatch, IptablesTarget, NfChain, NfTable, PortMatch } from '../../sim/netfilter.ts';
import type { IpProto } from '../../sim/frame.ts';

export function ipText(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function cidrText(c: { ip: number; prefix: number }): string {
  return `${ipText(c.ip)}/${c.prefix}`;
}

function ports(range: PortRange | undefined): PortMatch | undefined {
  if (!range) return undefined;
  return range.from === range.to ? range.from : [range.from, range.to];
}

const TABLES: readonly string[] = ['raw', 'nat', 'filter'];
const CHAINS: readonly string[] = ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'];
const PROTOS: readonly string[] = ['icmp', 'tcp', 'udp', 'all'];

function target(rule: ConfigRule): IptablesTarget | undefined {
  switch (rule.target) {
    case 'ACCEPT':
    case 'DROP':
    case 'RETURN':
    case 'NOTRACK':
      return { kind: rule.target };
    case 'MASQUERADE':
      return rule.toPorts ? { kind: 'MASQUERADE', toPorts: [rule.toPorts.from, rule.toPorts.to] } : { kind: 'MASQUERADE' };
    case 'SNAT':
      return rule.toAddress ? { kind: 'SNAT', toSource: ipText(rule.toAddress.ip) } : undefined;
    case 'DNAT': {
      if (!rule.toAddress) return undefined;
      const p = rule.toAddress.ports;
      const port = p ? (p.from === p.to ? `:${p.from}` : `:${p.from}-${p.to}`) : '';
      return { kind: 'DNAT', toDestination: `${ipText(rule.toAddress.ip)}${port}` };
    }
    case 'CT':
      return rule.zone === undefined ? undefined : { kind: 'CT', zone: rule.zone };
    default:
      return undefined;
  }
}

/** The kernel's form of a parsed iptables rule, or undefined for what the kernel does not model. */
export function toKernelRule(rule: ConfigRule): IptablesCommand | undefined {
  if (!rule.simulated || rule.action === 'delete' || rule.action === 'policy') return undefined;
  if (!TABLES.includes(rule.table) || !CHAINS.includes(rule.chain)) return undefined;
  const t = target(rule);
  if (!t) return undefined;
  const match: IptablesMatch = {};
  const not: NonNullable<IptablesMatch['not']> = {};
  if (rule.source) {
    match.src = cidrText(rule.source.value);
    if (rule.source.negate) not.src = true;
  }
  if (rule.destination) {
    match.dst = cidrText(rule.destination.value);
    if (rule.destination.negate) not.dst = true;
  }
  if (rule.inInterface) {
    match.inIface = rule.inInterface.value;
    if (rule.inInterface.negate) not.inIface = true;
  }
  if (rule.outInterface) {
    match.outIface = rule.outInterface.value;
    if (rule.outInterface.negate) not.outIface = true;
  }
  if (rule.protocol) {
    const proto = rule.protocol.value.toLowerCase();
    if (!PROTOS.includes(proto)) return undefined;
    match.proto = proto as IpProto | 'all';
    if (rule.protocol.negate) not.proto = true;
  }
  const sport = ports(rule.sport);
  const dport = ports(rule.dport);
  if (sport !== undefined) match.sport = sport;
  if (dport !== undefined) match.dport = dport;
  if (rule.states?.length) match.ctstate = rule.states.filter((s): s is 'NEW' | 'ESTABLISHED' | 'RELATED' | 'INVALID' => ['NEW', 'ESTABLISHED', 'RELATED', 'INVALID'].includes(s));
  if (Object.keys(not).length) match.not = not;
  return {
    table: rule.table as NfTable,
    chain: rule.chain as NfChain,
    match,
    target: t,
    op: rule.action === 'insert' ? 'insert' : 'append',
    ...(rule.position !== undefined ? { position: rule.position } : {}),
  };
}

/**
 * Configures `host` from the file. NICs named in the file are created here; the caller creates
 * and cables any NIC the world needs but the file does not mention (e.g. after a typo).
 */
export function applyHostConfig(host: Host, config: HostConfig): void {
  const { interfaces } = config;
  for (const i of interfaces) if (i.kind === 'nic' && !host.devices.has(i.name)) host.addNic(i.name);
  for (const i of interfaces) {
    if (i.kind === 'bond' && i.bond) {
      const hash = i.bond.hashPolicy;
      host.addBond(i.name, {
        slaves: i.bond.slaves.map((s) => s.value),
        mode: i.bond.mode,
        miimonMs: i.bond.miimon,
        updelayMs: i.bond.updelay,
        downdelayMs: i.bond.downdelay,
        ...(hash === 'layer2' || hash === 'layer2+3' || hash === 'layer3+4' ? { xmitHashPolicy: hash } : {}),
        lacpRate: i.bond.lacpRate,
        ...(i.bond.primary ? { primary: i.bond.primary.value } : {}),
      });
    }
  }
  for (const i of interfaces) {
    if (i.kind === 'vlan' && i.vlan && !host.devices.has(i.name)) host.addVlan(i.name, { parent: i.vlan.parent, vid: i.vlan.tag });
  }
  for (const i of interfaces) {
    if (i.kind === 'bridge' && i.bridge) {
      host.addBridge(i.name, {
        ports: i.bridge.ports.map((p) => p.value).filter((p) => p !== 'none'),
        stp: i.bridge.stp,
        forwardDelayS: i.bridge.forwardDelay,
        ageingS: i.bridge.ageing,
        vlanAware: i.bridge.vlanAware,
      });
    }
  }
  for (const i of interfaces) {
    if (i.kind === 'loopback' || !host.devices.has(i.name)) continue;
    for (const a of i.addresses) host.addAddress(i.name, cidrText(a.cidr));
    if (i.gateway) host.addRoute({ dst: '0.0.0.0/0', via: ipText(i.gateway.value), dev: i.name });
  }
  for (const r of config.routes) {
    if (r.route.action === 'del') continue;
    host.addRoute({
      dst: cidrText(r.route.dest),
      ...(r.route.via !== undefined ? { via: ipText(r.route.via) } : {}),
      ...(r.route.dev ? { dev: r.route.dev } : {}),
    });
  }
  // Every write in the order it happens (ifupdown2's own per-bridge forwarding first, then the file's
  // lines), as src/config/build.ts does: ip_forward resets per-interface flags only when it changes.
  for (const { write } of config.sysctls) {
    const value = Number(write.value);
    if (Number.isFinite(value)) host.setSysctl(write.path.join('.'), value);
  }
  for (const applied of config.rules) {
    const rule = toKernelRule(applied.rule);
    if (rule) host.iptables(rule);
  }
}
