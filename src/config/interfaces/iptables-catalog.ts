/**
 * What iptables itself accepts, so the checker can refuse what iptables refuses: the built-in chains
 * of each table, the target and match extensions of the standard distribution, and the options each
 * of them adds. Sources: iptables(8) and iptables-extensions(8) of iptables 1.8.x
 * (https://man.archlinux.org/man/iptables-extensions.8.en), which list every extension and option.
 * An extension whose options are not listed here (`undefined`) accepts any option: only what is
 * listed is checked, so a valid rule is never refused for a gap in this table.
 */

/** iptables(8) TABLES: the built-in chains of each table. */
export const BUILTIN_CHAINS: Record<string, readonly string[]> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  security: ['INPUT', 'FORWARD', 'OUTPUT'],
};

/** Verdicts built into iptables itself (no extension). */
export const STANDARD_TARGETS = ['ACCEPT', 'DROP', 'RETURN', 'QUEUE'] as const;

/** iptables(8) OPTIONS and PARAMETERS, long and short: the options every rule may use. */
export const BASE_OPTIONS = [
  '--append', '--check', '--delete', '--insert', '--replace', '--list', '--list-rules', '--flush', '--zero',
  '--new-chain', '--delete-chain', '--policy', '--rename-chain', '--help', '--ipv4', '--ipv6', '--protocol',
  '--source', '--src', '--destination', '--dst', '--match', '--jump', '--goto', '--in-interface',
  '--out-interface', '--fragment', '--set-counters', '--verbose', '--wait', '--wait-interval', '--numeric',
  '--exact', '--line-numbers', '--modprobe', '--table',
  '-A', '-C', '-D', '-I', '-R', '-L', '-S', '-F', '-Z', '-N', '-X', '-P', '-E', '-h', '-4', '-6', '-p', '-s',
  '-d', '-m', '-j', '-g', '-i', '-o', '-f', '-c', '-v', '-w', '-W', '-n', '-x', '-t',
] as const;

const TCP_UDP_PORTS = ['--source-port', '--sport', '--destination-port', '--dport'];

/** Target extensions (iptables-extensions(8) TARGET EXTENSIONS, IPv4) and their options. */
export const TARGET_OPTIONS: Record<string, readonly string[] | undefined> = {
  MASQUERADE: ['--to-ports', '--random', '--random-fully'],
  SNAT: ['--to-source', '--random', '--random-fully', '--persistent'],
  DNAT: ['--to-destination', '--random', '--persistent'],
  REDIRECT: ['--to-ports', '--random'],
  REJECT: ['--reject-with'],
  LOG: ['--log-level', '--log-prefix', '--log-tcp-sequence', '--log-tcp-options', '--log-ip-options', '--log-uid', '--log-macdecode'],
  MARK: ['--set-xmark', '--set-mark', '--and-mark', '--or-mark', '--xor-mark'],
  CONNMARK: ['--set-xmark', '--save-mark', '--restore-mark', '--and-mark', '--or-mark', '--xor-mark', '--set-mark', '--nfmask', '--ctmask', '--mask'],
  CT: ['--notrack', '--helper', '--ctevents', '--expevents', '--zone', '--zone-orig', '--zone-reply', '--timeout'],
  NOTRACK: [],
  TCPMSS: ['--set-mss', '--clamp-mss-to-pmtu'],
  NFLOG: ['--nflog-group', '--nflog-prefix', '--nflog-range', '--nflog-size', '--nflog-threshold'],
  NFQUEUE: ['--queue-num', '--queue-balance', '--queue-bypass', '--queue-cpu-fanout'],
  NETMAP: ['--to'],
  TPROXY: ['--on-port', '--on-ip', '--tproxy-mark'],
  TTL: ['--ttl-set', '--ttl-dec', '--ttl-inc'],
  DSCP: ['--set-dscp', '--set-dscp-class'],
  TOS: ['--set-tos', '--and-tos', '--or-tos', '--xor-tos'],
  TEE: ['--gateway'],
  CHECKSUM: ['--checksum-fill'],
  CLASSIFY: ['--set-class'],
  TRACE: [],
  AUDIT: ['--type'],
  SET: undefined,
  SYNPROXY: undefined,
  HMARK: undefined,
  IDLETIMER: undefined,
  LED: undefined,
  CLUSTERIP: undefined,
  CONNSECMARK: undefined,
  SECMARK: undefined,
  ECN: undefined,
  RATEEST: undefined,
  TCPOPTSTRIP: undefined,
  ULOG: undefined,
};

