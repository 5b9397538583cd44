/**
 * The IPv4 stack of one host: ARP (with proxy ARP), input, forwarding, local output, ICMP
 * echo/errors, and the minimal TCP/UDP socket behaviour the course needs.
 *
 * Linux behaviour kept:
 * - weak host model: any local address is accepted on any interface, and ARP requests for any
 *   local address are answered (arp_ignore=0; 1 and 2 narrow that, see Host.arpAnswers);
 * - proxy_arp on the receiving interface answers for an address routed out of ANOTHER interface,
 *   only when forwarding is on; broadcast requests are answered after a random delay below
 *   proxy_delay (default 80 cs = 0.8 s, seeded RNG here), unicast ones at once;
 * - forwarding off on the incoming interface (conf/IF/forwarding, set on all of them by ip_forward)
 *   drops packets for other hosts silently; forwarding checks the route first (no route: ICMP
 *   net unreachable), then TTL (<= 1: ICMP time exceeded), decrements TTL and rewrites the
 *   Ethernet header for the next hop;
 * - no ICMP error about an ICMP error; broadcast pings are ignored (icmp_echo_ignore_broadcasts=1);
 * - a TCP segment for a port nobody listens on gets RST; a UDP datagram gets ICMP port unreachable.
 * - rp_filter (default 0) checks the source of packets and ARP requests (Host.rpFilterPasses);
 *   our own address as source is a martian whatever rp_filter says (Host.isMartianSource).
 * Simplified: no ICMP redirects, no ICMP rate limit, no fragmentation/MTU, no IPv6,
 * no TCP data transfer or retransmission.
 */
import { BROADCAST_MAC, isGroupMac, type Ipv4 } from './addr.ts';
import { PingHandle, TcpHandle, UdpHandle, type PingOptions, type TcpOptions, type UdpOptions } from './apps.ts';
import type { Frame, IcmpHeader, Ipv4Packet, QuotedHeader, TcpFlag } from './frame.ts';
import type { Host } from './host.ts';
import type { Kernel } from './kernel.ts';
import { US_PER_MS } from './kernel.ts';
import { LOCKTIME_US, UNRES_QLEN, VALID_STATES, type NeighEntry, type NeighState } from './neigh.ts';
import type { NfState } from './packet-filter.ts';

const DEFAULT_TTL = 64;
const LOOPBACK_MAC = '00:00:00:00:00:00';

function quote(p: Ipv4Packet): QuotedHeader {
  const q: QuotedHeader = { src: p.src, dst: p.dst, proto: p.proto };
  const l4 = p.tcp ?? p.udp;
  if (l4) {
    q.sport = l4.sport;
    q.dport = l4.dport;
  }
  if (p.icmp?.id !== undefined) q.icmpId = p.icmp.id;
  return q;
}

export class Ipv4Stack {
  private readonly pings = new Map<number, PingHandle>();
  /** Client sockets keyed by remote address, remote port and local port. */
  private readonly tcpClients = new Map<string, TcpHandle>();
  private readonly udpClients = new Map<string, UdpHandle>();
  private readonly usedPorts = new Set<number>();

  private readonly k: Kernel;

  private readonly host: Host;

  constructor(k: Kernel, host: Host) {
    this.k = k;
    this.host = host;
  }

  private get id(): string {
    return this.host.id;
  }

  // ---- ARP --------------------------------------------------------------------------------------

