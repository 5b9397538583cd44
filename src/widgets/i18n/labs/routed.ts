/** Text of the routed lab, in both languages. */
import { routedNames } from './names.ts';
export const routedText = {
  title: { en: 'Lab: routed set-up behind a one-MAC provider port', ko: '실습: MAC 하나만 받는 업체 포트 뒤의 라우팅 구성' },
  variantsLabel: { en: 'How the guest is connected', ko: '게스트 연결 방식' },
  variants: {
    bridged: { en: 'Bridged (vmbr0 with eno0 as a port)', ko: '브리지(eno0을 포트로 둔 vmbr0)' },
    routed: { en: 'Routed (ip_forward + proxy_arp)', ko: '라우팅(ip_forward + proxy_arp)' },
  },
  names: routedNames,
  actions: {
    pingOut: { en: 'VM 100 pings the internet host', ko: 'VM 100에서 인터넷 호스트로 ping' },
    pingIn: { en: 'Internet host pings VM 100', ko: '인터넷 호스트에서 VM 100으로 ping' },
    ssh: { en: "Internet host opens VM 100's SSH (TCP 22)", ko: '인터넷 호스트에서 VM 100의 SSH(TCP 22) 접속' },
    proxyOff: { en: 'Turn proxy_arp off on eno0', ko: 'eno0의 proxy_arp 끄기' },
    proxyOffNarration: {
      en: 'echo 0 > /proc/sys/net/ipv4/conf/eno0/proxy_arp',
      ko: 'echo 0 > /proc/sys/net/ipv4/conf/eno0/proxy_arp 실행',
    },
  },
  goals: {
    rejected: {
      text: { en: "Bridged: see the provider drop the guest's frames, and why.", ko: '브리지 구성: 업체 스위치가 게스트의 프레임을 버리는 것과 그 이유를 확인합니다.' },
      hint: {
        en: 'Choose "Bridged" and let VM 100 ping the internet host. Watch what the provider switch does with a frame from a MAC it does not know.',
        ko: '"브리지"를 고르고 VM 100에서 인터넷 호스트로 ping하세요. 업체 스위치가 모르는 MAC에서 온 프레임을 어떻게 하는지 보세요.',
      },
    },
    out: {
      text: { en: 'Routed: VM 100 reaches the internet host.', ko: '라우팅 구성: VM 100이 인터넷 호스트에 닿게 합니다.' },
      hint: {
        en: 'Choose "Routed". The host answers the provider with its own MAC and routes for the guest, so only one MAC ever reaches the provider.',
        ko: '"라우팅"을 고르세요. 호스트가 자기 MAC으로 업체 쪽에 답하고 게스트 대신 라우팅하므로, 업체에는 MAC 하나만 보입니다.',
      },
    },
    ssh: {
      text: { en: "Routed: the internet host reaches VM 100's SSH directly.", ko: '라우팅 구성: 인터넷 호스트가 VM 100의 SSH에 바로 접속합니다.' },
      hint: {
        en: 'With the routed set-up the guest has a public address of its own: no port forwarding is needed.',
        ko: '라우팅 구성에서는 게스트가 자기 공인 주소를 가지므로 포트 포워딩이 필요 없습니다.',
      },
    },
    proxy: {
      text: { en: 'Routed: find out what proxy_arp on eno0 is for.', ko: '라우팅 구성: eno0의 proxy_arp가 무슨 일을 하는지 알아봅니다.' },
      hint: {
        en: 'Reset the lab, choose "Routed" again, turn proxy_arp off first, then ping VM 100 from the internet: the gateway asks "who has 203.0.113.18?" and nobody answers. (If the gateway already has the address in its ARP cache, it keeps using it for a while, just like Linux.)',
        ko: '실습을 초기화하고 "라우팅"을 다시 고른 뒤, 먼저 proxy_arp를 끄고 인터넷에서 VM 100으로 ping하세요. 게이트웨이가 "203.0.113.18은 누구?"라고 물어도 아무도 답하지 않습니다. (게이트웨이 ARP 캐시에 이미 주소가 있으면 리눅스와 똑같이 한동안 그 항목을 계속 씁니다.)',
      },
    },
  },
} as const;
