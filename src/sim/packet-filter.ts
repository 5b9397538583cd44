/**
 * The netfilter hooks of one host: raw (CT --zone, NOTRACK), conntrack, nat (DNAT in
 * PREROUTING/OUTPUT, MASQUERADE/SNAT in POSTROUTING) and filter (INPUT/FORWARD/OUTPUT with
 * ctstate). Order as in Linux, and so in the trace: raw -> conntrack (ct.new) -> nat PREROUTING
 * (nat.dnat) -> routing (route.forward) -> filter -> nat POSTROUTING (nat.masquerade) -> conntrack confirm. Conntrack only runs on a host that has NAT, raw or state
 * rules (as the module would not be loaded otherwise), so plain hosts show no entries.
 */
import { parseIpv4 } from './addr.ts';
import { canStartFlow, invert, trackable, type Conntrack, type CtDirection, type CtEntry, type CtTuple } from './conntrack.ts';
import type { Frame, Ipv4Packet } from './frame.ts';
import type { Kernel } from './kernel.ts';
import { parseNatTarget, type CtStateName, type NfChain, type RuleSet } from './netfilter.ts';

export interface NfState {
  packet: Ipv4Packet;
  entry: CtEntry | undefined;
  dir: CtDirection | undefined;
  isNew: boolean;
  zone: number;
  /** Conntrack could not place the packet (e.g. an echo reply nobody asked for): state INVALID. */
  invalid?: boolean;
  /** An ICMP error about a tracked flow: ctstate RELATED (what `--ctstate RELATED` accepts). */
  related?: boolean;
  /** The DNAT'd flow a RELATED error from the inside is about: its source is translated back at POSTROUTING. */
  relatedDnat?: CtEntry;
}

function withDst(p: Ipv4Packet, dst: string, dport: number): Ipv4Packet {
  if (p.tcp) return { ...p, dst, tcp: { ...p.tcp, dport } };
  if (p.udp) return { ...p, dst, udp: { ...p.udp, dport } };
  if (p.icmp && p.icmp.id !== undefined) return { ...p, dst, icmp: { ...p.icmp, id: dport } };
  return { ...p, dst };
}

function withSrc(p: Ipv4Packet, src: string, sport: number): Ipv4Packet {
  if (p.tcp) return { ...p, src, tcp: { ...p.tcp, sport } };
  if (p.udp) return { ...p, src, udp: { ...p.udp, sport } };
  if (p.icmp && p.icmp.id !== undefined) return { ...p, src, icmp: { ...p.icmp, id: sport } };
  return { ...p, src };
}

const tupleText = (t: CtTuple): string => `${t.proto} ${t.src}:${t.sport} -> ${t.dst}:${t.dport}`;

export class PacketFilter {
  private readonly k: Kernel;
  private readonly node: string;
  readonly rules: RuleSet;
  readonly ct: Conntrack;
  /** Address MASQUERADE uses on an interface (its primary address toward the next hop). */
  private readonly addressOf: (dev: string, nexthop: string) => string | undefined;

  constructor(k: Kernel, node: string, rules: RuleSet, ct: Conntrack, addressOf: (dev: string, nexthop: string) => string | undefined) {
    this.k = k;
    this.node = node;
    this.rules = rules;
    this.ct = ct;
    this.addressOf = addressOf;
  }

  private frameWith(frame: Frame | undefined, p: Ipv4Packet): Frame | undefined {
    return frame ? { ...frame, ip: p } : undefined;
  }

  /** PREROUTING for packets from the wire; undefined = dropped. */
  preRouting(inDev: string, p: Ipv4Packet, frame: Frame): NfState | undefined {
    return this.entry('PREROUTING', p, inDev, undefined, frame);
  }

  /** OUTPUT (raw, conntrack, nat) for locally generated packets. */
  localOut(p: Ipv4Packet, outDev: string | undefined): NfState | undefined {
    return this.entry('OUTPUT', p, undefined, outDev, undefined);
  }

  /**
   * A frame bridged by a bridge with br_netfilter: raw PREROUTING (-i is the bridge), conntrack and
   * filter FORWARD, then the entry is confirmed. No NAT is applied to bridged traffic here. This is
   * why Proxmox needs `-i fwbr+ -j CT --zone 1`: without it the guest's flow is already tracked
   * (un-NATed) in zone 0 when the routed pass reaches POSTROUTING, so MASQUERADE never runs.
   */
  bridged(bridge: string, inPort: string, frame: Frame): boolean {
    const s = this.entry('PREROUTING', frame.ip!, bridge, undefined, frame, inPort);
    if (!s) return false;
    if (!this.filter('FORWARD', s, bridge, bridge, frame)) return false;
    this.confirm(s);
    return true;
  }