  arpRx(dev: string, frame: Frame): void {
    const a = frame.arp!;
    const mac = this.host.devMac(dev)!;
    if (a.op === 'request' && a.senderIp !== a.targetIp) {
      // arp_process routes the request (ip_route_input), so source validation applies to it: our
      // own address as sender (martian), then the reverse-path filter.
      const bad = this.host.isMartianSource(dev, a.senderIp) ? 'martian' : this.host.rpFilterPasses(dev, a.senderIp) ? undefined : 'rp_filter';
      if ((this.host.isLocalIp(a.targetIp) || this.host.proxyArp(dev)) && bad) {
        this.k.emit('drop', this.id, { dev, frame, params: { reason: bad, src: a.senderIp } });
        // Not answered, but like any ARP packet it still refreshes an entry we already have.
        this.learn(dev, a.senderIp, a.senderMac, false, false, true);
        return;
      }
      if (this.host.isLocalIp(a.targetIp)) {
        // arp_ignore says no: Linux neither answers nor learns the sender (arp_process skips both).
        if (!this.host.arpAnswers(dev, a.targetIp, a.senderIp)) return;
        this.learn(dev, a.senderIp, a.senderMac, true);
        this.sendArpReply(dev, frame, mac, 'arp.reply');
        return;
      }
      if (this.proxyArpApplies(dev, a.targetIp)) {
        this.learn(dev, a.senderIp, a.senderMac, true);
        const delayCs = this.host.sysctl(`net.ipv4.neigh.${dev}.proxy_delay`) ?? this.host.sysctl('net.ipv4.neigh.default.proxy_delay') ?? 80;
        const delayUs = isGroupMac(frame.dst) && delayCs > 0 ? this.k.rng.int(0, delayCs * 10_000 - 1) : 0;
        if (delayUs === 0) this.sendArpReply(dev, frame, mac, 'arp.proxy_reply');
        else this.k.schedule(delayUs, this.id, 'arp.proxy_delay', () => this.sendArpReply(dev, frame, mac, 'arp.proxy_reply'));
        return;
      }
      this.learn(dev, a.senderIp, a.senderMac, false, false, true);
      this.k.emit('drop', this.id, { dev, frame, params: { reason: 'arp_not_for_us', target: a.targetIp } });
      return;
    }
    // Replies and gratuitous announcements only refresh entries we already have (arp_accept=0). Only
    // a reply sent to our MAC confirms reachability; broadcast replies and requests just say STALE
    // (arp_process: "Broadcast replies and request packets do not assert neighbour reachability").
    const garp = a.senderIp === a.targetIp;
    this.learn(dev, a.senderIp, a.senderMac, false, a.op === 'reply' && frame.dst === mac, !garp);
  }

  private proxyArpApplies(dev: string, target: Ipv4): boolean {
    if (!this.host.proxyArp(dev) || !this.host.forwarding(dev)) return false;
    const r = this.host.routes.lookup(target);
    return r !== undefined && r.dev !== dev;
  }

  private sendArpReply(dev: string, req: Frame, mac: string, code: 'arp.reply' | 'arp.proxy_reply'): void {
    const a = req.arp!;
    const reply: Frame = {
      id: this.k.newFrameId(),
      src: mac,
      dst: a.senderMac,
      type: 'arp',
      arp: { op: 'reply', senderMac: mac, senderIp: a.targetIp, targetMac: a.senderMac, targetIp: a.senderIp },
    };
    this.k.emit(code, this.id, { dev, frame: reply, params: { ip: a.targetIp, mac, to: a.senderIp } });
    this.host.devTx(dev, reply);
  }

  /**
   * Neighbour update from an ARP packet, as __neigh_update does it: a unicast reply to us confirms
   * (REACHABLE), anything else says STALE; an entry that already has this MAC keeps its state on a
   * STALE update; a different MAC is taken only with override (requests for our address always,
   * other ARP once the locktime has passed, see LOCKTIME_US).
   */
  private learn(dev: string, ip: Ipv4, mac: string, create: boolean, confirms = false, locked = false): void {
    const now = this.k.nowUs();
    let e = this.host.neigh.get(dev, ip);
    if (!e && !create) return;
    e ??= this.host.neigh.ensure(dev, ip, now);
    const prev = this.host.neigh.settle(e, now);
    const prevMac = e.mac;
    const valid = VALID_STATES.has(prev);
    if (confirms) e.confirmedUs = now;
    // Silently, as Linux: the later answer is simply not used (see LOCKTIME_US).
    if (locked && valid && prevMac !== mac && now - e.changedUs < LOCKTIME_US) return;
    let next: NeighState = confirms ? 'REACHABLE' : 'STALE';
    if (valid && prevMac === mac && next === 'STALE') next = prev;
    e.state = next;
    e.mac = mac;
    if (next !== prev) {
      if (e.timer) this.k.cancel(e.timer);
      e.timer = undefined;
      e.probes = 0;
    }
    if (next !== prev || prevMac !== mac) {
      e.changedUs = now;
      this.k.emit('neigh.update', this.id, { dev, params: { ip, mac, state: e.state } });
    }
    const queued = e.queue.splice(0);
    for (const q of queued) this.sendFrame(dev, mac, q.packet, q.frameId);
  }

  gratuitousArp(dev: string, ip: Ipv4): void {
    const mac = this.host.devMac(dev)!;
    const frame: Frame = {
      id: this.k.newFrameId(),
      src: mac,
      dst: BROADCAST_MAC,
      type: 'arp',
      arp: { op: 'request', senderMac: mac, senderIp: ip, targetMac: '00:00:00:00:00:00', targetIp: ip },
    };
    this.k.emit('arp.gratuitous', this.id, { dev, frame, params: { ip, mac } });
    this.host.devTx(dev, frame);
  }

