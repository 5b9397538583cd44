/** Text of the routed-vs-NAT comparison lab, in both languages. */
export const rvnText = {
  title: { en: 'Lab: the same requests, routed and NAT side by side', ko: '실습: 같은 요청을 라우팅과 NAT에서 나란히' },
  routedTitle: { en: 'Routed', ko: '라우팅' },
  natTitle: { en: 'NAT', ko: 'NAT' },
  actions: {
    out: { en: 'Both guests ping the internet host', ko: '두 구성의 게스트가 인터넷 호스트로 ping' },
    in: { en: 'The internet host opens SSH to the guest in both', ko: '인터넷 호스트가 두 구성의 게스트에 SSH 접속' },
    forward: { en: 'NAT only: add port forward 2222 → VM 100:22', ko: 'NAT에만 포트 포워딩 2222 → VM 100:22 추가' },
    reset: { en: 'Reset both', ko: '둘 다 초기화' },
  },
  inTarget: {
    en: (routed: string, nat: string) => `Routed: connects to ${routed}. NAT: connects to ${nat} (the only public address).`,
    ko: (routed: string, nat: string) => `라우팅: ${routed}로 접속합니다. NAT: 유일한 공인 주소인 ${nat}로 접속합니다.`,
  },
  tableCaption: { en: 'Routed vs NAT, measured on the kernel', ko: '라우팅과 NAT 비교(커널에서 측정)' },
  colAspect: { en: 'Aspect', ko: '항목' },
  differs: { en: 'differs', ko: '다름' },
  notYet: { en: 'run the requests above to see', ko: '위의 요청을 실행하면 보입니다' },
  rows: {
    addressing: { en: 'Guest addressing', ko: '게스트 주소' },
    setup: { en: 'Set-up on the host', ko: '호스트 설정' },
    inbound: { en: 'Reaching the guest from outside', ko: '외부에서 게스트 접속' },
    publicIps: { en: 'Public addresses needed', ko: '필요한 공인 주소' },
    providerView: { en: 'What the internet sees', ko: '인터넷에서 보이는 모습' },
  },
  values: {
    address: {
      en: (addr: string, isPublic: boolean) => `${addr} (${isPublic ? 'public, routed to the host' : 'private, behind the host'})`,
      ko: (addr: string, isPublic: boolean) => `${addr}(${isPublic ? '공인, 호스트로 라우팅됨' : '사설, 호스트 뒤에 숨음'})`,
    },
    setup: {
      en: (sysctls: string[], rules: number) => `${sysctls.join(', ')}; ${rules} iptables ${rules === 1 ? 'rule' : 'rules'}`,
      ko: (sysctls: string[], rules: number) => `${sysctls.join(', ')}, iptables 규칙 ${rules}개`,
    },
    inboundOk: {
      en: (target: string, viaRule: boolean) => `works: ${target}${viaRule ? ' (only through the DNAT port forward)' : ' (directly, no extra rule)'}`,
      ko: (target: string, viaRule: boolean) => `됨: ${target}${viaRule ? '(DNAT 포트 포워딩을 거쳐서만)' : '(규칙 없이 바로)'}`,
    },
    inboundFail: {
      en: (target: string, outcome: string) => `fails: ${target} → ${outcome} (no rule maps it to a guest)`,
      ko: (target: string, outcome: string) => `안 됨: ${target} → ${outcome}(게스트로 연결해 주는 규칙이 없음)`,
    },
    publicIps: {
      en: (n: number, list: string) => `${n}: ${list}`,
      ko: (n: number, list: string) => `${n}개: ${list}`,
    },
    providerView: {
      en: (src: string, macs: string) => `packets come from ${src}; the provider's switch sees MAC ${macs}`,
      ko: (src: string, macs: string) => `패킷 출발지는 ${src}, 프로바이더 스위치에 보이는 MAC은 ${macs}`,
    },
  },
} as const;
