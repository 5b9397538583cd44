/** Why a frame or packet was dropped, in Korean (합니다 style; keys are the kernel's drop reasons). */
import { josa } from '../../i18n/josa.ts';
import type { ReasonTable } from './reasons.en.ts';
import { registerLocale } from './registry.ts';

const ko: ReasonTable = {
  stp_port_not_forwarding: () => 'STP 포트가 아직 전달 상태가 아닙니다',
  stp_port_learning: () => 'STP 포트가 아직 learning 상태입니다(MAC은 배우지만 전달하지 않습니다)',
  vlan_not_member: (a) => `포트가 VLAN ${a.str('vlan') || ''} 멤버가 아닙니다`,
  link_local_not_forwarded: () => '링크 로컬 프레임(01:80:C2:00:00:0X)은 브리지가 전달하지 않습니다',
  switch_without_stp: () => '이 스위치는 STP를 쓰지 않습니다',
  switch_without_lacp: () => '이 스위치는 LACP를 지원하지 않습니다',
  not_for_us: () => '다른 MAC 주소로 가는 프레임입니다',
  no_listener: () => '그곳에서 기다리는 서비스가 없습니다',
  no_conntrack: () => 'NAT/conntrack 항목과 맞는 것이 없어 보낼 게스트가 없습니다',
  no_route: () => '목적지로 가는 경로가 없습니다',
  forward_disabled: () => 'IP 포워딩이 꺼져 있습니다',
  ttl_exceeded: () => 'TTL이 다 되었습니다',
  arp_failed: () => '다음 홉이 ARP에 끝내 답하지 않았습니다',
  no_carrier: () => '링크가 끊겨 있습니다',
  filter_drop: () => '방화벽 규칙이 버렸습니다',
  storm: () => '브로드캐스트 스톰을 멈췄습니다',
  bond_inactive_slave: () => '본드의 활성 슬레이브가 아닌 링크로 들어왔습니다',
  rp_filter: () => '역경로 필터: 이 인터페이스로는 출발지에 돌아갈 수 없습니다',
  martian: () => '이 인터페이스에 올 수 없는 출발지 주소입니다(martian)',
  arp_not_for_us: (a) => `${josa(a.str('target') || '그 주소', '은/는')} 이 호스트의 주소가 아닙니다`,
  broadcast_not_forwarded: () => '라우터는 브로드캐스트를 전달하지 않습니다',
  port_closed: () => '그 포트에서 기다리는 서비스가 없습니다',
  no_connection: () => '알려진 연결에 속하지 않는 세그먼트입니다',
  port: () => '포트에 도달할 수 없습니다',
  lacp_not_configured: () => '802.3ad 본드의 슬레이브가 아니므로 LACPDU를 처리하지 않습니다',
  stp_not_configured: () => '이 브리지는 STP가 꺼져 있어 BPDU를 처리하지 않습니다',
  inactive_slave: () => '대기 중인 백업 링크로 들어왔습니다',
  not_in_active_aggregator: () => '활성 LACP 애그리게이터에 속하지 않은 포트로 들어왔습니다',
  rst_before_reply: () => '응답이 오기 전에 연결이 리셋되어 conntrack이 항목을 바로 지웁니다',
  device_down: () => '인터페이스가 내려가 있습니다',
  vlan_no_device: (a) => `이 호스트에는 VLAN ${a.str('vlan')}용 VLAN 장치가 없습니다`,
  not_for_this_host: (a) => `이 호스트가 아니라 ${a.str('mac').toUpperCase() || '다른 MAC'} 앞으로 온 프레임입니다`,
  unknown_protocol: () => '이 호스트가 처리하지 않는 프로토콜입니다',
  masquerade_no_address: () => 'MASQUERADE는 나가는 인터페이스의 주소가 필요한데, 그 인터페이스에 주소가 없습니다',
};

registerLocale('ko', { reasons: ko });
