/**
 * iptables-like rules: the structured form the config helper's iptables parser produces, and the
 * rule matching. Tables and chains as in Linux (raw PREROUTING/OUTPUT; nat PREROUTING/INPUT/
 * OUTPUT/POSTROUTING; filter INPUT/FORWARD/OUTPUT). The first matching terminal rule decides;
 * with none, the chain policy applies (ACCEPT unless set with `iptablesPolicy`). NAT chains are
 * only consulted for the first packet of a connection; later packets follow the conntrack entry.
 */
import { cidrContains, mustCidr, parseIpv4 } from './addr.ts';
import { ipTotalLength, type Ipv4Packet, type IpProto } from './frame.ts';

export type NfTable = 'raw' | 'nat' | 'filter';
export type NfChain = 'PREROUTING' | 'INPUT' | 'FORWARD' | 'OUTPUT' | 'POSTROUTING';
export type CtStateName = 'NEW' | 'ESTABLISHED' | 'RELATED' | 'INVALID';

export const TABLE_CHAINS: Record<NfTable, readonly NfChain[]> = {
  raw: ['PREROUTING', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
};

/** A port or an inclusive port range (`--dport 2222`, `--dport 8000:8080`). */
export type PortMatch = number | [number, number];

export interface IptablesMatch {
  /** `-s` address or CIDR. */
  src?: string;
  /** `-d` address or CIDR. */
  dst?: string;
  /** `-i` interface; a trailing `+` matches every name with that prefix (`fwbr+`). */
  inIface?: string;
  /** `-o` interface, `+` wildcard as for inIface. */
  outIface?: string;
  /** `-p`; 'all' or absent matches every protocol. */
  proto?: IpProto | 'all';
  sport?: PortMatch;
  dport?: PortMatch;
  /** `-m conntrack --ctstate` (or `-m state --state`). */
  ctstate?: CtStateName[];
  /** `!` before an option negates it. */
  not?: Partial<Record<'src' | 'dst' | 'inIface' | 'outIface' | 'proto' | 'sport' | 'dport', true>>;
}

export type IptablesTarget =
  | { kind: 'ACCEPT' }
  | { kind: 'DROP' }
  | { kind: 'RETURN' }
  | { kind: 'MASQUERADE'; toPorts?: [number, number] }
  /** `--to-source ADDR[-ADDR][:PORT[-PORT]]`; only the first address is used. */
  | { kind: 'SNAT'; toSource: string }
  /** `--to-destination ADDR[:PORT]` (iptables also accepts `--to`). */
  | { kind: 'DNAT'; toDestination: string }
  | { kind: 'CT'; zone: number }
  | { kind: 'NOTRACK' };

export interface IptablesRule {
  table: NfTable;
  chain: NfChain;
  match?: IptablesMatch;
  target: IptablesTarget;
  comment?: string;
}

export interface IptablesCommand extends IptablesRule {
  /** `-A` (default), `-I` (at position, 1-based, default 1) or `-D` (delete the first identical rule). */
  op?: 'append' | 'insert' | 'delete';
  position?: number;
}

export type Policy = 'ACCEPT' | 'DROP';

export interface PacketContext {
  packet: Ipv4Packet;
  inIface?: string | undefined;
  outIface?: string | undefined;
  ctstate?: CtStateName | undefined;
}

/** Parses `10.10.10.100:22` / `198.51.100.5:1024-2000` / `198.51.100.5`. */
export function parseNatTarget(text: string): { ip: string; portLo?: number; portHi?: number } {
  const [addrPart = '', portPart] = text.split(':');
  const ip = addrPart.split('-')[0] ?? '';
  if (parseIpv4(ip) === null) throw new Error(`invalid NAT address: ${text}`);
  if (portPart === undefined) return { ip };
  const [lo, hi] = portPart.split('-').map(Number);
  if (lo === undefined || !Number.isInteger(lo)) throw new Error(`invalid NAT port: ${text}`);
  return { ip, portLo: lo, portHi: hi ?? lo };
}

function ifaceMatches(pattern: string, name: string | undefined): boolean {
  if (name === undefined) return false;
  return pattern.endsWith('+') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

function portMatches(m: PortMatch, port: number | undefined): boolean {
  if (port === undefined) return false;
  return typeof m === 'number' ? port === m : port >= m[0] && port <= m[1];
}

const cidrCache = new Map<string, ReturnType<typeof mustCidr>>();

function addrMatches(cidr: string, ip: string): boolean {
  let c = cidrCache.get(cidr);
  if (!c) {
    c = mustCidr(cidr);
    if (cidrCache.size > 10_000) cidrCache.clear();
    cidrCache.set(cidr, c);
  }
  return cidrContains(c, parseIpv4(ip) ?? 0);
}

export function ruleMatches(match: IptablesMatch | undefined, ctx: PacketContext): boolean {
  if (!match) return true;
  const not = match.not ?? {};
  const p = ctx.packet;
  const l4 = p.tcp ?? p.udp;
  const check = (key: keyof NonNullable<IptablesMatch['not']>, ok: boolean): boolean => (not[key] ? !ok : ok);
  if (match.src !== undefined && !check('src', addrMatches(match.src, p.src))) return false;
  if (match.dst !== undefined && !check('dst', addrMatches(match.dst, p.dst))) return false;
  if (match.inIface !== undefined && !check('inIface', ifaceMatches(match.inIface, ctx.inIface))) return false;
  if (match.outIface !== undefined && !check('outIface', ifaceMatches(match.outIface, ctx.outIface))) return false;
  if (match.proto !== undefined && match.proto !== 'all' && !check('proto', p.proto === match.proto)) return false;
  if (match.sport !== undefined && !check('sport', portMatches(match.sport, l4?.sport))) return false;
  if (match.dport !== undefined && !check('dport', portMatches(match.dport, l4?.dport))) return false;
  if (match.ctstate !== undefined && (ctx.ctstate === undefined || !match.ctstate.includes(ctx.ctstate))) return false;
  return true;
}

export function validateRule(rule: IptablesRule): void {
  const chains = TABLE_CHAINS[rule.table];
  if (!chains) throw new Error(`unknown iptables table: ${String(rule.table)}`);
  if (!chains.includes(rule.chain)) throw new Error(`chain ${rule.chain} does not exist in table ${rule.table}`);
  const t = rule.target.kind;
  const allowed: Record<NfTable, string[]> = {
    raw: ['CT', 'NOTRACK', 'ACCEPT', 'DROP', 'RETURN'],
    nat: ['MASQUERADE', 'SNAT', 'DNAT', 'ACCEPT', 'RETURN'],
    filter: ['ACCEPT', 'DROP', 'RETURN'],
  };
  if (!allowed[rule.table].includes(t)) throw new Error(`target ${t} is not valid in table ${rule.table}`);
  if (t === 'MASQUERADE' || t === 'SNAT') {
    if (rule.chain !== 'POSTROUTING' && !(t === 'SNAT' && rule.chain === 'INPUT')) throw new Error(`${t} is only valid in nat POSTROUTING`);
  }
  if (t === 'DNAT' && rule.chain !== 'PREROUTING' && rule.chain !== 'OUTPUT') throw new Error('DNAT is only valid in nat PREROUTING or OUTPUT');
  if (rule.target.kind === 'SNAT') parseNatTarget(rule.target.toSource);
  if (rule.target.kind === 'DNAT') parseNatTarget(rule.target.toDestination);
  for (const c of [rule.match?.src, rule.match?.dst]) if (c !== undefined) mustCidr(c);
}

function sameRule(a: IptablesRule, b: IptablesRule): boolean {
  return JSON.stringify([a.table, a.chain, a.match ?? {}, a.target]) === JSON.stringify([b.table, b.chain, b.match ?? {}, b.target]);
}

/** One rule with what it matched so far, as `iptables -v` counts it (pkts, bytes of the IP packet). */
export interface IptablesRuleSnapshot {
  rule: IptablesRule;
  pkts: number;
  bytes: number;
}

export interface IptablesSnapshot {
  /** Every rule, chain by chain in evaluation order. */
  rules: IptablesRuleSnapshot[];
  /** Chain policies set with -P, keyed `table/CHAIN` (unset: ACCEPT). */
  policies: Record<string, Policy>;
}

export class RuleSet {
  private readonly chains = new Map<string, IptablesRule[]>();
  private readonly policies = new Map<string, Policy>();
  /** Per rule object: packets and bytes it matched (a deleted rule takes its counters with it). */
  private readonly counters = new WeakMap<IptablesRule, { pkts: number; bytes: number }>();
  private needsCt: boolean | undefined;

  rules(table: NfTable, chain: NfChain): IptablesRule[] {
    const key = `${table}/${chain}`;
    let list = this.chains.get(key);
    if (!list) {
      list = [];
      this.chains.set(key, list);
      this.fast.set(table + chain, list);
    }
    return list;
  }

  /** Same lists keyed by table+chain without separator, looked up per packet. */
  private readonly fast = new Map<string, IptablesRule[]>();

  apply(cmd: IptablesCommand): void {
    const { op = 'append', position, ...rule } = cmd;
    this.needsCt = undefined;
    validateRule(rule);
    const list = this.rules(rule.table, rule.chain);
    if (op === 'append') list.push(rule);
    else if (op === 'insert') list.splice(Math.max(0, (position ?? 1) - 1), 0, rule);
    else {
      const i = list.findIndex((r) => sameRule(r, rule));
      if (i < 0) throw new Error('iptables: Bad rule (does a matching rule exist in that chain?)');
      list.splice(i, 1);
    }
  }

  setPolicy(table: NfTable, chain: NfChain, policy: Policy): void {
    if (table !== 'filter') throw new Error('only filter chains have a policy in this model');
    this.policies.set(`${table}/${chain}`, policy);
  }

  policy(table: NfTable, chain: NfChain): Policy {
    if (this.policies.size === 0) return 'ACCEPT';
    return this.policies.get(`${table}/${chain}`) ?? 'ACCEPT';
  }

  /** First matching rule with a terminal target (RETURN ends the built-in chain = policy). */
  firstMatch(table: NfTable, chain: NfChain, ctx: PacketContext, kinds?: ReadonlyArray<IptablesTarget['kind']>): IptablesRule | undefined {
    const list = this.fast.get(table + chain);
    if (!list) return undefined;
    for (const r of list) {
      if (!ruleMatches(r.match, ctx)) continue;
      // Every rule a packet matches counts it, as the kernel's per-rule counters do.
      const c = this.counters.get(r);
      if (c) {
        c.pkts++;
        c.bytes += ipTotalLength(ctx.packet);
      } else this.counters.set(r, { pkts: 1, bytes: ipTotalLength(ctx.packet) });
      if (r.target.kind === 'RETURN') return undefined;
      if (!kinds || kinds.includes(r.target.kind)) return r;
    }
    return undefined;
  }

  /** Whether conntrack is needed at all (Linux loads it only when NAT, CT or state rules exist). */
  needsConntrack(): boolean {
    this.needsCt ??= this.computeNeedsConntrack();
    return this.needsCt;
  }

  private computeNeedsConntrack(): boolean {
    for (const [key, list] of this.chains) {
      if (list.length === 0) continue;
      if (key.startsWith('nat/') || key.startsWith('raw/')) return true;
      if (list.some((r) => r.match?.ctstate !== undefined)) return true;
    }
    return false;
  }

  snapshot(): IptablesSnapshot {
    const rules: IptablesRuleSnapshot[] = [];
    for (const list of this.chains.values()) for (const rule of list) rules.push({ rule, pkts: this.counters.get(rule)?.pkts ?? 0, bytes: this.counters.get(rule)?.bytes ?? 0 });
    return { rules, policies: Object.fromEntries(this.policies) };
  }
}
