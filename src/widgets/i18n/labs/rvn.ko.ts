/** Korean text of the routed-vs-NAT comparison (a Korean page's island loads only this file). */
import { josa } from '../../../i18n/josa.ts';
import { registerLocale } from '../registry.ts';
import type { RvnStrings } from './rvn.en.ts';

export const rvnKo: RvnStrings = {
  title: '실습: 같은 요청을 라우팅과 NAT에서 나란히',
  inTarget: (routed: string, nat: string) => `라우팅: ${josa(routed, '으로/로')} 접속합니다. NAT: 유일한 공인 주소인 ${josa(nat, '으로/로')} 접속합니다.`,
  tableCaption: '라우팅과 NAT 비교(커널에서 측정)',
  colAspect: '항목',
  differs: '다름',
  notYet: '위의 요청을 실행하면 보입니다',
  goals: {
    routed: {
      text: '호스트에 iptables 규칙 하나 없이 인터넷에서 라우팅 쪽 게스트의 SSH에 접속합니다.',
      hint: '"인터넷 호스트가 두 구성의 게스트에 SSH 접속"을 누르고 라우팅 쪽을 보세요. 연결이 203.0.113.18:22로 곧바로 들어갑니다.',
    },
    forward: {
      text: 'NAT 쪽에서 같은 접속이 거부되는 것을 보고, 포트 포워딩으로 통과시킵니다.',
      hint: '먼저 인터넷 호스트에서 SSH 접속을 해 보세요. 198.51.100.5:2222로 온 연결은 호스트 자신이 받으므로 호스트가 거부합니다. 그다음 포트 포워딩을 추가하고 다시 접속합니다.',
    },
    provider: {
      text: '업체에 보이는 모습을 비교합니다. 양쪽 모두 호스트의 MAC이 보이지만 출발지 주소는 다릅니다.',
      hint: '"두 구성의 게스트가 인터넷 호스트로 ping"을 누르고 표의 마지막 행을 읽어 보세요.',
    },
  },
  rows: {
    addressing: '게스트 주소',
    setup: '호스트 설정',
    inbound: '외부에서 게스트 접속',
    publicIps: '필요한 공인 주소',
    providerView: '업체에 보이는 모습',
  },
  values: {
    address: (addr: string, isPublic: boolean) => `${addr}(${isPublic ? '공인, 호스트로 라우팅됨' : '사설, 호스트 뒤에 숨음'})`,
    setup: (sysctls: string[], rules: number) => `${sysctls.join(', ')}, iptables 규칙 ${rules}개`,
    inboundOk: (target: string, viaRule: boolean) => `됨: ${target}${viaRule ? '(DNAT 포트 포워딩을 거쳐서만)' : '(규칙 없이 바로)'}`,
    inboundFail: (target: string, outcome: string) => `안 됨: ${target} → ${outcome}(게스트로 연결해 주는 규칙이 없음)`,
    publicIps: (n: number, list: string) => `${n}개: ${list}`,
    providerView: (src: string, macs: string) => `패킷 출발지는 ${src}, 업체 스위치에 보이는 MAC은 ${macs}`,
  },
};

registerLocale('ko', { rvn: rvnKo });
