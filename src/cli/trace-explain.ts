/**
 * What each kernel trace code means, for `netmodes explain`. English comes from the kernel's own code
 * list (src/sim/trace-codes.ts); the Korean lines are written here. A test checks that every code the
 * kernel lists has its Korean line.
 */
import { TRACE_CODES } from '../sim/index.ts';
import type { Lang } from '../config/messages.ts';

export const TRACE_KO: Record<string, string> = {
  'link.up': '링크가 연결되었습니다(케이블을 꽂음).',
  'link.down': '링크가 끊어졌습니다(케이블을 뽑음).',
  'link.tx': '프레임 하나가 링크로 나갔습니다.',
  'link.no_carrier': '링크가 끊긴 포트로 프레임을 보냈습니다. 프레임은 사라집니다.',
  deliver: '패킷이 목적지 호스트의 소켓이나 로컬 IP 스택에 도착했습니다.',
  drop: '프레임이나 패킷을 버렸습니다(이유는 params.reason에 있습니다).',
  'fdb.learn': '브리지나 스위치가 출발지 MAC을 포트에서 학습했습니다(또는 위치를 옮겼습니다).',
  'fdb.forward': '브리지나 스위치가 목적지 MAC을 아는 포트 하나로만 프레임을 전달했습니다.',
  'fdb.flood': '브로드캐스트, 멀티캐스트, 또는 아직 모르는 유니캐스트 프레임을 들어온 포트를 뺀 모든 포트로 보냈습니다(플러딩).',
  'fdb.local': '브리지가 프레임을 자기 호스트로 올려 보냈습니다(목적지가 브리지 자신이거나 브로드캐스트).',
  'fdb.same_port': '목적지 MAC이 프레임이 들어온 바로 그 포트에 있습니다. 헤어핀 모드가 꺼져 있으면(기본값) 브리지는 들어온 포트로 되돌려 보내지 않습니다.',
  'fdb.age_out': '학습한 MAC 항목이 에이징 시간 안에 갱신되지 않아 지워졌습니다.',
  'arp.request': '호스트가 ARP who-has 요청을 브로드캐스트했습니다.',
  'arp.probe': '호스트가 한동안 소식이 없던 이웃을 재확인했습니다(PROBE 상태): 알고 있는 MAC으로만 ARP who-has를 보냅니다.',
  'arp.reply': '호스트가 자기 주소에 대한 ARP 요청에 유니캐스트 is-at으로 답했습니다.',
  'arp.proxy_reply': 'proxy_arp가 켜진 호스트가 다른 인터페이스 쪽으로 라우팅하는 주소를 대신해 자기 MAC으로 답했습니다.',
  'arp.gratuitous': '호스트가 자기 주소를 알렸습니다(gratuitous ARP). 스위치가 MAC 위치를 다시 학습합니다.',
  'arp.failed': '재시도해도 ARP 응답이 없습니다. 이웃에 닿을 수 없어 대기 중인 패킷을 버립니다.',
  'neigh.update': '이웃(ARP) 테이블 항목이 생기거나 바뀌었습니다.',
  'route.lookup': '호스트가 최장 일치(longest prefix match)로 패킷의 경로를 골랐습니다.',
  'route.forward': '호스트가 패킷을 다음으로 라우팅했습니다. TTL을 하나 줄이고 다음 홉에 맞게 이더넷 헤더를 새로 씁니다.',
  'route.no_route': '목적지에 맞는 경로가 없습니다.',
  'route.forward_disabled': '자기 앞으로 오지 않은 패킷이 들어왔는데, 들어온 인터페이스의 포워딩이 꺼져 있어(ip_forward 0, 또는 그 인터페이스의 conf/IF/forwarding 0) 버렸습니다.',
  'ip.ttl_exceeded': '포워딩하면 TTL이 0이 되므로 버리고 ICMP time exceeded를 돌려보냈습니다.',
  'icmp.echo_request': 'ping(ICMP echo request)을 보냈습니다.',
  'icmp.echo_reply': 'ping 응답(ICMP echo reply)을 보냈습니다.',
  'icmp.unreachable': 'ICMP destination unreachable 오류를 보냈습니다(네트워크, 호스트, 포트 도달 불가).',
  'icmp.time_exceeded': 'ICMP time exceeded 오류를 보냈습니다.',
  'icmp.error_received': 'ICMP 오류가 그 원인이 된 소켓에 도착했습니다.',
  'tcp.syn': 'TCP SYN(연결 요청)을 보냈습니다.',
  'tcp.syn_ack': '리스닝 중인 소켓이 SYN에 SYN-ACK로 답했습니다.',
  'tcp.ack': '클라이언트가 ACK를 보내 3-way 핸드셰이크를 마쳤습니다.',
  'tcp.established': 'TCP 연결이 성립했습니다.',
  'tcp.rst': 'TCP RST를 보냈습니다. 그 포트에서 기다리는 프로그램이 없습니다(연결 거부).',
  'tcp.timeout': 'TCP 연결 시도에 제시간 안에 응답이 없었습니다.',
  'udp.send': 'UDP 데이터그램을 보냈습니다.',
  'udp.timeout': 'UDP 주고받기에 제시간 안에 응답이 없었습니다.',
  'app.ping_done': 'ping 실행이 끝났습니다(보낸 수, 받은 수, 손실률이 params에 있습니다).',
  'nat.masquerade': 'MASQUERADE가 출발지 주소를 나가는 인터페이스의 주소로 바꿨습니다.',
  'nat.snat': 'SNAT가 출발지 주소(와 포트)를 바꿨습니다.',
  'nat.dnat': 'DNAT가 목적지 주소와 포트를 바꿨습니다(포트 포워딩).',
  'nat.reverse': '응답이 NAT된 연결과 맞아서 주소를 원래대로 되돌렸습니다.',
  'nat.port_remap': '같은 목적지로 가는 다른 연결이 이미 그 출발지 포트를 쓰고 있어서 다른 포트를 골랐습니다.',
  'ct.new': 'conntrack이 흐름의 첫 패킷으로 항목을 만들었습니다(상태 NEW).',
  'ct.established': 'conntrack이 응답 방향을 보았습니다. 항목이 ESTABLISHED가 됩니다.',
  'ct.zone': 'raw 테이블이 패킷을 conntrack 존에 넣었습니다(CT --zone).',
  'ct.expire': 'conntrack 항목이 시간 초과로 지워졌습니다.',
  'filter.accept': 'filter 규칙이나 체인 정책이 패킷을 허용했습니다.',
  'filter.drop': 'filter 규칙이나 체인 정책이 패킷을 버렸습니다.',
  'bond.tx': '본드가 프레임을 보낼 슬레이브를 골랐습니다(모드, 해시, 슬레이브가 params에 있습니다).',
  'bond.rx_drop': '본드가 활성이 아닌 슬레이브(백업 또는 묶이지 않은 포트)로 들어온 프레임을 버렸습니다.',
  'bond.link_down': 'miimon이 슬레이브의 링크 끊김을 보았습니다(downdelay가 지나면 사용을 멈춥니다).',
  'bond.link_up': 'miimon이 슬레이브의 링크 복구를 보았습니다(updelay가 지나면 다시 씁니다).',
  'bond.failover': 'active-backup이 활성 슬레이브를 다른 링크로 옮겼습니다.',
  'bond.no_slave': '본드에 쓸 수 있는 슬레이브가 없어 프레임을 버렸습니다.',
  'lacp.pdu': 'LACPDU를 보냈습니다(802.3ad 상대끼리 slow 또는 fast 속도로 주고받습니다).',
  'lacp.aggregator': '802.3ad 본드나 LACP 스위치가 활성 애그리게이터를 (다시) 골랐습니다.',
  'lacp.ignored': 'LACP를 모르는 스위치가 LACPDU를 버렸습니다(링크 로컬 프레임은 전달하지 않습니다).',
  'stp.bpdu': '브리지가 STP 설정 BPDU를 보냈습니다.',
  'stp.root': '브리지가 STP 루트로 여기는 브리지를 바꿨습니다.',
  'stp.block': 'STP가 포트를 차단 상태로 두었습니다. 아무것도 전달하지 않아 루프를 끊습니다.',
  'stp.listening': 'STP가 포트를 listening 상태로 옮겼습니다(첫 번째 포워드 지연 구간).',
  'stp.learning': 'STP가 포트를 learning 상태로 옮겼습니다. MAC은 학습하지만 아직 전달하지 않습니다.',
  'stp.forwarding': 'STP가 포트를 forwarding 상태로 옮겼습니다.',
  'storm.detected': '같은 프레임이 루프를 계속 돌았습니다. 브로드캐스트 스톰이라 정해진 횟수 뒤에 멈췄습니다.',
  'provider.mac_rejected': '업체 포트는 등록된 MAC 하나만 받습니다. 다른 출발지 MAC의 프레임을 버렸습니다.',
};

export function isTraceCode(code: string): boolean {
  return TRACE_CODES.some(([c]) => c === code);
}

export function traceExplanation(code: string, lang: Lang): string | undefined {
  const en = TRACE_CODES.find(([c]) => c === code)?.[1];
  if (en === undefined) return undefined;
  return lang === 'ko' ? (TRACE_KO[code] ?? en) : en;
}