  /** `bridgePort` (the bridge port a bridged frame came in on) marks a bridged frame: tracked, never NATed. */
  private entry(chain: 'PREROUTING' | 'OUTPUT', p: Ipv4Packet, inDev: string | undefined, outDev: string | undefined, frame: Frame | undefined, bridgePort?: string): NfState | undefined {
    const bridged = bridgePort !== undefined;
    if (!this.rules.needsConntrack()) return { packet: p, entry: undefined, dir: undefined, isNew: false, zone: 0 };
    let zone = 0;
    const raw = this.rules.firstMatch('raw', chain, { packet: p, inIface: inDev, outIface: outDev });
    if (raw?.target.kind === 'DROP') {
      this.k.emit('filter.drop', this.node, { dev: inDev, frame, params: { table: 'raw', chain } });
      return undefined;
    }
    if (raw?.target.kind === 'NOTRACK') return { packet: p, entry: undefined, dir: undefined, isNew: false, zone };
    if (raw?.target.kind === 'CT') {
      zone = raw.target.zone;
      this.k.emit('ct.zone', this.node, { dev: inDev, frame, params: { zone } });
    }
    if (!trackable(p)) {
      const rel = this.related(p, zone, frame, inDev);
      // An error this host sends itself carries the conntrack of the packet it is about (even one
      // that was never confirmed, e.g. dropped for its TTL), so it is RELATED too.
      if (!rel && chain === 'PREROUTING') return { packet: p, entry: undefined, dir: undefined, isNew: false, zone, invalid: true };
      const state: NfState = { packet: rel?.packet ?? p, entry: undefined, dir: undefined, isNew: false, zone, related: true };
      if (rel?.dnat) state.relatedDnat = rel.dnat;
      return state;
    }
    const found = this.ct.lookup(zone, p);
    if (found) {
      const { entry, dir } = found;
      if (this.ct.see(entry, dir, p) === 'established') {
        this.k.emit('ct.established', this.node, { dev: inDev, frame, params: { id: entry.id, orig: tupleText(entry.orig), reply: tupleText(entry.reply), zone } });
      }
      let q = p;
      if (bridged) return { packet: p, entry, dir, isNew: false, zone };
      if (dir === 'original' && entry.nat.includes('dnat')) q = withDst(p, entry.reply.src, entry.reply.sport);
      if (dir === 'reply' && (entry.nat.includes('snat') || entry.nat.includes('masquerade'))) q = withDst(p, entry.orig.src, entry.orig.sport);
      if (q !== p) {
        this.k.emit(dir === 'reply' ? 'nat.reverse' : 'nat.dnat', this.node, { dev: inDev, frame, frameAfter: this.frameWith(frame, q), params: { id: entry.id, existing: true, dst: q.dst } });
      }
      return { packet: q, entry, dir, isNew: false, zone };
    }
    if (!canStartFlow(p)) return { packet: p, entry: undefined, dir: undefined, isNew: false, zone, invalid: true };
    const entry = this.ct.create(zone, p);
    // Conntrack's hook runs before nat's (priority -200 vs -100), so the entry is reported here, as
    // NEW and un-NATed: a DNAT below and a MASQUERADE/SNAT at POSTROUTING then rewrite its reply tuple.
    // It is confirmed (listed by `conntrack -L`) only once the packet leaves or is delivered.
    this.k.emit('ct.new', this.node, { dev: bridgePort ?? inDev ?? outDev, frame, params: { id: entry.id, proto: entry.orig.proto, orig: tupleText(entry.orig), reply: tupleText(entry.reply), zone, nat: '' } });
    let q = p;
    if (bridged) return { packet: p, entry, dir: 'original', isNew: true, zone };
    const nat = this.rules.firstMatch('nat', chain, { packet: p, inIface: inDev, outIface: outDev }, ['DNAT', 'ACCEPT']);
    if (nat?.target.kind === 'DNAT') {
      const to = parseNatTarget(nat.target.toDestination);
      const dport = to.portLo === undefined ? entry.orig.dport : this.dnatPort(zone, entry, to.ip, to.portLo, to.portHi ?? to.portLo);
      entry.reply = { ...entry.reply, src: to.ip, sport: dport };
      entry.nat.push('dnat');
      q = withDst(p, to.ip, dport);
      this.k.emit('nat.dnat', this.node, { dev: inDev, frame, frameAfter: this.frameWith(frame, q), params: { to: `${to.ip}:${dport}`, existing: false } });
    }
    return { packet: q, entry, dir: 'original', isNew: true, zone };
  }