  /**
   * One ARP solicitation for e (arp_solicit): while `probes` is below ucast_solicit, and the entry
   * has a MAC (PROBE), a unicast who-has to that MAC; otherwise a broadcast one. The sender address
   * follows arp_announce (Host.arpSender).
   */
  private solicit(e: NeighEntry, srcHint: Ipv4 | undefined): void {
    const { ucastSolicit } = this.host.neighParams(e.dev);
    const unicast = e.state === 'PROBE' && e.mac !== undefined && e.probes < ucastSolicit;
    e.probes++;
    const mac = this.host.devMac(e.dev)!;
    const senderIp = this.host.arpSender(e.dev, e.ip, srcHint);
    const frame: Frame = {
      id: this.k.newFrameId(),
      src: mac,
      dst: unicast ? e.mac! : BROADCAST_MAC,
      type: 'arp',
      arp: { op: 'request', senderMac: mac, senderIp, targetMac: unicast ? e.mac! : '00:00:00:00:00:00', targetIp: e.ip },
    };
    if (unicast) this.k.emit('arp.probe', this.id, { dev: e.dev, frame, params: { target: e.ip, mac: e.mac!, attempt: e.probes } });
    else this.k.emit('arp.request', this.id, { dev: e.dev, frame, params: { target: e.ip, attempt: e.probes } });
    this.host.devTx(e.dev, frame);
    e.timer = this.k.schedule(this.host.neighParams(e.dev).retransUs, this.id, 'arp.retransmit', () => {
      e.timer = undefined;
      if (e.state !== 'INCOMPLETE' && e.state !== 'PROBE') return;
      const p = this.host.neighParams(e.dev);
      // neigh_max_probes: INCOMPLETE sends mcast_solicit broadcasts, PROBE ucast_solicit unicasts
      // and then mcast_resolicit broadcasts.
      const max = e.state === 'PROBE' ? p.ucastSolicit + p.mcastResolicit : p.mcastSolicit;
      if (e.probes < max) return this.solicit(e, srcHint);
      this.fail(e);
    });
  }

  /** No answer: FAILED, and the packets waiting for it are dropped (neigh_invalidate). */
  private fail(e: NeighEntry): void {
    e.state = 'FAILED';
    e.changedUs = this.k.nowUs();
    const dropped = e.queue.splice(0);
    this.k.emit('arp.failed', this.id, { dev: e.dev, params: { ip: e.ip, dropped: dropped.length } });
    for (const q of dropped) {
      if (q.forwarded) this.icmpError(q.packet, 'dest-unreachable', 1);
      // Our own packet: arp_error_report -> icmp_send sends host unreachable to the packet's source,
      // one of our addresses, from that same address (the route to a local address has it as its
      // source), so ping prints "From <its own source> icmp_seq=N Destination Host Unreachable".
      else this.localError(q.packet, 'unreachable', q.packet.src);
    }
  }

  /**
   * A STALE entry was just used: DELAY, and after delay_first_probe_time without a confirmation,
   * PROBE (neigh_timer_handler). Background like the other protocol timers: it re-checks an entry
   * whose traffic already went out, so it never keeps a run busy by itself.
   */
  private delay(e: NeighEntry): void {
    e.state = 'DELAY';
    e.changedUs = this.k.nowUs();
    if (e.timer) this.k.cancel(e.timer);
    e.timer = this.k.schedule(
      this.host.neighParams(e.dev).delayProbeUs,
      this.id,
      'neigh.delay',
      () => {
        e.timer = undefined;
        if (e.state !== 'DELAY') return;
        e.state = 'PROBE';
        e.changedUs = this.k.nowUs();
        e.probes = 0;
        this.solicit(e, undefined);
      },
      true,
    );
  }

  // ---- output -----------------------------------------------------------------------------------

  private sendFrame(dev: string, dstMac: string, p: Ipv4Packet, frameId: number): void {
    const frame: Frame = { id: frameId, src: this.host.devMac(dev)!, dst: dstMac, type: 'ipv4', ip: p };
    this.host.devTx(dev, frame);
  }