/** Match extensions (iptables-extensions(8) MATCH EXTENSIONS) and their options. */
export const MATCH_OPTIONS: Record<string, readonly string[] | undefined> = {
  tcp: [...TCP_UDP_PORTS, '--tcp-flags', '--syn', '--tcp-option'],
  udp: TCP_UDP_PORTS,
  icmp: ['--icmp-type'],
  state: ['--state'],
  conntrack: [
    '--ctstate', '--ctproto', '--ctorigsrc', '--ctorigdst', '--ctreplsrc', '--ctrepldst', '--ctorigsrcport',
    '--ctorigdstport', '--ctreplsrcport', '--ctrepldstport', '--ctstatus', '--ctexpire', '--ctdir',
  ],
  comment: ['--comment'],
  multiport: ['--source-ports', '--sports', '--destination-ports', '--dports', '--ports'],
  physdev: ['--physdev-in', '--physdev-out', '--physdev-is-in', '--physdev-is-out', '--physdev-is-bridged'],
  mac: ['--mac-source'],
  limit: ['--limit', '--limit-burst'],
  mark: ['--mark'],
  connmark: ['--mark'],
  iprange: ['--src-range', '--dst-range'],
  addrtype: ['--src-type', '--dst-type', '--limit-iface-in', '--limit-iface-out'],
  pkttype: ['--pkt-type'],
  length: ['--length'],
  ttl: ['--ttl-eq', '--ttl-gt', '--ttl-lt'],
  owner: ['--uid-owner', '--gid-owner', '--socket-exists', '--suppl-groups'],
  recent: ['--name', '--set', '--rsource', '--rdest', '--mask', '--rcheck', '--update', '--remove', '--seconds', '--reap', '--hitcount', '--rttl'],
  connlimit: ['--connlimit-upto', '--connlimit-above', '--connlimit-mask', '--connlimit-saddr', '--connlimit-daddr'],
  tcpmss: ['--mss'],
  string: ['--algo', '--from', '--to', '--string', '--hex-string', '--icase'],
  set: undefined,
  hashlimit: undefined,
  time: undefined,
  u32: undefined,
  ah: undefined,
  esp: undefined,
  bpf: undefined,
  cgroup: undefined,
  cluster: undefined,
  connbytes: undefined,
  connlabel: undefined,
  cpu: undefined,
  dccp: undefined,
  devgroup: undefined,
  dscp: undefined,
  ecn: undefined,
  helper: undefined,
  ipvs: undefined,
  nfacct: undefined,
  osf: undefined,
  policy: undefined,
  quota: undefined,
  rateest: undefined,
  realm: undefined,
  rpfilter: undefined,
  sctp: undefined,
  socket: undefined,
  statistic: undefined,
  tos: undefined,
};

export const TARGET_NAMES = Object.keys(TARGET_OPTIONS);
export const MATCH_NAMES = Object.keys(MATCH_OPTIONS);
export const TABLE_NAMES = Object.keys(BUILTIN_CHAINS);

/**
 * The long option a word stands for among those on offer: itself, or the one option it is an
 * unambiguous abbreviation of (getopt_long, which iptables uses, accepts `--to` for `--to-destination`).
 */
export function resolveOption(word: string, offered: Iterable<string>): string | undefined {
  const all = [...offered];
  if (all.includes(word)) return word;
  if (!word.startsWith('--') || word.length < 3) return undefined;
  const prefixed = [...new Set(all.filter((o) => o.startsWith('--') && o.startsWith(word)))];
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
