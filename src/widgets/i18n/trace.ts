/**
 * The reader-facing narration of every kernel trace code, in English and Korean. The kernel
 * speaks in stable codes plus params (src/sim/trace-codes.ts); this is the only place that
 * turns them into sentences, so no widget ever shows a raw code.
 */
import type { TraceEvent, TraceParam } from '../../sim/trace.ts';
import type { TraceCode } from '../../sim/trace-codes.ts';
import { frameText } from './frame-text.ts';
import { josa } from './josa.ts';
import { fmtMac, type Lang } from './lang.ts';
import { reasonText } from './reasons.ts';

export interface NarrationContext {
  /** Display name of a node id in the reader's language ("VM 100", "LAN switch"). */
  name(nodeId: string): string;
}

/** What a message builder sees: the event, resolved names, and typed param getters. */
export interface MsgArgs {
  ev: TraceEvent;
  lang: Lang;
  /** Where it happened: the device (vmbr0, bond0) or, for switches and guests, the node name. */
  at: string;
  /** The node with its device in parentheses: "pve (vmbr0)". */
  where: string;
  /** Korean phrase for the port: "tap100i0 포트", "1번 포트" (for a switch port named "port 1"). */
  portKo: string;
  node: string;
  port: string;
  frame: string;
  str(key: string): string;
  num(key: string): number | undefined;
  has(key: string): boolean;
  mac(key: string): string;
  name(nodeId: string): string;
}

type Builder = (a: MsgArgs) => string;

/** Drops that are normal host behaviour (a broadcast meant for someone else), told as "ignores". */
const IGNORED = new Set(['arp_not_for_us', 'not_for_this_host']);