  /** Hands a packet to the neighbour layer on dev toward nexthop. */
  private neighOutput(dev: string, nexthop: Ipv4, p: Ipv4Packet, forwarded: boolean): void {
    const frameId = this.k.newFrameId();
    if (nexthop === '255.255.255.255' || this.host.isBroadcastIp(nexthop)) return this.sendFrame(dev, BROADCAST_MAC, p, frameId);
    const now = this.k.nowUs();
    const e = this.host.neigh.ensure(dev, nexthop, now);
    const state = this.host.neigh.settle(e, now);
    if (VALID_STATES.has(state) && e.mac) {
      // __neigh_event_send: the first use of a STALE entry starts the DELAY -> PROBE re-check.
      if (state === 'STALE') this.delay(e);
      return this.sendFrame(dev, e.mac, p, frameId);
    }
    if (state === 'FAILED') {
      e.state = 'INCOMPLETE';
      e.changedUs = now;
      e.probes = 0;
    }
    if (e.queue.length < UNRES_QLEN) e.queue.push({ packet: p, frameId, forwarded });
    if (!e.timer) this.solicit(e, p.src);
  }

  /** Sends a locally generated packet. Returns false when there is no route. */
  sendLocal(p: Ipv4Packet): boolean {
    const toSelf = this.host.isLocalIp(p.dst);
    const pre = toSelf ? undefined : this.host.routes.lookup(p.dst);
    // Traffic to one of our own addresses passes nat OUTPUT too: a DNAT there (an admin testing a
    // port forward from the host) sends it out again, as Linux re-routes after OUTPUT.
    const s = this.host.nf.localOut(p, toSelf ? 'lo' : pre?.dev);
    if (!s) return true;
    if (this.host.isLocalIp(s.packet.dst)) {
      if (!this.host.nf.filter('OUTPUT', s, undefined, 'lo', undefined)) return true;
      // Conntrack tracks loopback traffic like any other (`conntrack -L` lists a ping to ourselves).
      this.host.nf.confirm(s);
      // lo is an Ethernet device with the all-zero MAC.
      const frame: Frame = { id: this.k.newFrameId(), src: LOOPBACK_MAC, dst: LOOPBACK_MAC, type: 'ipv4', ip: s.packet };
      this.k.schedule(0, this.id, 'ip.loopback', () => this.localDeliver('lo', frame.ip!, frame));
      return true;
    }
    const decision = this.host.routes.lookup(s.packet.dst);
    if (!decision) {
      this.k.emit('route.no_route', this.id, { params: { dst: s.packet.dst, local: true } });
      return false;
    }
    if (!this.host.nf.filter('OUTPUT', s, undefined, decision.dev, undefined)) return true;
    const out = this.host.nf.postRouting(s, decision.dev, decision.nexthop, undefined, undefined);
    if (!out) return true;
    this.neighOutput(decision.dev, decision.nexthop, out, false);
    return true;
  }

  /** Source address for a locally generated packet to dst (route's src, else the device address). */
  selectSource(dst: Ipv4): Ipv4 | undefined {
    if (this.host.isLocalIp(dst)) return dst;
    const r = this.host.routes.lookup(dst);
    if (!r) return undefined;
    return r.route.src ?? this.host.primaryAddress(r.dev, r.nexthop);
  }

  // ---- input ------------------------------------------------------------------------------------

  ipRx(dev: string, frame: Frame): void {
    const s = this.host.nf.preRouting(dev, frame.ip!, frame);
    if (!s) return;
    const p = s.packet;
    // The input route lookup (after PREROUTING) validates the source for local and forwarded packets.
    if (this.host.isMartianSource(dev, p.src)) {
      this.k.emit('drop', this.id, { dev, frame, params: { reason: 'martian', src: p.src } });
      return;
    }
    if (!this.host.rpFilterPasses(dev, p.src)) {
      this.k.emit('drop', this.id, { dev, frame, params: { reason: 'rp_filter', src: p.src } });
      return;
    }
    if (this.host.isLocalIp(p.dst) || this.host.isBroadcastIp(p.dst)) {
      if (!this.host.nf.filter('INPUT', s, dev, undefined, frame)) return;
      const q = this.host.nf.localIn(s, dev, frame);
      this.host.nf.confirm(s);
      this.localDeliver(dev, q, frame);
      return;
    }
    if (isGroupMac(frame.dst)) {
      this.k.emit('drop', this.id, { dev, frame, params: { reason: 'broadcast_not_forwarded' } });
      return;
    }
    if (!this.host.forwarding(dev)) {
      // ip_forward 1 with this interface's own flag at 0 is dropped the same way; the narration says which.
      this.k.emit('route.forward_disabled', this.id, { dev, frame, params: { dst: p.dst, ipForward: this.host.ipForward ? 1 : 0 } });
      return;
    }
    this.forward(dev, frame, s);
  }

