/**
 * Why a frame or packet was dropped (`drop` events carry params.reason), in both languages.
 * Unknown reasons get a neutral sentence rather than the raw code.
 */
import { josa } from './josa.ts';
import type { Lang } from './lang.ts';

interface ReasonArgs {
  str(key: string): string;
}

type ReasonText = (a: ReasonArgs) => string;

const REASONS: Record<string, Record<Lang, ReasonText>> = {
  stp_port_not_forwarding: {
    en: () => 'the STP port is not forwarding yet',
    ko: () => 'STP 포트가 아직 전달 상태가 아닙니다',
  },
  stp_port_learning: {
    en: () => 'the STP port is still learning (it learns MACs but forwards nothing)',
    ko: () => 'STP 포트가 아직 learning 상태입니다(MAC은 배우지만 전달하지 않습니다)',
  },
  vlan_not_member: {
    en: (a) => `the port is not a member of VLAN ${a.str('vlan') || 'of this frame'}`,
    ko: (a) => `포트가 VLAN ${a.str('vlan') || ''} 멤버가 아닙니다`,
  },
  link_local_not_forwarded: {
    en: () => 'link-local frames (01:80:C2:00:00:0X) are never forwarded by a bridge',
    ko: () => '링크 로컬 프레임(01:80:C2:00:00:0X)은 브리지가 전달하지 않습니다',
  },
  switch_without_stp: {
    en: () => 'this switch does not run STP',
    ko: () => '이 스위치는 STP를 쓰지 않습니다',
  },
  switch_without_lacp: {
    en: () => 'this switch does not speak LACP',
    ko: () => '이 스위치는 LACP를 지원하지 않습니다',
  },
  not_for_us: {
    en: () => 'the frame is addressed to another MAC',
    ko: () => '다른 MAC 주소로 가는 프레임입니다',
  },
  no_listener: {
    en: () => 'nothing listens there',
    ko: () => '그곳에서 기다리는 서비스가 없습니다',
  },
  no_conntrack: {
    en: () => 'it matches no NAT/conntrack entry, so there is no guest to send it to',
    ko: () => 'NAT/conntrack 항목과 맞는 것이 없어 보낼 게스트가 없습니다',
  },
  no_route: {
    en: () => 'there is no route to the destination',
    ko: () => '목적지로 가는 경로가 없습니다',
  },
  forward_disabled: {
    en: () => 'ip_forward is 0',
    ko: () => 'ip_forward가 0입니다',
  },
  ttl_exceeded: {
    en: () => 'its TTL ran out',
    ko: () => 'TTL이 다 되었습니다',
  },
  arp_failed: {
    en: () => 'the next hop never answered ARP',
    ko: () => '다음 홉이 ARP에 끝내 답하지 않았습니다',
  },
  no_carrier: {
    en: () => 'the link is down',
    ko: () => '링크가 끊겨 있습니다',
  },
  filter_drop: {
    en: () => 'a firewall rule dropped it',
    ko: () => '방화벽 규칙이 버렸습니다',
  },
  storm: {
    en: () => 'broadcast storm stopped',
    ko: () => '브로드캐스트 스톰을 멈췄습니다',
  },
  bond_inactive_slave: {
    en: () => 'it arrived on a bond slave that is not active',
    ko: () => '본드의 활성 슬레이브가 아닌 링크로 들어왔습니다',
  },
  rp_filter: {
    en: () => 'reverse-path filtering: the source is not reachable back through this interface',
    ko: () => '역경로 필터: 이 인터페이스로는 출발지에 돌아갈 수 없습니다',
  },
  martian: {
    en: () => 'the source address is impossible on this interface (martian)',
    ko: () => '이 인터페이스에 올 수 없는 출발지 주소입니다(martian)',
  },
  arp_not_for_us: {
    en: (a) => `it asks for ${a.str('target') || 'an address'}, which is not one of this host's addresses`,
    ko: (a) => `${josa(a.str('target') || '그 주소', '은/는')} 이 호스트의 주소가 아닙니다`,
  },
  broadcast_not_forwarded: {
    en: () => 'a router never forwards a broadcast',
    ko: () => '라우터는 브로드캐스트를 전달하지 않습니다',
  },
  port_closed: {
    en: () => 'nothing listens on that port',
    ko: () => '그 포트에서 기다리는 서비스가 없습니다',
  },
  no_connection: {
    en: () => 'the segment belongs to no known connection',
    ko: () => '알려진 연결에 속하지 않는 세그먼트입니다',
  },
  port: {
    en: () => 'port unreachable',
    ko: () => '포트에 도달할 수 없습니다',
  },
  lacp_not_configured: {
    en: () => 'this interface is not an 802.3ad bond slave, so LACPDUs mean nothing to it',
    ko: () => '802.3ad 본드의 슬레이브가 아니므로 LACPDU를 처리하지 않습니다',
  },
  stp_not_configured: {
    en: () => 'STP is off on this bridge, so BPDUs are not processed',
    ko: () => '이 브리지는 STP가 꺼져 있어 BPDU를 처리하지 않습니다',
  },
  inactive_slave: {
    en: () => 'it arrived on the backup link, which only listens for its own link state',
    ko: () => '대기 중인 백업 링크로 들어왔습니다',
  },
  not_in_active_aggregator: {
    en: () => 'it arrived on a port outside the active LACP aggregator',
    ko: () => '활성 LACP 애그리게이터에 속하지 않은 포트로 들어왔습니다',
  },
  rst_before_reply: {
    en: () => 'the connection was reset before any reply, so conntrack drops the entry at once',
    ko: () => '응답이 오기 전에 연결이 리셋되어 conntrack이 항목을 바로 지웁니다',
  },
  device_down: {
    en: () => 'the interface is down',
    ko: () => '인터페이스가 내려가 있습니다',
  },
  vlan_no_device: {
    en: (a) => `no VLAN device for VLAN ${a.str('vlan')} exists on this host`,
    ko: (a) => `이 호스트에는 VLAN ${a.str('vlan')}용 VLAN 장치가 없습니다`,
  },
  not_for_this_host: {
    en: (a) => `it is addressed to ${a.str('mac').toUpperCase() || 'another MAC'}, not to this host`,
    ko: (a) => `이 호스트가 아니라 ${a.str('mac').toUpperCase() || '다른 MAC'} 앞으로 온 프레임입니다`,
  },
  unknown_protocol: {
    en: () => 'this host does not handle that protocol',
    ko: () => '이 호스트가 처리하지 않는 프로토콜입니다',
  },
  masquerade_no_address: {
    en: () => 'MASQUERADE needs an address on the outgoing interface, and it has none',
    ko: () => 'MASQUERADE는 나가는 인터페이스의 주소가 필요한데, 그 인터페이스에 주소가 없습니다',
  },
};

export function reasonText(reason: string, lang: Lang, args: ReasonArgs): string {
  const entry = REASONS[reason];
  if (entry) return entry[lang](args);
  return lang === 'ko' ? '커널이 이 패킷을 처리하지 않았습니다' : 'the kernel did not process it further';
}

export function knownReasons(): string[] {
  return Object.keys(REASONS);
}
