/** Text of the NAT lab, in both languages. */
import { natNames } from './names.ts';
export const natText = {
  title: { en: 'Lab: NAT (masquerading) with port forwarding', ko: '실습: NAT(마스커레이드)와 포트 포워딩' },
  names: natNames,
  actions: {
    pingOut: { en: 'VM 100 pings the internet host', ko: 'VM 100에서 인터넷 호스트로 ping' },
    sshIn: { en: 'Internet host connects to 198.51.100.5:2222', ko: '인터넷 호스트에서 198.51.100.5:2222로 접속' },
    forward: { en: 'Add port forward 2222 → VM 100:22', ko: '포트 포워딩 2222 → VM 100:22 추가' },
    forwardNarration: {
      en: 'iptables -t nat -A PREROUTING -i vmbr0 -p tcp --dport 2222 -j DNAT --to 10.10.10.100:22',
      ko: 'iptables -t nat -A PREROUTING -i vmbr0 -p tcp --dport 2222 -j DNAT --to 10.10.10.100:22 실행',
    },
    samePort: { en: 'VM 100 and VM 101 both connect from source port 40000', ko: 'VM 100과 VM 101이 모두 출발지 포트 40000으로 접속' },
    samePortNarration: {
      en: 'VM 100 and VM 101 both open TCP to 192.0.2.10:443 from source port 40000',
      ko: 'VM 100과 VM 101이 모두 출발지 포트 40000에서 192.0.2.10:443으로 TCP 연결',
    },
  },
  goals: {
    out: {
      text: { en: 'VM 100 reaches the internet, masqueraded behind 198.51.100.5.', ko: 'VM 100이 198.51.100.5 뒤에 마스커레이드되어 인터넷에 닿게 합니다.' },
      hint: {
        en: 'Ping out from VM 100 and watch pve rewrite the source address, then the conntrack tab.',
        ko: 'VM 100에서 밖으로 ping하고, pve가 출발지 주소를 바꾸는 단계와 conntrack 탭을 보세요.',
      },
    },
    blocked: {
      text: { en: 'See an outside host fail to reach the guest without a port forward.', ko: '포트 포워딩이 없을 때 외부 호스트가 게스트에 닿지 못하는 것을 확인합니다.' },
      hint: {
        en: 'Before adding the port forward, connect from the internet host to 198.51.100.5:2222.',
        ko: '포트 포워딩을 추가하기 전에 인터넷 호스트에서 198.51.100.5:2222로 접속해 보세요.',
      },
    },
    ssh: {
      text: { en: "Make the outside host reach the guest's SSH.", ko: '외부 호스트가 게스트의 SSH에 닿게 합니다.' },
      hint: {
        en: 'Add the port forward (DNAT in PREROUTING), then connect to 198.51.100.5:2222 again.',
        ko: '포트 포워딩(PREROUTING의 DNAT)을 추가한 뒤 198.51.100.5:2222로 다시 접속하세요.',
      },
    },
    ports: {
      text: { en: 'Two guests use the same source port: see them get distinct translated ports.', ko: '두 게스트가 같은 출발지 포트를 쓸 때 서로 다른 포트로 변환되는 것을 봅니다.' },
      hint: {
        en: 'Use "both connect from source port 40000" and compare the two conntrack entries\' reply direction.',
        ko: '"출발지 포트 40000으로 접속"을 누르고 conntrack 항목 두 개의 응답 방향을 비교해 보세요.',
      },
    },
  },
} as const;