  private forward(inDev: string, frame: Frame, s: NfState): void {
    const p = s.packet;
    const decision = this.host.routes.lookup(p.dst);
    if (!decision) {
      this.k.emit('route.no_route', this.id, { dev: inDev, frame, params: { dst: p.dst } });
      this.icmpError(p, 'dest-unreachable', 0);
      return;
    }
    if (p.ttl <= 1) {
      this.k.emit('ip.ttl_exceeded', this.id, { dev: inDev, frame, params: { ttl: p.ttl } });
      this.icmpError(p, 'time-exceeded', 0);
      return;
    }
    const routed: NfState = { ...s, packet: { ...p, ttl: p.ttl - 1 } };
    // Traced at the routing decision, as Linux orders it: after PREROUTING (conntrack, DNAT) and
    // before FORWARD (whose -o needs the chosen device) and POSTROUTING (MASQUERADE/SNAT). It shows
    // the packet routing looked at (a DNAT'd destination already rewritten) and the TTL it leaves with.
    this.k.emit('route.forward', this.id, {
      dev: decision.dev,
      frame: p === frame.ip ? frame : { ...frame, ip: p },
      frameAfter: { ...frame, ip: routed.packet },
      params: { in: inDev, out: decision.dev, via: decision.route.via ?? null, nexthop: decision.nexthop, route: `${decision.route.dst.ip}/${decision.route.dst.prefix}`, ttl: routed.packet.ttl },
    });
    if (!this.host.nf.filter('FORWARD', s, inDev, decision.dev, frame)) return;
    const out = this.host.nf.postRouting(routed, decision.dev, decision.nexthop, inDev, frame);
    if (!out) return;
    this.neighOutput(decision.dev, decision.nexthop, out, true);
  }

  // ---- ICMP -------------------------------------------------------------------------------------

  icmpError(about: Ipv4Packet, kind: 'dest-unreachable' | 'time-exceeded', code: number): void {
    if (about.icmp && about.icmp.kind !== 'echo-request' && about.icmp.kind !== 'echo-reply') return;
    if (about.src === '0.0.0.0' || this.host.isBroadcastIp(about.dst) || this.host.isLocalIp(about.src)) {
      if (this.host.isLocalIp(about.src)) this.localError(about, kind === 'time-exceeded' ? 'ttl_exceeded' : 'unreachable', this.host.primaryAddress('') ?? about.src);
      return;
    }
    const src = this.selectSource(about.src);
    if (src === undefined) return;
    const icmp: IcmpHeader = { kind, type: kind === 'time-exceeded' ? 11 : 3, code, quoted: quote(about) };
    const err: Ipv4Packet = { id: this.k.newIpId(), src, dst: about.src, ttl: DEFAULT_TTL, proto: 'icmp', icmp };
    this.k.emit(kind === 'time-exceeded' ? 'icmp.time_exceeded' : 'icmp.unreachable', this.id, {
      params: { to: about.src, about: about.dst, code, reason: kind === 'time-exceeded' ? 'ttl' : code === 0 ? 'net' : code === 1 ? 'host' : code === 3 ? 'port' : 'other' },
    });
    this.sendLocal(err);
  }

  /** Reports an error to the local socket that sent `about`. */
  private localError(about: Ipv4Packet, what: 'unreachable' | 'ttl_exceeded' | 'port_unreachable', from: Ipv4): void {
    if (about.icmp?.kind === 'echo-request' && about.icmp.id !== undefined) {
      const ping = this.pings.get(about.icmp.id);
      // Kept even after the ping's own timeout: the kernel's default 2 s is shorter than iputils'
      // default wait (10 s without -W), and a plain ping to a missing neighbour does print it.
      if (ping) {
        if (what === 'ttl_exceeded') ping.errors.ttlExceeded++;
        else ping.errors.unreachable++;
        // A failed ARP for our own packet comes back as ICMP host unreachable (code 1) from us
        // (arp_error_report -> icmp_send), which ping prints as "Destination Host Unreachable".
        if (what === 'ttl_exceeded') ping.results.push({ seq: about.icmp.seq ?? 0, result: 'ttl_exceeded', from });
        else ping.results.push({ seq: about.icmp.seq ?? 0, result: 'unreachable', from, code: what === 'port_unreachable' ? 3 : 1 });
      }
      return;
    }
    const l4 = about.tcp ?? about.udp;
    if (!l4) return;
    const key = `${about.dst}:${l4.dport}:${l4.sport}`;
    if (about.tcp) {
      const c = this.tcpClients.get(key);
      if (c && c.outcome === 'pending') c.outcome = 'unreachable';
    } else {
      const u = this.udpClients.get(key);
      if (u && (u.outcome === 'pending' || u.outcome === 'delivered')) u.outcome = what === 'port_unreachable' ? 'port_unreachable' : 'unreachable';
    }
  }

