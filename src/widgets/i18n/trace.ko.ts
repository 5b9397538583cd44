/** Korean narration of every kernel trace code (합니다 style). */
import { IGNORED, ctTuple, dnatFrom, dnatTo, natFrom, natTo, senderMac, tcpDst, unreachableKo, type TraceTable } from './trace-helpers.ts';
import { josa } from '../../i18n/josa.ts';
import { fmtMac } from './lang.ts';
import { reasonText } from './reasons.ts';
import { registerLocale } from './registry.ts';

const ko: TraceTable = {
  'link.up': (a) => `${a.port ? `${a.node}의 ${a.port}` : a.at} 링크가 올라왔습니다(케이블 연결).`,
  'link.down': (a) => `${a.port ? `${a.node}의 ${a.port}` : a.at} 링크가 내려갔습니다(케이블 분리).`,
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
  'fdb.same_port': (a) => `${josa(a.mac('mac'), '이/가')} 프레임이 들어온 포트(${a.portKo})에 있습니다. 헤어핀 모드가 꺼져 있으면(기본값) 브리지는 들어온 포트로 되돌려 보내지 않으므로 프레임을 버립니다.`,
  'fdb.age_out': (a) =>
    `${josa(a.at, '이/가')} ${a.portKo}의 ${josa(a.mac('mac'), '을/를')} 잊었습니다. ${Math.round((a.num('ageMs') ?? 0) / 1000)}초 동안 그 주소에서 온 프레임이 없었습니다(에이징).`,
  'arp.request': (a) => `${josa(a.node, '이/가')} ${josa(a.at, '으로/로')} ${a.ev.frame?.arp?.targetIp ?? (a.str('target') || a.str('ip'))}의 MAC 주소를 묻습니다(ARP 요청).`,
  'arp.probe': (a) => `${josa(a.node, '은/는')} ${a.at}에서 ${josa(a.str('target'), '이/가')} 아직 ${a.mac('mac')}에 있는지 확인합니다. 그 MAC에만 ARP 요청을 보냅니다(한동안 확인되지 않아 PROBE 상태인 항목).`,
  'arp.reply': (a) => `${josa(a.node, '이/가')} ARP로 답합니다. ${a.ev.frame?.arp?.senderIp ?? a.str('ip')}의 MAC 주소는 ${senderMac(a)}입니다.`,
  'arp.proxy_reply': (a) =>
    `${josa(a.node, '이/가')} ${a.ev.frame?.arp?.senderIp ?? a.str('ip')} 대신 자기 MAC ${josa(senderMac(a), '으로/로')} 답합니다(${a.at}의 프록시 ARP).`,
  'arp.gratuitous': (a) =>
    `${josa(a.node, '이/가')} gratuitous ARP로 ${a.ev.frame?.arp?.senderIp ?? a.str('ip')}의 MAC 주소가 ${senderMac(a)}임을 알립니다. 스위치가 이 주소를 다시 학습합니다.`,
  'arp.failed': (a) => `${josa(a.node, '은/는')} ${a.str('ip')}에 대한 ARP 응답을 받지 못했습니다. 이웃에 도달할 수 없습니다.`,
  'neigh.update': (a) => `${josa(a.node, '이/가')} ARP 테이블에 기록합니다. ${josa(a.str('ip'), '은/는')} ${a.mac('mac')}(${a.at})입니다.`,
  'route.lookup': (a) =>
    a.has('via')
      ? `${josa(a.node, '이/가')} ${a.str('dst')} 경로를 찾습니다. ${a.str('route')} 경로, 게이트웨이 ${a.str('via')}, 인터페이스 ${a.at}.`
      : `${josa(a.node, '이/가')} ${a.str('dst')} 경로를 찾습니다. ${a.str('route')} 경로, ${a.at}에 직접 연결되어 있습니다.`,
  'route.forward': (a) =>
    `${josa(a.node, '이/가')} ${a.has('in') ? `${a.str('in')}에서 들어온 ` : ''}${josa(a.frame, '을/를')} ${a.str('out') || a.at} 쪽으로 라우팅합니다(${a.str('route')} 경로${a.has('via') ? `, 게이트웨이 ${a.str('via')}` : ', 직접 연결'}). TTL은 이제 ${josa(a.str('ttl'), '이/가')} 되고, 이더넷 헤더는 다음 홉에 맞게 새로 씁니다.`,
  'route.no_route': (a) => `${a.node}에는 ${josa(a.str('dst') || a.ev.frame?.ip?.dst || '', '으로/로')} 가는 경로가 없습니다.`,
  'route.forward_disabled': (a) =>
    a.num('ipForward') === 1
      ? `${josa(a.node, '이/가')} ${josa(a.frame, '을/를')} 버렸습니다. 이 호스트로 온 패킷이 아닌데 ${a.ev.dev}에서는 포워딩이 꺼져 있습니다(net.ipv4.conf.${a.ev.dev}.forwarding이 0).`
      : `${josa(a.node, '이/가')} ${josa(a.frame, '을/를')} 버렸습니다. 이 호스트로 온 패킷이 아닌데 ip_forward가 0입니다.`,
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
  'app.ping_done': (a) =>
    `${a.has('dst') ? `${a.node}에서 ${josa(a.str('dst'), '으로/로')} 보낸` : `${a.node}의`} ping이 끝났습니다. ${a.str('sent')}개 보냄, ${a.str('received')}개 받음(손실 ${a.str('lossPct') || a.str('loss')}%).`,
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
    `${josa(a.node, '이/가')} ${a.mac('mac')}에서 온 프레임을 버렸습니다. 업체 포트는 등록된 MAC ${a.mac('registeredMac')}만 받습니다.`,
};

registerLocale('ko', { trace: ko });