  /**
   * An ICMP error whose quoted packet belongs to a tracked flow (either direction) is RELATED to it,
   * as nf_conntrack_icmpv4_error decides. NAT is undone on it as on the flow's own replies
   * (nf_nat_icmp_reply_translation): one about a masqueraded flow goes back to the inside host here,
   * one sent by a DNAT target (returned as `dnat`) leaves with the public address at POSTROUTING.
   * Returns undefined when the error matches no entry: Linux leaves it without a conntrack entry,
   * which `--ctstate INVALID` matches.
   */
  private related(p: Ipv4Packet, zone: number, frame: Frame | undefined, inDev: string | undefined): { packet: Ipv4Packet; dnat?: CtEntry } | undefined {
    const q = p.icmp?.quoted;
    if (!q || !p.icmp) return undefined;
    const sport = q.sport ?? q.icmpId ?? 0;
    const dport = q.dport ?? q.icmpId ?? 0;
    const found = this.ct.lookupTuple(zone, invert({ proto: q.proto, src: q.src, dst: q.dst, sport, dport }));
    if (!found) return undefined;
    if (found.dir !== 'reply') return { packet: p };
    const e = found.entry;
    const dnat = e.nat.includes('dnat') ? { dnat: e } : {};
    if (!e.nat.includes('snat') && !e.nat.includes('masquerade')) return { packet: p, ...dnat };
    const quoted = { ...q, src: e.orig.src };
    if (q.sport !== undefined) quoted.sport = e.orig.sport;
    if (q.icmpId !== undefined) quoted.icmpId = e.orig.sport;
    const out: Ipv4Packet = { ...p, dst: e.orig.src, icmp: { ...p.icmp, quoted } };
    this.k.emit('nat.reverse', this.node, { dev: inDev, frame, frameAfter: this.frameWith(frame, out), params: { id: e.id, related: true, dst: out.dst } });
    return { packet: out, ...dnat };
  }

  /** A DNAT target's ICMP error about the forwarded flow: from the public address, quoting it. */
  private undoDnatOnError(e: CtEntry, p: Ipv4Packet, outDev: string, frame: Frame | undefined): Ipv4Packet {
    const q = p.icmp?.quoted;
    if (!q || !p.icmp) return p;
    const quoted = { ...q, dst: e.orig.dst };
    if (q.dport !== undefined) quoted.dport = e.orig.dport;
    if (q.icmpId !== undefined) quoted.icmpId = e.orig.dport;
    const out: Ipv4Packet = { ...p, src: e.orig.dst, icmp: { ...p.icmp, quoted } };
    this.k.emit('nat.reverse', this.node, { dev: outDev, frame, frameAfter: this.frameWith(frame, out), params: { id: e.id, related: true, src: out.src } });
    return out;
  }

  ctstate(s: NfState): CtStateName | undefined {
    if (s.invalid) return 'INVALID';
    if (s.related) return 'RELATED';
    if (!s.entry) return undefined;
    if (s.dir === 'reply' || s.entry.seenReply) return 'ESTABLISHED';
    return 'NEW';
  }

  /** filter table decision; false = dropped (traced). */
  filter(chain: Extract<NfChain, 'INPUT' | 'FORWARD' | 'OUTPUT'>, s: NfState, inDev: string | undefined, outDev: string | undefined, frame: Frame | undefined): boolean {
    const rule = this.rules.firstMatch('filter', chain, { packet: s.packet, inIface: inDev, outIface: outDev, ctstate: this.ctstate(s) }, ['ACCEPT', 'DROP']);
    const verdict = rule ? rule.target.kind : this.rules.policy('filter', chain);
    if (verdict === 'DROP') {
      this.k.emit('filter.drop', this.node, { dev: inDev ?? outDev, frame, params: { chain, policy: rule === undefined, in: inDev, out: outDev } });
      return false;
    }
    if (rule) this.k.emit('filter.accept', this.node, { dev: inDev ?? outDev, frame, params: { chain, in: inDev, out: outDev } });
    return true;
  }

  /**
   * nat INPUT for a packet delivered to this host: the reply to a connection the host itself sent
   * through a DNAT (nat OUTPUT) gets its source translated back, as Linux's LOCAL_IN hook does.
   */
  localIn(s: NfState, inDev: string, frame: Frame | undefined): Ipv4Packet {
    const e = s.entry;
    if (!e) return s.relatedDnat ? this.undoDnatOnError(s.relatedDnat, s.packet, inDev, frame) : s.packet;
    if (s.isNew || s.dir !== 'reply' || !e.nat.includes('dnat')) return s.packet;
    const q = withSrc(s.packet, e.orig.dst, e.orig.dport);
    this.k.emit('nat.reverse', this.node, { dev: inDev, frame, frameAfter: this.frameWith(frame, q), params: { id: e.id, src: q.src } });
    return q;
  }