  private localDeliver(dev: string, p: Ipv4Packet, frame: Frame | undefined): void {
    const l4 = p.tcp ?? p.udp;
    this.k.emit('deliver', this.id, { dev, frame, params: { proto: p.proto, src: p.src, dst: p.dst, sport: l4?.sport, dport: l4?.dport, icmp: p.icmp?.kind } });
    if (p.icmp) return this.icmpIn(p);
    if (p.tcp) return this.tcpIn(p);
    if (p.udp) return this.udpIn(p);
  }

  private icmpIn(p: Ipv4Packet): void {
    const icmp = p.icmp!;
    if (icmp.kind === 'echo-request') {
      if (this.host.isBroadcastIp(p.dst)) return;
      const reply: Ipv4Packet = { id: this.k.newIpId(), src: p.dst, dst: p.src, ttl: DEFAULT_TTL, proto: 'icmp', icmp: { kind: 'echo-reply', type: 0, code: 0, id: icmp.id ?? 0, seq: icmp.seq ?? 0 } };
      this.k.emit('icmp.echo_reply', this.id, { params: { to: p.src, id: icmp.id ?? 0, seq: icmp.seq ?? 0 } });
      this.sendLocal(reply);
      return;
    }
    if (icmp.kind === 'echo-reply') {
      const ping = this.pings.get(icmp.id ?? -1);
      if (!ping || ping.done) return;
      const sentAt = ping.sentAtUs.get(icmp.seq ?? -1);
      if (sentAt === undefined) return;
      ping.sentAtUs.delete(icmp.seq ?? -1);
      const rtt = (this.k.nowUs() - sentAt) / US_PER_MS;
      ping.received++;
      ping.rtts.push(rtt);
      ping.results.push({ seq: icmp.seq ?? 0, result: 'reply', from: p.src, rttMs: rtt });
      return;
    }
    const q = icmp.quoted;
    if (!q) return;
    this.k.emit('icmp.error_received', this.id, { params: { kind: icmp.kind, code: icmp.code, from: p.src, about: q.dst } });
    const about: Ipv4Packet = { id: 0, src: q.src, dst: q.dst, ttl: 0, proto: q.proto };
    if (q.proto === 'icmp') about.icmp = { kind: 'echo-request', type: 8, code: 0, id: q.icmpId ?? 0 };
    if (q.proto === 'tcp') about.tcp = { sport: q.sport ?? 0, dport: q.dport ?? 0, flags: ['SYN'] };
    if (q.proto === 'udp') about.udp = { sport: q.sport ?? 0, dport: q.dport ?? 0 };
    const what = icmp.kind === 'time-exceeded' ? 'ttl_exceeded' : icmp.code === 3 ? 'port_unreachable' : 'unreachable';
    if (about.icmp) {
      const ping = this.pings.get(q.icmpId ?? -1);
      if (ping && !ping.done) {
        if (what === 'ttl_exceeded') ping.errors.ttlExceeded++;
        else ping.errors.unreachable++;
        if (what === 'ttl_exceeded') ping.results.push({ seq: -1, result: 'ttl_exceeded', from: p.src });
        else ping.results.push({ seq: -1, result: 'unreachable', from: p.src, code: icmp.code });
      }
      return;
    }
    this.localError(about, what, p.src);
  }

  private segment(p: Ipv4Packet, flags: TcpFlag[]): Ipv4Packet {
    return { id: this.k.newIpId(), src: p.dst, dst: p.src, ttl: DEFAULT_TTL, proto: 'tcp', tcp: { sport: p.tcp!.dport, dport: p.tcp!.sport, flags } };
  }

