/** English narration of every kernel trace code. */
import { IGNORED, ctTuple, dnatFrom, dnatTo, natFrom, natTo, senderMac, tcpDst, unreachableEn, type TraceTable } from './trace-helpers.ts';
import { fmtMac } from './lang.ts';
import { reasonText } from './reasons.ts';
import { registerLocale } from './registry.ts';

const en: TraceTable = {
  'link.up': (a) => `${a.port ? `${a.port} on ${a.node}` : a.at}: link up (cable plugged in).`,
  'link.down': (a) => `${a.port ? `${a.port} on ${a.node}` : a.at}: link down (cable unplugged).`,
  'link.tx': (a) => `${a.node} sends ${a.frame} out of ${a.port || a.at}.`,
  'link.no_carrier': (a) => `${a.node} sends ${a.frame} out of ${a.port || a.at}, but that link is down: the frame is lost.`,
  deliver: (a) => `${a.frame} reached ${a.node}.`,
  drop: (a) => `${a.where} ${IGNORED.has(a.str('reason')) ? 'ignores' : 'dropped'} ${a.frame || 'the frame'}: ${reasonText(a.str('reason'), 'en', a)}.`,
  'fdb.learn': (a) =>
    a.has('movedFrom')
      ? `${a.at} learned ${a.mac('mac')} on ${a.port} (it moved from ${a.str('movedFrom')}).`
      : `${a.at} learned ${a.mac('mac')} on ${a.port}.`,
  'fdb.forward': (a) => `${a.at} knows ${a.mac('mac')} is on ${a.port}: forwards the frame there only.`,
  'fdb.flood': (a) => {
    const why =
      a.str('reason') === 'broadcast'
        ? 'it is a broadcast'
        : a.str('reason') === 'multicast'
          ? 'it is a multicast'
          : `${fmtMac(a.ev.frame?.dst)} is not in its MAC table yet`;
    const ports = a.str('ports');
    return ports
      ? `${a.at} floods ${a.frame} out of every other port (${ports}), because ${why}.`
      : `${a.at} has no other port to flood ${a.frame} to (${why}).`;
  },
  'fdb.local': (a) => `${a.at} passes the frame up to its own host (${a.mac('mac')} belongs to it).`,
  'fdb.same_port': (a) => `${a.at} drops the frame: ${a.mac('mac')} is on the port it came in on (${a.port}), and with hairpin mode off (the default) a bridge does not send a frame back there.`,
  'fdb.age_out': (a) => `${a.at} forgot ${a.mac('mac')} on ${a.port}: no frame from it for ${Math.round((a.num('ageMs') ?? 0) / 1000)} s (ageing time).`,
  'arp.request': (a) => `${a.node} asks on ${a.at}: who has ${a.ev.frame?.arp?.targetIp ?? (a.str('target') || a.str('ip'))}?`,
  'arp.probe': (a) => `${a.node} checks on ${a.at} that ${a.str('target')} is still at ${a.mac('mac')}: a who-has sent to that MAC only (its entry is PROBE, unconfirmed for a while).`,
  'arp.reply': (a) => `${a.node} answers: ${a.ev.frame?.arp?.senderIp ?? a.str('ip')} is at ${senderMac(a)}.`,
  'arp.proxy_reply': (a) =>
    `${a.node} answers for ${a.ev.frame?.arp?.senderIp ?? a.str('ip')} with its own MAC ${senderMac(a)} (proxy ARP on ${a.at}).`,
  'arp.gratuitous': (a) => `${a.node} announces ${a.ev.frame?.arp?.senderIp ?? a.str('ip')} is at ${senderMac(a)} (gratuitous ARP), so switches relearn it.`,
  'arp.failed': (a) => `${a.node} got no ARP reply for ${a.str('ip')}: the neighbour is unreachable.`,
  'neigh.update': (a) => `${a.node} notes in its ARP table: ${a.str('ip')} is at ${a.mac('mac')} (${a.at}).`,
  'route.lookup': (a) =>
    a.has('via')
      ? `${a.node} looks up ${a.str('dst')}: route ${a.str('route')} via ${a.str('via')} on ${a.at}.`
      : `${a.node} looks up ${a.str('dst')}: route ${a.str('route')}, directly on ${a.at}.`,
  'route.forward': (a) =>
    `${a.node} routes ${a.frame}${a.has('in') ? ` from ${a.str('in')}` : ''} out of ${a.str('out') || a.at} (route ${a.str('route')}${a.has('via') ? ` via ${a.str('via')}` : ', directly connected'}); TTL is now ${a.str('ttl')} and the Ethernet header is rewritten for the next hop.`,
  'route.no_route': (a) => `${a.node} has no route to ${a.str('dst') || a.ev.frame?.ip?.dst || ''}.`,
  'route.forward_disabled': (a) =>
    a.num('ipForward') === 1
      ? `${a.node} dropped ${a.frame}: it is not addressed to this host and forwarding is off on ${a.ev.dev} (net.ipv4.conf.${a.ev.dev}.forwarding is 0).`
      : `${a.node} dropped ${a.frame}: it is not addressed to this host and ip_forward is 0.`,
  'ip.ttl_exceeded': (a) => `${a.node} dropped ${a.frame}: its TTL ran out.`,
  'icmp.echo_request': (a) => `${a.node} sends a ping to ${a.ev.frame?.ip?.dst ?? a.str('dst')}.`,
  'icmp.echo_reply': (a) => `${a.node} answers the ping from ${a.ev.frame?.ip?.dst ?? (a.str('to') || a.str('dst'))}.`,
  'icmp.unreachable': (a) => `${a.node} sends back "${unreachableEn(a.str('reason') || a.str('kind'))} unreachable" to ${a.ev.frame?.ip?.dst ?? (a.str('to') || a.str('dst'))}.`,
  'icmp.time_exceeded': (a) => `${a.node} sends back "time exceeded" to ${a.ev.frame?.ip?.dst ?? (a.str('to') || a.str('dst'))}.`,
  'icmp.error_received': (a) => `${a.node} received an ICMP error from ${a.str('from')} about its packet to ${a.str('about')}.`,
  'tcp.syn': (a) => `${a.node} opens a TCP connection: SYN to ${tcpDst(a)}.`,
  'tcp.syn_ack': (a) => `${a.node} accepts: SYN-ACK back to ${a.ev.frame?.ip?.dst ?? a.str('to')}.`,
  'tcp.ack': (a) => `${a.node} completes the handshake with an ACK.`,
  'tcp.established': (a) => `TCP connection established on ${a.node}.`,
  'tcp.rst': (a) =>
    a.str('reason') === 'no_connection'
      ? `${a.node} answers with a TCP RST: the segment belongs to no connection it knows.`
      : `${a.node} refuses the connection to port ${a.str('port')} with a TCP RST (nothing listens there).`,
  'tcp.timeout': (a) => `${a.node} gave up: no answer to the TCP connection attempt.`,
  'udp.send': (a) => `${a.node} sends a UDP datagram to ${a.ev.frame?.ip?.dst ?? (a.str('dst') || a.str('to'))}:${a.ev.frame?.ip?.udp?.dport ?? a.str('dport')}.`,
  'udp.timeout': (a) => `${a.node} got no UDP answer in time.`,
  'app.ping_done': (a) => `Ping from ${a.node}${a.has('dst') ? ` to ${a.str('dst')}` : ''} finished: ${a.str('sent')} sent, ${a.str('received')} received (${a.str('lossPct') || a.str('loss')}% loss).`,
  'nat.masquerade': (a) => `${a.node} masquerades: source ${natFrom(a)} becomes ${natTo(a)}, the address of ${a.at}.`,
  'nat.snat': (a) => `${a.node} rewrites the source (SNAT): ${natFrom(a)} becomes ${natTo(a)}.`,
  'nat.dnat': (a) => `${a.node} forwards the port (DNAT): destination ${dnatFrom(a)} becomes ${dnatTo(a)}.`,
  'nat.reverse': (a) => `${a.node} matches the reply to its NAT entry and rewrites it back: ${a.ev.frameAfter?.ip ? `${a.ev.frameAfter.ip.src} → ${a.ev.frameAfter.ip.dst}` : ''}.`,
  'nat.port_remap': (a) => `${a.node} picks another source port: ${a.str('from')} was taken, ${a.str('to')} is used instead.`,
  'ct.new': (a) => `conntrack on ${a.node}: new entry ${ctTuple(a)} (state NEW).`,
  'ct.established': (a) => `conntrack on ${a.node}: the reply arrived, entry ${ctTuple(a)} is ESTABLISHED.`,
  'ct.zone': (a) => `${a.node} puts packets from ${a.port || a.at} into conntrack zone ${a.str('zone')}.`,
  'ct.expire': (a) =>
    a.has('reason')
      ? `conntrack on ${a.node}: entry ${ctTuple(a)} was removed (${reasonText(a.str('reason'), 'en', a)}).`
      : `conntrack on ${a.node}: entry ${ctTuple(a)} timed out and was removed.`,
  'filter.accept': (a) => `${a.node} firewall (${a.str('chain') || 'FORWARD'}) accepts ${a.frame}.`,
  'filter.drop': (a) => `${a.node} firewall (${a.str('chain') || 'FORWARD'}) drops ${a.frame}.`,
  'bond.tx': (a) => `${a.at} sends the frame on ${a.str('slave')}${a.has('hash') ? ` (hash ${a.str('hash')})` : ''}.`,
  'bond.rx_drop': (a) => `${a.at} ignores a frame that arrived on ${a.port || a.str('slave')}, which is not the active link.`,
  'bond.link_down': (a) => `${a.at}: link monitoring sees ${a.str('slave') || a.port} go down.`,
  'bond.link_up': (a) => `${a.at}: link monitoring sees ${a.str('slave') || a.port} come back up.`,
  'bond.failover': (a) => `${a.at} fails over: ${a.str('to')} is now the active link${a.has('from') ? ` instead of ${a.str('from')}` : ''}.`,
  'bond.no_slave': (a) => `${a.at} has no working link left: the frame is dropped.`,
  'lacp.pdu': (a) => `${a.node} sends an LACPDU on ${a.port || a.at}.`,
  'lacp.aggregator': (a) =>
    a.has('slaves')
      ? `${a.at} selects its active aggregator: ${a.str('slaves')}.`
      : `${a.node} (re)selects the aggregator of ${a.port || a.at}${a.has('lag') ? `: ${a.str('lag')}` : ''}.`,
  'lacp.ignored': (a) => `${a.node} does not speak LACP and discards the LACPDU on ${a.port || a.at}.`,
  'stp.bpdu': (a) => `${a.at} sends an STP BPDU on ${a.port}.`,
  'stp.root': (a) => `${a.at} now sees ${a.str('rootId') || a.str('root')} as the STP root bridge.`,
  'stp.block': (a) => `${a.at} blocks port ${a.port} to break a loop.`,
  'stp.listening': (a) => `${a.at}: port ${a.port} is listening (forward delay).`,
  'stp.learning': (a) => `${a.at}: port ${a.port} is learning MACs, not forwarding yet.`,
  'stp.forwarding': (a) => `${a.at}: port ${a.port} is forwarding.`,
  'storm.detected': (a) => `Broadcast storm: the same frame kept circling a loop${a.has('loop') ? ` (${a.str('loop')})` : ''}. The simulation stopped it.`,
  'provider.mac_rejected': (a) =>
    `${a.node} dropped a frame from ${a.mac('mac')}: the provider's port only accepts the registered MAC ${a.mac('registeredMac')}.`,
};

registerLocale('en', { trace: en });