const en: Record<TraceCode, Builder> = {
  'link.up': (a) => `Link ${a.port ? `${a.node} ${a.port}` : a.at} is up (cable plugged in).`,
  'link.down': (a) => `Link ${a.port ? `${a.node} ${a.port}` : a.at} is down (cable unplugged).`,
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
  'fdb.same_port': (a) => `${a.at} drops the frame: ${a.mac('mac')} is on the port it came in on (${a.port}), and a bridge never sends a frame back.`,
  'fdb.age_out': (a) => `${a.at} forgot ${a.mac('mac')} on ${a.port}: no frame from it for ${Math.round((a.num('ageMs') ?? 0) / 1000)} s (ageing time).`,
  'arp.request': (a) => `${a.node} asks on ${a.at}: who has ${a.ev.frame?.arp?.targetIp ?? (a.str('target') || a.str('ip'))}?`,
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
  'route.forward_disabled': (a) => `${a.node} dropped ${a.frame}: it is not addressed to this host and ip_forward is 0.`,
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
  'app.ping_done': (a) => `Ping from ${a.node} finished: ${a.str('sent')} sent, ${a.str('received')} received (${a.str('lossPct') || a.str('loss')}% loss).`,
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

const ko: Record<TraceCode, Builder> = {
  'link.up': (a) => `${a.port ? `${a.node} ${a.port}` : a.at} 링크가 올라왔습니다(케이블 연결).`,
  'link.down': (a) => `${a.port ? `${a.node} ${a.port}` : a.at} 링크가 내려갔습니다(케이블 분리).`,
  'link.tx': (a) => `${josa(a.node, '이/가')} ${a.port ? a.portKo : `${a.at} 포트`}로 ${josa(a.frame, '을/를')} 내보냅니다.`,
  'link.no_carrier': (a) => `${josa(a.node, '이/가')} ${a.port ? a.portKo : `${a.at} 포트`}로 ${josa(a.frame, '을/를')} 내보냈지만 링크가 끊겨 있어 프레임이 사라집니다.`,
  deliver: (a) => `${josa(a.frame, '이/가')} ${a.node}에 도착했습니다.`,
  drop: (a) => `${josa(a.where, '이/가')} ${a.frame ? josa(a.frame, '을/를') : '프레임을'} ${IGNORED.has(a.str('reason')) ? '무시합니다' : '버렸습니다'}. ${reasonText(a.str('reason'), 'ko', a)}.`,
  'fdb.learn': (a) =>
    a.has('movedFrom')
      ? `${josa(a.at, '이/가')} ${a.portKo}에서 ${josa(a.mac('mac'), '을/를')} 학습했습니다(${a.str('movedFrom')}에서 옮겨 왔습니다).`
      : `${josa(a.at, '이/가')} ${a.portKo}에서 ${josa(a.mac('mac'), '을/를')} 학습했습니다.`,
  'fdb.forward': (a) => `${josa(a.at, '은/는')} ${josa(a.mac('mac'), '이/가')} ${a.portKo}에 있다는 것을 알고 있으므로 그 포트로만 전달합니다.`,
  'fdb.flood': (a) => {
    const why =
      a.str('reason') === 'broadcast'
        ? '브로드캐스트이므로'
        : a.str('reason') === 'multicast'
          ? '멀티캐스트이므로'
          : `MAC 테이블에 아직 ${josa(fmtMac(a.ev.frame?.dst), '이/가')} 없으므로`;
    const ports = a.str('ports');
    return ports
      ? `${why} ${josa(a.at, '이/가')} ${josa(a.frame, '을/를')} 나머지 모든 포트(${ports})로 플러딩합니다.`
      : `${why} 플러딩해야 하지만 ${a.at}에는 내보낼 다른 포트가 없습니다.`;
  },
  'fdb.local': (a) => `${josa(a.mac('mac'), '은/는')} ${a.at} 자신의 주소이므로 프레임을 호스트로 올려 보냅니다.`,
  'fdb.same_port': (a) => `${josa(a.mac('mac'), '이/가')} 프레임이 들어온 포트(${a.portKo})에 있습니다. 브리지는 들어온 포트로 되돌려 보내지 않으므로 프레임을 버립니다.`,
  'fdb.age_out': (a) =>
    `${josa(a.at, '이/가')} ${a.portKo}의 ${josa(a.mac('mac'), '을/를')} 잊었습니다. ${Math.round((a.num('ageMs') ?? 0) / 1000)}초 동안 그 주소에서 온 프레임이 없었습니다(에이징).`,
  'arp.request': (a) => `${josa(a.node, '이/가')} ${a.at}에서 묻습니다. ${a.ev.frame?.arp?.targetIp ?? (a.str('target') || a.str('ip'))}의 MAC 주소는 무엇입니까?`,
  'arp.reply': (a) => `${josa(a.node, '이/가')} 답합니다. ${josa(a.ev.frame?.arp?.senderIp ?? a.str('ip'), '은/는')} ${senderMac(a)}에 있습니다.`,
  'arp.proxy_reply': (a) =>
    `${josa(a.node, '이/가')} ${a.ev.frame?.arp?.senderIp ?? a.str('ip')} 대신 자기 MAC ${josa(senderMac(a), '으로/로')} 답합니다(${a.at}의 프록시 ARP).`,
  'arp.gratuitous': (a) =>
    `${josa(a.node, '이/가')} ${josa(a.ev.frame?.arp?.senderIp ?? a.str('ip'), '은/는')} ${senderMac(a)}에 있다고 알립니다(gratuitous ARP). 스위치가 주소를 다시 학습합니다.`,
  'arp.failed': (a) => `${josa(a.node, '은/는')} ${a.str('ip')}에 대한 ARP 응답을 받지 못했습니다. 이웃에 도달할 수 없습니다.`,
  'neigh.update': (a) => `${josa(a.node, '이/가')} ARP 테이블에 기록합니다. ${josa(a.str('ip'), '은/는')} ${a.mac('mac')}(${a.at})입니다.`,
  'route.lookup': (a) =>
    a.has('via')
      ? `${josa(a.node, '이/가')} ${a.str('dst')} 경로를 찾습니다. ${a.str('route')} 경로, 게이트웨이 ${a.str('via')}, 인터페이스 ${a.at}.`
      : `${josa(a.node, '이/가')} ${a.str('dst')} 경로를 찾습니다. ${a.str('route')} 경로, ${a.at}에 직접 연결되어 있습니다.`,
  'route.forward': (a) =>
    `${josa(a.node, '이/가')} ${a.has('in') ? `${a.str('in')}에서 들어온 ` : ''}${josa(a.frame, '을/를')} ${a.str('out') || a.at} 쪽으로 라우팅합니다(${a.str('route')} 경로${a.has('via') ? `, 게이트웨이 ${a.str('via')}` : ', 직접 연결'}). TTL은 이제 ${josa(a.str('ttl'), '이/가')} 되고, 이더넷 헤더는 다음 홉에 맞게 새로 씁니다.`,
  'route.no_route': (a) => `${a.node}에는 ${a.str('dst') || a.ev.frame?.ip?.dst || ''}(으)로 가는 경로가 없습니다.`,
  'route.forward_disabled': (a) => `${josa(a.node, '이/가')} ${josa(a.frame, '을/를')} 버렸습니다. 이 호스트로 온 패킷이 아닌데 ip_forward가 0입니다.`,
  'ip.ttl_exceeded': (a) => `${josa(a.node, '이/가')} ${josa(a.frame, '을/를')} 버렸습니다. TTL이 다 되었습니다.`,
  'icmp.echo_request': (a) => `${josa(a.node, '이/가')} ${josa(a.ev.frame?.ip?.dst ?? a.str('dst'), '으로/로')} ping을 보냅니다.`,
  'icmp.echo_reply': (a) => `${josa(a.node, '이/가')} ${a.ev.frame?.ip?.dst ?? (a.str('to') || a.str('dst'))}의 ping에 응답합니다.`,
  'icmp.unreachable': (a) => `${josa(a.node, '이/가')} ${josa(a.ev.frame?.ip?.dst ?? (a.str('to') || a.str('dst')), '으로/로')} "${unreachableKo(a.str('reason') || a.str('kind'))} 도달 불가"를 돌려보냅니다.`,
  'icmp.time_exceeded': (a) => `${josa(a.node, '이/가')} ${josa(a.ev.frame?.ip?.dst ?? (a.str('to') || a.str('dst')), '으로/로')} "시간 초과"를 돌려보냅니다.`,
  'icmp.error_received': (a) => `${josa(a.node, '이/가')} ${josa(a.str('about'), '으로/로')} 보낸 패킷에 대해 ${a.str('from')}에서 ICMP 오류를 받았습니다.`,
  'tcp.syn': (a) => `${josa(a.node, '이/가')} TCP 연결을 엽니다. ${josa(tcpDst(a), '으로/로')} SYN을 보냅니다.`,
  'tcp.syn_ack': (a) => `${josa(a.node, '이/가')} 연결을 받아들여 ${josa(a.ev.frame?.ip?.dst ?? a.str('to'), '으로/로')} SYN-ACK을 보냅니다.`,
  'tcp.ack': (a) => `${josa(a.node, '이/가')} ACK으로 핸드셰이크를 마칩니다.`,
  'tcp.established': (a) => `${a.node}의 TCP 연결이 수립되었습니다.`,
  'tcp.rst': (a) =>
    a.str('reason') === 'no_connection'
      ? `${josa(a.node, '이/가')} TCP RST로 답합니다. 자기가 아는 연결에 속하지 않는 세그먼트입니다.`
      : `${josa(a.node, '이/가')} ${a.str('port')}번 포트 연결을 TCP RST로 거부합니다(그 포트에서 기다리는 서비스가 없습니다).`,
  'tcp.timeout': (a) => `${josa(a.node, '은/는')} TCP 연결 시도에 응답이 없어 포기했습니다.`,
  'udp.send': (a) => `${josa(a.node, '이/가')} ${a.ev.frame?.ip?.dst ?? (a.str('dst') || a.str('to'))}:${josa(String(a.ev.frame?.ip?.udp?.dport ?? a.str('dport')), '으로/로')} UDP 데이터그램을 보냅니다.`,
  'udp.timeout': (a) => `${josa(a.node, '은/는')} 제시간에 UDP 응답을 받지 못했습니다.`,
  'app.ping_done': (a) => `${a.node}의 ping이 끝났습니다. ${a.str('sent')}개 보냄, ${a.str('received')}개 받음(손실 ${a.str('lossPct') || a.str('loss')}%).`,
  'nat.masquerade': (a) => `${josa(a.node, '이/가')} 마스커레이드합니다. 출발지 ${josa(natFrom(a), '이/가')} ${a.at}의 주소 ${josa(natTo(a), '으로/로')} 바뀝니다.`,
  'nat.snat': (a) => `${josa(a.node, '이/가')} 출발지를 바꿉니다(SNAT). ${josa(natFrom(a), '이/가')} ${josa(natTo(a), '으로/로')} 바뀝니다.`,
  'nat.dnat': (a) => `${josa(a.node, '이/가')} 포트 포워딩합니다(DNAT). 목적지 ${josa(dnatFrom(a), '이/가')} ${josa(dnatTo(a), '으로/로')} 바뀝니다.`,
  'nat.reverse': (a) =>
    `${josa(a.node, '이/가')} 응답을 NAT 항목과 맞춰 보고 주소를 원래대로 되돌립니다${a.ev.frameAfter?.ip ? `: ${a.ev.frameAfter.ip.src} → ${a.ev.frameAfter.ip.dst}` : ''}.`,
  'nat.port_remap': (a) => `${josa(a.node, '이/가')} 다른 출발지 포트를 고릅니다. ${josa(a.str('from'), '은/는')} 이미 쓰이고 있어 ${josa(a.str('to'), '을/를')} 씁니다.`,
  'ct.new': (a) => `${a.node} conntrack: 새 항목 ${josa(ctTuple(a), '을/를')} 만들었습니다(상태 NEW).`,
  'ct.established': (a) => `${a.node} conntrack: 응답이 도착해 ${ctTuple(a)} 항목이 ESTABLISHED가 되었습니다.`,
  'ct.zone': (a) => `${josa(a.node, '이/가')} ${a.port || a.at}에서 온 패킷을 conntrack 존 ${josa(a.str('zone'), '으로/로')} 넣습니다.`,
  'ct.expire': (a) =>
    a.has('reason')
      ? `${a.node} conntrack: ${ctTuple(a)} 항목이 삭제되었습니다(${reasonText(a.str('reason'), 'ko', a)}).`
      : `${a.node} conntrack: ${ctTuple(a)} 항목이 시간 초과로 삭제되었습니다.`,
  'filter.accept': (a) => `${a.node} 방화벽(${a.str('chain') || 'FORWARD'})이 ${josa(a.frame, '을/를')} 허용합니다.`,
  'filter.drop': (a) => `${a.node} 방화벽(${a.str('chain') || 'FORWARD'})이 ${josa(a.frame, '을/를')} 버립니다.`,
  'bond.tx': (a) => `${josa(a.at, '이/가')} ${josa(a.str('slave'), '으로/로')} 프레임을 보냅니다${a.has('hash') ? `(해시 ${a.str('hash')})` : ''}.`,
  'bond.rx_drop': (a) => `${josa(a.at, '은/는')} 활성 링크가 아닌 ${a.port || a.str('slave')}에서 받은 프레임을 무시합니다.`,
  'bond.link_down': (a) => `${a.at}: 링크 감시(miimon)가 ${a.str('slave') || a.port} 링크가 끊긴 것을 감지했습니다.`,
  'bond.link_up': (a) => `${a.at}: 링크 감시(miimon)가 ${a.str('slave') || a.port} 링크가 돌아온 것을 감지했습니다.`,
  'bond.failover': (a) => `${josa(a.at, '이/가')} 페일오버합니다. ${a.has('from') ? `${a.str('from')} 대신 ` : ''}${josa(a.str('to'), '이/가')} 활성 링크가 됩니다.`,
  'bond.no_slave': (a) => `${a.at}에 쓸 수 있는 링크가 남아 있지 않아 프레임을 버립니다.`,
  'lacp.pdu': (a) => `${josa(a.node, '이/가')} ${a.port ? a.portKo : `${a.at} 포트`}로 LACPDU를 보냅니다.`,
  'lacp.aggregator': (a) =>
    a.has('slaves')
      ? `${josa(a.at, '이/가')} 활성 애그리게이터를 고릅니다: ${a.str('slaves')}.`
      : `${josa(a.node, '이/가')} ${a.port ? a.portKo : `${a.at} 포트`}의 애그리게이터를 (다시) 고릅니다${a.has('lag') ? `: ${a.str('lag')}` : ''}.`,
  'lacp.ignored': (a) => `${josa(a.node, '은/는')} LACP를 지원하지 않아 ${a.port ? a.portKo : `${a.at} 포트`}로 온 LACPDU를 버립니다.`,
  'stp.bpdu': (a) => `${josa(a.at, '이/가')} ${a.portKo}로 STP BPDU를 보냅니다.`,
  'stp.root': (a) => `${josa(a.at, '이/가')} 이제 ${josa(a.str('rootId') || a.str('root'), '을/를')} STP 루트 브리지로 봅니다.`,
  'stp.block': (a) => `${josa(a.at, '이/가')} 루프를 끊으려고 ${a.portKo}를 차단합니다.`,
  'stp.listening': (a) => `${a.at}: ${a.portKo}가 listening 상태입니다(포워드 지연).`,
  'stp.learning': (a) => `${a.at}: ${a.portKo}가 learning 상태입니다. MAC은 학습하지만 아직 전달하지 않습니다.`,
  'stp.forwarding': (a) => `${a.at}: ${a.portKo}가 forwarding 상태입니다.`,
  'storm.detected': (a) => `브로드캐스트 스톰: 같은 프레임이 루프를 계속 돌았습니다${a.has('loop') ? `(${a.str('loop')})` : ''}. 시뮬레이션이 멈췄습니다.`,
  'provider.mac_rejected': (a) =>
    `${josa(a.node, '이/가')} ${a.mac('mac')}에서 온 프레임을 버렸습니다. 프로바이더 포트는 등록된 MAC ${a.mac('registeredMac')}만 받습니다.`,
};

const MESSAGES: Record<Lang, Record<TraceCode, Builder>> = { en, ko };

function unreachableEn(kind: string): string {
  return kind === 'host' ? 'host' : kind === 'port' ? 'port' : kind === 'net' ? 'network' : 'destination';
}
function unreachableKo(kind: string): string {
  return kind === 'host' ? '호스트' : kind === 'port' ? '포트' : kind === 'net' ? '네트워크' : '목적지';
}
function tcpDst(a: MsgArgs): string {
  const ip = a.ev.frame?.ip;
  return ip?.tcp ? `${ip.dst}:${ip.tcp.dport}` : `${a.str('dst')}:${a.str('dport')}`;
}
function senderMac(a: MsgArgs): string {
  return a.ev.frame?.arp ? fmtMac(a.ev.frame.arp.senderMac) : a.mac('mac');
}
function natFrom(a: MsgArgs): string {
  const ip = a.ev.frame?.ip;
  const port = ip?.tcp?.sport ?? ip?.udp?.sport;
  return ip ? (port !== undefined ? `${ip.src}:${port}` : ip.src) : a.str('from');
}
function natTo(a: MsgArgs): string {
  const ip = a.ev.frameAfter?.ip;
  const port = ip?.tcp?.sport ?? ip?.udp?.sport;
  return ip ? (port !== undefined ? `${ip.src}:${port}` : ip.src) : a.str('to');
}
function dnatFrom(a: MsgArgs): string {
  const ip = a.ev.frame?.ip;
  const port = ip?.tcp?.dport ?? ip?.udp?.dport;
  return ip ? (port !== undefined ? `${ip.dst}:${port}` : ip.dst) : a.str('from');
}
function dnatTo(a: MsgArgs): string {
  const ip = a.ev.frameAfter?.ip;
  const port = ip?.tcp?.dport ?? ip?.udp?.dport;
  return ip ? (port !== undefined ? `${ip.dst}:${port}` : ip.dst) : a.str('to');
}
function ctTuple(a: MsgArgs): string {
  if (a.has('orig')) return a.str('orig');
  if (a.has('tuple')) return a.str('tuple');
  if (a.has('src') && a.has('dst')) return `${a.str('proto')} ${a.str('src')} → ${a.str('dst')}`;
  const ip = a.ev.frame?.ip;
  if (!ip) return '';
  const sport = ip.tcp?.sport ?? ip.udp?.sport;
  const dport = ip.tcp?.dport ?? ip.udp?.dport;
  return sport !== undefined ? `${ip.proto} ${ip.src}:${sport} → ${ip.dst}:${dport}` : `${ip.proto} ${ip.src} → ${ip.dst}`;
}

function portPhraseKo(port: string): string {
  const numbered = /^port\s*(\d+)$/i.exec(port);
  if (numbered) return `${numbered[1]}번 포트`;
  return port ? `${port} 포트` : '포트';
}

function paramText(v: TraceParam | undefined): string {
  if (v === undefined || v === null) return '';
  return String(v);
}

/** Builds the argument object message builders read, from an event and the reader's language. */
export function msgArgs(ev: TraceEvent, lang: Lang, ctx: NarrationContext): MsgArgs {
  const node = ctx.name(ev.node);
  const p = ev.params;
  return {
    ev,
    lang,
    node,
    at: ev.dev ?? node,
    where: ev.dev ? (lang === 'ko' ? `${node}(${ev.dev})` : `${node} (${ev.dev})`) : node,
    portKo: portPhraseKo(ev.port ?? ''),
    port: ev.port ?? '',
    frame: frameText(ev.frame, lang),
    str: (k) => paramText(p[k]),
    num: (k) => (typeof p[k] === 'number' ? (p[k] as number) : undefined),
    has: (k) => p[k] !== undefined && p[k] !== null && p[k] !== '',
    mac: (k) => fmtMac(typeof p[k] === 'string' ? (p[k] as string) : ''),
    name: ctx.name,
  };
}

/** One sentence narrating a kernel trace event in the reader's language. */
export function narrate(ev: TraceEvent, lang: Lang, ctx: NarrationContext): string {
  const builder = MESSAGES[lang][ev.code];
  const args = msgArgs(ev, lang, ctx);
  if (builder) return builder(args);
  return lang === 'ko' ? `${args.node}에서 이벤트가 발생했습니다.` : `Something happened on ${args.node}.`;
}

/** Codes this module translates, per language (tests compare them with the kernel's list). */
export function translatedCodes(lang: Lang): string[] {
  return Object.keys(MESSAGES[lang]);
}