  private tcpIn(p: Ipv4Packet): void {
    const t = p.tcp!;
    const f = new Set(t.flags);
    const key = `${p.src}:${t.sport}:${t.dport}`;
    if (f.has('RST')) {
      const c = this.tcpClients.get(key);
      if (c && c.outcome === 'pending') c.outcome = 'refused';
      return;
    }
    if (f.has('SYN') && !f.has('ACK')) {
      if (this.host.listeners.has(`tcp:${t.dport}`)) {
        this.k.emit('tcp.syn_ack', this.id, { params: { to: p.src, sport: t.dport, dport: t.sport } });
        this.sendLocal(this.segment(p, ['SYN', 'ACK']));
        this.host.accepted.push({ proto: 'tcp', src: p.src, sport: t.sport, dport: t.dport, tMs: this.k.nowUs() / US_PER_MS });
        this.k.delivered(p.id, { host: this.id, src: p.src, sport: t.sport });
      } else {
        this.k.emit('tcp.rst', this.id, { params: { to: p.src, port: t.dport, reason: 'port_closed' } });
        this.sendLocal(this.segment(p, ['RST', 'ACK']));
      }
      return;
    }
    if (f.has('SYN') && f.has('ACK')) {
      const c = this.tcpClients.get(key);
      if (c && c.outcome === 'pending') {
        this.k.emit('tcp.ack', this.id, { params: { to: p.src, dport: t.sport } });
        this.sendLocal(this.segment(p, ['ACK']));
        c.outcome = 'established';
        c.rttMs = (this.k.nowUs() - c.startedUs) / US_PER_MS;
        this.k.emit('tcp.established', this.id, { params: { dst: p.src, dport: t.sport, sport: t.dport } });
      } else {
        this.k.emit('tcp.rst', this.id, { params: { to: p.src, port: t.dport, reason: 'no_connection' } });
        this.sendLocal(this.segment(p, ['RST']));
      }
      return;
    }
    if (!this.host.listeners.has(`tcp:${t.dport}`) && !this.tcpClients.has(key)) {
      this.k.emit('tcp.rst', this.id, { params: { to: p.src, port: t.dport, reason: 'no_connection' } });
      this.sendLocal(this.segment(p, ['RST']));
    }
  }

  private udpIn(p: Ipv4Packet): void {
    const u = p.udp!;
    const client = this.udpClients.get(`${p.src}:${u.sport}:${u.dport}`);
    if (client) {
      client.outcome = 'replied';
      return;
    }
    const l = this.host.listeners.get(`udp:${u.dport}`);
    if (!l) {
      if (this.host.isBroadcastIp(p.dst)) return;
      this.icmpPortUnreachable(p);
      return;
    }
    this.host.accepted.push({ proto: 'udp', src: p.src, sport: u.sport, dport: u.dport, tMs: this.k.nowUs() / US_PER_MS });
    this.k.delivered(p.id, { host: this.id, src: p.src, sport: u.sport });
    if (l.echo) {
      const reply: Ipv4Packet = { id: this.k.newIpId(), src: p.dst, dst: p.src, ttl: DEFAULT_TTL, proto: 'udp', udp: { sport: u.dport, dport: u.sport, payload: u.payload ?? '' } };
      this.k.emit('udp.send', this.id, { params: { to: p.src, dport: u.sport, echo: true } });
      this.sendLocal(reply);
    }
  }

  private icmpPortUnreachable(p: Ipv4Packet): void {
    const icmp: IcmpHeader = { kind: 'dest-unreachable', type: 3, code: 3, quoted: quote(p) };
    const err: Ipv4Packet = { id: this.k.newIpId(), src: p.dst, dst: p.src, ttl: DEFAULT_TTL, proto: 'icmp', icmp };
    this.k.emit('icmp.unreachable', this.id, { params: { to: p.src, about: p.dst, code: 3, reason: 'port' } });
    this.sendLocal(err);
  }

  // ---- applications -----------------------------------------------------------------------------

  private ephemeralPort(): number {
    for (;;) {
      const port = this.k.rng.int(32768, 60999);
      if (!this.usedPorts.has(port)) return port;
    }
  }

