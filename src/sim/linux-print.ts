/**
 * A host's tables printed exactly as the real commands print them, from a kernel snapshot (pure: no
 * DOM, no Node). Checked line by line against the real tools in network namespaces by
 * tests/unit/linux-printers.test.ts (iproute2 6.1, iptables 1.8.9 nf_tables, conntrack-tools 1.4.7),
 * which names what each printer leaves out because the kernel does not model it.
 *
 *   formatIpNeigh(host)                      ip neigh            (ip-neigh.ts)
 *   formatIpRoute(host)                      ip route
 *   formatBridgeFdb(host, { br })            bridge fdb show [br BR]
 *   formatIptables(host, 'nat')              iptables -t nat -L -n -v
 *   formatConntrack(host)                    conntrack -L        (stdout; its summary line goes to stderr)
 */
import { parseIpv4 } from './addr.ts';
import type { HostSnapshot } from './host.ts';
import { TABLE_CHAINS, type IptablesRule, type NfTable, type PortMatch } from './netfilter.ts';
import type { CtSnapshot, CtTuple } from './conntrack.ts';

export { formatIpNeigh } from './ip-neigh.ts';

const isGroupMac = (mac: string): boolean => (parseInt(mac.slice(0, 2), 16) & 1) === 1;

/**
 * `bridge fdb show [br BR]` (bridge/fdb.c print_fdb): device by device in creation order (the
 * kernel's ifindex order), each port's entries newest first (the bridge's hash list), then the
 * bridge's own address on the bridge device. Every field is followed by a space and the state comes
 * last, empty for a learned entry ("... master vmbr0 ") and "permanent" for a local one. Left out:
 * the "self permanent" multicast group entries of each device (33:33:..., 01:00:5e:...), which come
 * from IPv6 and IGMP memberships the kernel does not model.
 */
export function formatBridgeFdb(host: Pick<HostSnapshot, 'devices' | 'bridges'>, opts: { br?: string } = {}): string {
  const bridges = new Map(host.bridges.map((b) => [b.name, b]));
  let out = '';
  const line = (mac: string, dev: string, vlan: number | undefined, br: string, local: boolean) => {
    out += `${mac} dev ${dev} ${vlan !== undefined ? `vlan ${vlan} ` : ''}master ${br} ${local ? 'permanent' : ''}\n`;
  };
  for (const d of host.devices) {
    const own = bridges.get(d.name);
    const br = own ?? (d.master !== undefined ? bridges.get(d.master) : undefined);
    if (!br || (opts.br !== undefined && br.name !== opts.br)) continue;
    // The bridge's own MAC is one entry on the bridge device, even when a port has the same MAC.
    const isBridgeMac = (e: { mac: string; local: boolean }) => e.local && e.mac === br.mac;
    const entries = br.fdb.filter((e) => !isGroupMac(e.mac) && (own ? e.port === d.name || isBridgeMac(e) : e.port === d.name && !isBridgeMac(e)));
    for (const e of [...entries].reverse()) line(e.mac, d.name, br.vlanAware ? e.vlan : undefined, br.name, e.local);
  }
  return out;
}

/**
 * `ip route` (ip/iproute.c print_route), main table: in the FIB trie's order (destination address,
 * then the longer prefix, then the lower metric). Connected routes read "proto kernel scope link src
 * A", a route without a gateway "scope link"; "proto" is left out for routes added with `ip route
 * add` (proto boot). Every field is followed by a space.
 */
export function formatIpRoute(host: Pick<HostSnapshot, 'routes'>): string {
  const key = (dst: string) => {
    const [ip = '', prefix = '32'] = dst.split('/');
    return { net: parseIpv4(ip) ?? 0, prefix: Number(prefix) };
  };
  const rows = [...host.routes].sort((a, b) => {
    const ka = key(a.dst);
    const kb = key(b.dst);
    return ka.net - kb.net || kb.prefix - ka.prefix || a.metric - b.metric;
  });
  let out = '';
  for (const r of rows) {
    const { prefix } = key(r.dst);
    const dst = r.dst === '0.0.0.0/0' ? 'default' : prefix === 32 ? r.dst.split('/')[0]! : r.dst;
    const fields = [dst];
    if (r.via !== undefined) fields.push('via', r.via);
    fields.push('dev', r.dev);
    if (r.proto === 'kernel') fields.push('proto', 'kernel');
    if (r.via === undefined) fields.push('scope', 'link');
    if (r.src !== undefined) fields.push('src', r.src);
    if (r.metric !== 0) fields.push('metric', String(r.metric));
    if (r.onlink) fields.push('onlink');
    out += `${fields.map((f) => `${f} `).join('')}\n`;
  }
  return out;
}

/** xtables_print_num with FMT_KILOMEGAGIGA (no -x): up to 99999 as is, then K, M, G, T, rounded. */
function count(n: number): string {
  if (n <= 99_999) return `${String(n).padStart(5)} `;
  let v = n;
  for (const unit of ['K', 'M', 'G']) {
    v = Math.floor((v + 500) / 1000);
    if (v <= 9999) return `${String(v).padStart(4)}${unit} `;
  }
  return `${String(Math.floor((v + 500) / 1000)).padStart(4)}T `;
}

const PROTO_NUMBER = { all: 0, icmp: 1, tcp: 6, udp: 17 } as const;