  /** nat POSTROUTING + conntrack confirm. Returns the packet as it leaves, or undefined if dropped. */
  postRouting(s: NfState, outDev: string, nexthop: string, inDev: string | undefined, frame: Frame | undefined): Ipv4Packet | undefined {
    const e = s.entry;
    const p = s.packet;
    if (!e) return s.relatedDnat ? this.undoDnatOnError(s.relatedDnat, p, outDev, frame) : p;
    if (!s.isNew) {
      let q = p;
      if (s.dir === 'original' && (e.nat.includes('snat') || e.nat.includes('masquerade'))) {
        q = withSrc(p, e.reply.dst, e.reply.dport);
        this.k.emit(e.nat.includes('masquerade') ? 'nat.masquerade' : 'nat.snat', this.node, { dev: outDev, frame, frameAfter: this.frameWith(frame, q), params: { id: e.id, existing: true, src: q.src } });
      }
      if (s.dir === 'reply' && e.nat.includes('dnat')) {
        q = withSrc(p, e.orig.dst, e.orig.dport);
        this.k.emit('nat.reverse', this.node, { dev: outDev, frame, frameAfter: this.frameWith(frame, q), params: { id: e.id, src: q.src } });
      }
      return q;
    }
    let q = p;
    const rule = this.rules.firstMatch('nat', 'POSTROUTING', { packet: p, inIface: inDev, outIface: outDev }, ['MASQUERADE', 'SNAT', 'ACCEPT']);
    if (rule && (rule.target.kind === 'MASQUERADE' || rule.target.kind === 'SNAT')) {
      let ip: string | undefined;
      let range: [number, number] | undefined;
      if (rule.target.kind === 'MASQUERADE') {
        ip = this.addressOf(outDev, nexthop);
        range = rule.target.toPorts;
      } else {
        const to = parseNatTarget(rule.target.toSource);
        ip = to.ip;
        if (to.portLo !== undefined) range = [to.portLo, to.portHi ?? to.portLo];
      }
      if (ip === undefined || parseIpv4(ip) === null) {
        this.k.emit('drop', this.node, { dev: outDev, frame, params: { reason: 'masquerade_no_address' } });
        return undefined;
      }
      const wanted = { ...e.reply, dst: ip };
      const port = e.orig.proto === 'icmp' ? this.pickIcmpId(e.zone, wanted) : this.ct.pickPort(e.zone, wanted, range);
      if (port !== e.orig.sport) {
        this.k.emit('nat.port_remap', this.node, { dev: outDev, frame, params: { from: e.orig.sport, to: port, proto: e.orig.proto } });
      }
      e.reply = e.orig.proto === 'icmp' ? { ...wanted, sport: port, dport: port } : { ...wanted, dport: port };
      const kind = rule.target.kind === 'MASQUERADE' ? 'masquerade' : 'snat';
      e.nat.push(kind);
      if (kind === 'masquerade') e.masqDev = outDev;
      q = withSrc(p, ip, port);
      this.k.emit(kind === 'masquerade' ? 'nat.masquerade' : 'nat.snat', this.node, { dev: outDev, frame, frameAfter: this.frameWith(frame, q), params: { src: ip, sport: port, existing: false } });
    }
    this.confirm(s);
    return q;
  }

  /**
   * The destination port DNAT gives a flow, as get_unique_tuple/nf_nat_l4proto_unique_tuple do for
   * `--to-destination ADDR:LO-HI`: a port already inside the range is kept (when it is the only one or
   * still free), otherwise the first free port counting up from LO (no random offset for DNAT).
   */
  private dnatPort(zone: number, e: CtEntry, ip: string, lo: number, hi: number): number {
    const want = e.orig.dport;
    const taken = (port: number): boolean => this.ct.replyTupleInUse(zone, { ...e.reply, src: ip, sport: port });
    if (want >= lo && want <= hi && (lo === hi || !taken(want))) return want;
    for (let port = lo; port <= hi; port++) if (!taken(port)) return port;
    return lo;
  }

  private pickIcmpId(zone: number, reply: CtTuple): number {
    if (!this.ct.replyTupleInUse(zone, reply)) return reply.dport;
    for (let id = 1; id < 65536; id++) {
      const cand = { ...reply, sport: id, dport: id };
      if (!this.ct.replyTupleInUse(zone, cand)) return id;
    }
    return reply.dport;
  }

  /** Confirms a new entry (end of POSTROUTING, or of INPUT for local delivery); its ct.new was traced when it was created. */
  confirm(s: NfState): void {
    const e = s.entry;
    if (!e || !s.isNew || e.confirmed) return;
    this.ct.confirm(e);
  }
}