  ping(dst: Ipv4, opts: PingOptions = {}): PingHandle {
    const count = Math.max(1, Math.floor(opts.count ?? 1));
    let icmpId = this.k.rng.int(1, 65535);
    while (this.pings.has(icmpId)) icmpId = (icmpId % 65535) + 1;
    const h = new PingHandle(this.id, dst, count, icmpId);
    this.pings.set(icmpId, h);
    const intervalUs = (opts.intervalMs ?? 1000) * US_PER_MS;
    for (let i = 0; i < count; i++) {
      this.k.schedule(i * intervalUs, this.id, 'app.ping', () => {
        const seq = i + 1;
        const src = opts.src ?? this.selectSource(dst);
        h.sent++;
        if (src === undefined) {
          h.errors.noRoute++;
          h.results.push({ seq, result: 'no_route' });
          this.k.emit('route.no_route', this.id, { params: { dst, local: true } });
          return;
        }
        h.sentAtUs.set(seq, this.k.nowUs());
        const p: Ipv4Packet = { id: this.k.newIpId(), src, dst, ttl: opts.ttl ?? DEFAULT_TTL, proto: 'icmp', icmp: { kind: 'echo-request', type: 8, code: 0, id: icmpId, seq } };
        this.k.emit('icmp.echo_request', this.id, { params: { dst, src, seq, id: icmpId, ttl: p.ttl } });
        if (!this.sendLocal(p)) {
          h.errors.noRoute++;
          h.results.push({ seq, result: 'no_route' });
        }
      });
    }
    const deadlineUs = (count - 1) * intervalUs + (opts.timeoutMs ?? 2000) * US_PER_MS;
    this.k.schedule(deadlineUs, this.id, 'app.ping_done', () => {
      h.done = true;
      for (const seq of h.sentAtUs.keys()) if (!h.results.some((r) => r.seq === seq)) h.results.push({ seq, result: 'lost' });
      h.results.sort((a, b) => a.seq - b.seq);
      this.k.emit('app.ping_done', this.id, { params: { dst, sent: h.sent, received: h.received, lossPct: h.lossPct, outcome: h.outcome } });
    });
    return h;
  }

  tcpConnect(dst: Ipv4, dport: number, opts: TcpOptions = {}): TcpHandle {
    const sport = opts.srcPort ?? this.ephemeralPort();
    const h = new TcpHandle(this.id, dst, dport, sport, this.k.nowUs());
    this.tcpClients.set(`${dst}:${dport}:${sport}`, h);
    this.usedPorts.add(sport);
    const src = opts.src ?? this.selectSource(dst);
    if (src === undefined) {
      h.outcome = 'unreachable';
      this.k.emit('route.no_route', this.id, { params: { dst, local: true } });
      return h;
    }
    const p: Ipv4Packet = { id: this.k.newIpId(), src, dst, ttl: opts.ttl ?? DEFAULT_TTL, proto: 'tcp', tcp: { sport, dport, flags: ['SYN'] } };
    this.k.watchPacket(p.id, { onDelivered: (info) => (h.seenBy = info) });
    this.k.emit('tcp.syn', this.id, { params: { dst, dport, sport, src } });
    if (!this.sendLocal(p)) h.outcome = 'unreachable';
    this.k.schedule((opts.timeoutMs ?? 3000) * US_PER_MS, this.id, 'tcp.timeout', () => {
      if (h.outcome !== 'pending') return;
      h.outcome = 'timeout';
      this.k.emit('tcp.timeout', this.id, { params: { dst, dport, sport } });
    });
    return h;
  }

  udpSend(dst: Ipv4, dport: number, opts: UdpOptions = {}): UdpHandle {
    const sport = opts.srcPort ?? this.ephemeralPort();
    const h = new UdpHandle(this.id, dst, dport, sport);
    this.udpClients.set(`${dst}:${dport}:${sport}`, h);
    this.usedPorts.add(sport);
    const src = opts.src ?? this.selectSource(dst);
    if (src === undefined) {
      h.outcome = 'unreachable';
      this.k.emit('route.no_route', this.id, { params: { dst, local: true } });
      return h;
    }
    const p: Ipv4Packet = { id: this.k.newIpId(), src, dst, ttl: opts.ttl ?? DEFAULT_TTL, proto: 'udp', udp: { sport, dport, payload: opts.payload ?? '' } };
    this.k.watchPacket(p.id, {
      onDelivered: (info) => {
        h.seenBy = info;
        if (h.outcome === 'pending') h.outcome = 'delivered';
      },
    });
    this.k.emit('udp.send', this.id, { params: { dst, dport, sport, src } });
    if (!this.sendLocal(p)) h.outcome = 'unreachable';
    this.k.schedule((opts.timeoutMs ?? 2000) * US_PER_MS, this.id, 'udp.timeout', () => {
      if (h.outcome !== 'pending') return;
      h.outcome = 'lost';
      this.k.emit('udp.timeout', this.id, { params: { dst, dport, sport } });
    });
    return h;
  }
}