/** `-s`/`-d` as iptables -n prints them: a /32 without its mask, anything else in CIDR form. */
function address(cidr: string | undefined): string {
  if (cidr === undefined) return '0.0.0.0/0';
  return cidr.endsWith('/32') ? cidr.slice(0, -3) : cidr;
}

function ports(name: string, m: PortMatch | undefined, invert: boolean | undefined): string {
  if (m === undefined) return '';
  const inv = invert ? '!' : '';
  return typeof m === 'number' ? ` ${name}:${inv}${m}` : ` ${name}s:${inv}${m[0]}:${m[1]}`;
}

/** What follows the destination column: the match extensions, then the target's options. */
function extras(rule: IptablesRule): string {
  const m = rule.match ?? {};
  let text = '';
  if ((m.proto === 'tcp' || m.proto === 'udp') && (m.sport !== undefined || m.dport !== undefined)) {
    text += ` ${m.proto}${ports('spt', m.sport, m.not?.sport)}${ports('dpt', m.dport, m.not?.dport)}`;
  }
  // libxt_conntrack prints the states in its own order, not the order written.
  if (m.ctstate) text += ` ctstate ${(['INVALID', 'NEW', 'RELATED', 'ESTABLISHED'] as const).filter((s) => m.ctstate!.includes(s)).join(',')}`;
  const t = rule.target;
  if (t.kind === 'DNAT') text += ` to:${t.toDestination}`;
  if (t.kind === 'SNAT') text += ` to:${t.toSource}`;
  if (t.kind === 'MASQUERADE' && t.toPorts) text += ` masq ports: ${t.toPorts[0]}-${t.toPorts[1]}`;
  if (t.kind === 'CT') text += ` CT zone ${t.zone}`;
  // -j NOTRACK is CT --notrack in iptables 1.8: listed as target CT.
  if (t.kind === 'NOTRACK') text += ' NOTRACK';
  return text;
}

/**
 * `iptables -t TABLE -L -n -v` (iptables 1.8.9, nf_tables: print_header and print_firewall): every
 * built-in chain of the table with its policy, the column header, one line per rule with the packets
 * and bytes it matched. The policy counters read 0 as iptables-nft prints them (its base chains keep
 * none); the protocol is a number under -n ("6", "0" for all).
 */
export function formatIptables(host: Pick<HostSnapshot, 'iptables'>, table: NfTable = 'filter'): string {
  const chains = TABLE_CHAINS[table].map((chain) => {
    const policy = host.iptables.policies[`${table}/${chain}`] ?? 'ACCEPT';
    let text = `Chain ${chain} (policy ${policy} 0 packets, 0 bytes)\n`;
    text += ' pkts bytes target     prot opt in     out     source               destination         \n';
    for (const { rule, pkts, bytes } of host.iptables.rules) {
      if (rule.table !== table || rule.chain !== chain) continue;
      const m = rule.match ?? {};
      const not = m.not ?? {};
      const iface = (name: string | undefined, invert: boolean | undefined) => `${name === undefined ? '*' : `${invert ? '!' : ''}${name}`}`.padEnd(6);
      text +=
        `${count(pkts)}${count(bytes)}${(rule.target.kind === 'NOTRACK' ? 'CT' : rule.target.kind).padEnd(9)} ` +
        `${not.proto ? '!' : ' '}${String(PROTO_NUMBER[m.proto ?? 'all']).padEnd(4)} -- ` +
        ` ${iface(m.inIface, not.inIface)} ${iface(m.outIface, not.outIface)} ` +
        `${not.src ? '!' : ' '}${address(m.src).padEnd(19)} ${not.dst ? '!' : ' '}${address(m.dst).padEnd(19)} ${extras(rule)}\n`;
    }
    return text;
  });
  return chains.join('\n');
}

function tuple(t: CtTuple, reply: boolean): string {
  if (t.proto === 'icmp') return `src=${t.src} dst=${t.dst} type=${reply ? 0 : 8} code=0 id=${t.sport} `;
  return `src=${t.src} dst=${t.dst} sport=${t.sport} dport=${t.dport} `;
}

const CT_PROTO_NUMBER: Record<CtSnapshot['proto'], number> = { icmp: 1, tcp: 6, udp: 17 };

/**
 * `conntrack -L` (conntrack-tools 1.4.7, libnetfilter_conntrack's default format): protocol name
 * padded to 8 and its number, seconds left, the TCP state, the original tuple, [UNREPLIED] while no
 * reply was seen, the reply tuple, [ASSURED], mark, zone (only when not 0), use. In the kernel's
 * order of creation (Linux lists its hash table's order). A TCP connection stays as its handshake
 * left it (the kernel models no FIN), so a closed one reads ESTABLISHED where Linux says TIME_WAIT.
 */
export function formatConntrack(host: Pick<HostSnapshot, 'conntrack'>): string {
  let out = '';
  for (const e of host.conntrack) {
    out += `${e.proto.padEnd(8)} ${CT_PROTO_NUMBER[e.proto]} ${e.timeoutS} ${e.tcpState ? `${e.tcpState} ` : ''}`;
    out += `${tuple(e.orig, false)}${e.state === 'NEW' ? '[UNREPLIED] ' : ''}${tuple(e.reply, true)}`;
    out += `${e.assured ? '[ASSURED] ' : ''}mark=0 ${e.zone !== 0 ? `zone=${e.zone} ` : ''}use=1\n`;
  }
  return out;
}
