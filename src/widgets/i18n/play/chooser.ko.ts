/** Strings of the "which mode fits my situation" guide. Korean in 합니다 style with the established terms. (Korean.) */
import { registerLocale } from '../registry.ts';
import type { ChooserStrings } from './chooser.en.ts';
const ko: ChooserStrings = {
  title: '내 상황에는 어떤 네트워크 방식이 맞을까요?',
  intro: 'Proxmox 노드가 어디에서 돌아가는지 몇 가지 질문에 답해 보세요. 답할 때마다 추천이 바로 바뀝니다.',
  questions: {
    where: {
      legend: 'Proxmox 노드는 어디에 있나요?',
      options: [
        { value: 'home', label: '집(홈랩)' },
        { value: 'office', label: '사무실 LAN' },
        { value: 'rented', label: '호스팅 업체에서 빌린 서버' },
      ],
    },
    oneMac: {
      legend: '업체가 포트에서 MAC 주소를 하나만 허용하나요?',
      help: '많은 호스팅 업체가 서버 자신의 MAC이 아닌 프레임은 버립니다.',
      options: [
        { value: 'yes', label: '예, 서버의 MAC만 허용합니다' },
        { value: 'no', label: '아니요, 추가(가상) MAC을 받을 수 있습니다' },
        { value: 'unsure', label: '잘 모르겠습니다' },
      ],
    },
    publicIps: {
      legend: '게스트에 줄 공인 IP 주소가 있나요?',
      options: [
        { value: 'subnet', label: '예, 추가 주소나 라우팅 서브넷이 있습니다' },
        { value: 'single', label: '아니요, 호스트 주소 하나뿐입니다' },
      ],
    },
    inbound: {
      legend: '외부에서 게스트에 접속해야 하나요?',
      options: [
        { value: 'none', label: '아니요, 게스트는 밖으로 나가는 연결만 합니다' },
        { value: 'few', label: '포트 몇 개만(SSH, 웹 서버)' },
        { value: 'all', label: '예, 게스트마다 완전한 서버로 쓸 겁니다' },
      ],
    },
    nics: {
      legend: '게스트 트래픽에 쓸 네트워크 포트는 몇 개인가요?',
      options: [
        { value: 'one', label: '한 개' },
        { value: 'two', label: '두 개 이상' },
      ],
    },
    lacp: {
      legend: '스위치가 LACP(802.3ad 링크 애그리게이션)를 지원하나요?',
      options: [
        { value: 'yes', label: '예, LACP를 지원하는 관리형 스위치입니다' },
        { value: 'no', label: '아니요, 일반 스위치입니다' },
        { value: 'unsure', label: '잘 모르겠습니다' },
      ],
    },
    cluster: {
      legend: '이 노드를 Proxmox 클러스터에 넣을 건가요?',
      options: [
        { value: 'no', label: '아니요, 단일 노드입니다' },
        { value: 'yes', label: '예, 클러스터로 씁니다' },
      ],
    },
  },
  pending: (left: number) => `답할 질문이 ${left}개 남았습니다.`,
  resultHeading: '추천',
  modeName: { bridge: '브리지', routed: '라우팅', nat: 'NAT(마스커레이드)' },
  recommended: (mode: string) => `추천 방식: ${mode}`,
  alsoConsider: (mode: string) => `함께 읽어 볼 방식: ${mode}`,
  why: '이유',
  readLesson: (mode: string) => `${mode} 강의 읽기`,
  alsoHeading: '네트워크 포트 구성',
  reasons: {
    lan_bridge:
      'LAN을 직접 관리하므로 게스트를 자체 MAC과 IP를 가진 평범한 장비처럼 LAN에 올릴 수 있습니다. 이것이 브리지가 하는 일이고, Proxmox 설치 프로그램이 기본으로 구성하는 방식입니다.',
    lan_inbound_router:
      '브리지에 연결된 게스트는 LAN에서 바로 접속할 수 있습니다. 인터넷에서 접속하려면 다른 장비와 마찬가지로 공유기에서 게스트의 LAN 주소로 포트 포워딩을 설정하면 됩니다.',
    one_mac_routed:
      '업체가 서버의 MAC이 아닌 프레임을 모두 버리므로 브리지로 연결한 게스트는 밖으로 나갈 수 없습니다. 라우팅 방식에서는 회선에 호스트의 MAC 하나만 보입니다. 호스트가 게스트 대신 ARP에 응답하고(proxy_arp) 게스트의 패킷을 전달합니다(ip_forward).',
    routed_inbound_direct: '게스트가 공인 주소를 그대로 쓰므로 주소 변환 규칙 없이 외부에서 바로 접속할 수 있습니다.',
    unsure_one_mac:
      '대부분의 호스팅 업체가 MAC으로 걸러 내므로 그렇다고 가정했습니다. 업체가 가상 MAC을 제공한다면 브리지도 쓸 수 있습니다.',
    virtual_mac_bridge:
      '업체가 게스트의 (가상) MAC을 받아 주므로 브리지를 쓸 수 있고, 이것이 가장 간단합니다. 회선에 MAC을 하나만 두고 싶다면 라우팅 방식을 쓰면 됩니다.',
    single_ip_nat:
      '주소가 호스트 것 하나뿐이므로 게스트는 내부 브리지에서 사설 주소를 쓰고, 호스트가 게스트의 트래픽을 자기 주소로 바꿔서(마스커레이드) 내보냅니다.',
    nat_port_forward: '외부에서 들어와야 하는 서비스 몇 개는 호스트에서 포트마다 포트 포워딩(DNAT)을 추가하면 됩니다.',
    nat_all_inbound:
      'NAT로는 포트를 하나씩만 넘겨줄 수 있습니다. 게스트마다 완전한 서버가 되어야 한다면 업체에 라우팅 서브넷을 요청해서 라우팅 방식을 쓰세요.',
    nat_outbound_only: '밖으로 나가는 연결은 바로 됩니다. conntrack이 흐름마다 기록해 두었다가 응답을 원래 게스트 주소로 되돌려 줍니다.',
  },
  extras: {
    bond_lacp:
      '두 포트를 802.3ad(LACP)로 본딩하세요. 두 링크가 모두 트래픽을 나르고, 어느 한쪽이 끊겨도 괜찮습니다. 본딩은 브리지 아래에 둡니다(bridge-ports bond0).',
    bond_active_backup:
      '두 포트를 active-backup 모드로 본딩하세요. 링크 하나가 트래픽을 나르고, 그 링크가 끊기면 다른 링크가 이어받습니다. 스위치 쪽 설정이 필요 없습니다. (802.3ad는 LACP를 지원하는 스위치가 있어야 합니다.)',
    cluster_separate:
      // pve-docs pvecm.adoc "Corosync Over Bonds": a dedicated NIC for the primary link, bonds only as additional links.
      '클러스터라면 두 포트를 본딩하기보다 두 번째 포트를 corosync 전용 네트워크로 쓰세요. Proxmox 안내서는 corosync의 주 링크에 전용 랜카드를 두고 본드는 추가 링크로만 쓰라고 합니다. 본드 안에서 링크 하나가 소리 없이 고장 나면 클러스터가 쿼럼을 잃을 수 있기 때문입니다.',
    cluster_one_nic:
      '포트 하나로도 클러스터는 동작하지만, corosync가 게스트 트래픽과 링크를 나눠 씁니다. 여유가 생기면 클러스터 전용 포트를 하나 더 두세요.',
  },
  bondLesson: '본딩 강의 읽기',
  reset: '처음부터 다시',
};

registerLocale('ko', { chooser: ko });
