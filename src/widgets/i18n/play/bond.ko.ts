/** Strings of the bond lab (modes, flows per port, cable pulls and failover). Korean in 합니다 style with the established terms. (Korean.) */
import { registerLocale } from '../registry.ts';
import type { BondStrings } from './bond.en.ts';

const ko: BondStrings = {
  title: '본딩 실습: 흐름 나누기, 케이블 뽑기',
  intro: '노드에는 eno1과 eno2 두 포트가 있고, 둘을 vmbr0 아래의 bond0으로 묶어 스위치 하나에 연결했습니다. 아래 숫자는 모두 시뮬레이터가 계산한 값입니다.',
  mode: '본딩 모드',
  policy: '전송 해시 정책',
  // bonding.rst "balance-tlb", "tlb_dynamic_lb": by default tlb/alb place flows by slave load; only with tlb_dynamic_lb 0 does the policy apply.
  policyFixed: 'balance-tlb와 balance-alb는 기본적으로 이 정책이 아니라 링크별 부하에 따라 흐름을 배치합니다(이 정책은 tlb_dynamic_lb 0일 때만 쓰입니다). 이 실습에서는 그 대신 layer2 해시를 씁니다.',
  policyUnused: (mode: string) => `${mode}에서는 쓰지 않습니다.`,
  switchKind: '스위치',
  switchNames: { lacp: 'LACP를 지원하는 관리형 스위치', learning: '일반 스위치(LACP 없음)' },
  miimon: 'miimon(ms)',
  sendFlows: (n: number) => `흐름 ${n}개 보내기`,
  flowsHeading: '흐름이 어디로 갔나',
  flowsCaption: (n: number) => `노드에서 사무실 PC로 보낸 흐름 ${n}개의 포트별 분포`,
  port: '포트',
  flows: '흐름',
  frames: '프레임',
  share: '비율',
  state: '상태',
  stateActive: '트래픽 전송 중',
  stateIdle: '대기(예비)',
  stateDown: '케이블 뽑힘',
  chartLabel: (summary: string) => `막대그래프: ${summary}`,
  perSlave: (name: string, flows: number, pct: number) => `${name}: 흐름 ${flows}개(${pct}%)`,
  notes: {
    oneLink: '링크 하나만 트래픽을 나르고, 다른 하나는 예비로 대기합니다.',
    noPartner:
      '일반 스위치는 LACP에 응답하지 않으므로 포트마다 따로 애그리게이터가 만들어지고, 그중 하나만 활성화됩니다. 결국 링크 하나가 모든 트래픽을 나릅니다.',
    lacpBoth: '스위치가 LACP에 응답해서 두 포트가 한 애그리게이터로 묶였고, 해시에 따라 흐름을 나눠 나릅니다.',
    rr: 'balance-rr은 패킷을 번갈아 가며 두 링크로 보냅니다. 그래서 흐름 하나가 두 링크를 모두 쓰고, 패킷 순서가 뒤바뀌어 도착할 수 있습니다.',
    broadcast: 'broadcast는 모든 프레임을 모든 링크로 보냅니다. 두 링크가 같은 내용을 나르므로 속도는 늘지 않습니다.',
    hashed: (policy: string) => `흐름마다 ${policy} 해시로 고른 링크 하나에만 실립니다. 그래서 흐름 하나는 링크 하나보다 빨라질 수 없습니다.`,
    bothDown: '두 케이블이 모두 뽑혀서 아무것도 지나가지 못합니다.',
  },
  cablesHeading: '케이블',
  cableHelp: '노드가 사무실 PC에 10ms마다 ping을 보내는 동안 케이블을 뽑아 보고, 본딩이 어떻게 반응하는지 보세요.',
  cableButton: (name: string, plugged: boolean) => (plugged ? `${name} 케이블 뽑기` : `${name} 케이블 다시 꽂기`),
  cableState: (name: string, plugged: boolean) => `${name}: ${plugged ? '연결됨' : '뽑힘'}`,
  failoverHeading: '무슨 일이 있었나',
  lost: (lost: number, sent: number) => `ping ${sent}개 중 ${lost}개를 잃었습니다.`,
  lostExplain: (miimon: number, gapMs: number) =>
    `본딩은 다음 miimon 검사(${miimon}ms마다) 때가 되어서야 링크가 죽은 것을 알아챕니다. 끊긴 시간은 ${gapMs}ms였습니다.`,
  noLoss: (sent: number) => `ping ${sent}개가 모두 응답을 받았습니다. 이 케이블로는 ping이 지나가고 있지 않았습니다.`,
  unpluggedAt: (t: string) => `${t}에 케이블을 뽑았습니다.`,
  pluggedAt: (t: string) => `${t}에 케이블을 다시 꽂았습니다.`,
  eventsHeading: '커널 이벤트',
  error: '시뮬레이션이 오류로 멈췄습니다. 실습을 초기화하고 다시 해 보세요.',
  resetDone: (mode: string) => `실습을 처음 상태로 되돌렸습니다. ${mode} 모드에 케이블 두 개가 모두 꽂혀 있고, 아직 흐름을 보내지 않았습니다.`,
  goals: {
    spread: {
      text: '802.3ad, LACP 스위치, layer3+4 해시로 두 링크가 흐름을 나눠 나르는 것을 확인합니다.',
      hint: '본딩 모드를 802.3ad로 고르고 스위치는 LACP를 지원하는 관리형 스위치로 둔 채, 전송 해시 정책을 layer3+4로 바꾸고 흐름을 보내 보세요. 막대 두 개가 모두 차야 합니다.',
    },
    failover: {
      text: 'active-backup에서 ping을 나르는 케이블을 뽑아도 ping이 계속 이어지게 합니다.',
      hint: 'active-backup을 고르고, 처음에 트래픽을 나르는 eno1 케이블을 뽑아 보세요. 다음 miimon 검사 때까지 ping 몇 개를 잃지만, 그 뒤로는 eno2로 응답이 돌아옵니다.',
    },
    fallback: {
      text: '스위치가 LACP를 지원하지 않으면 802.3ad 본딩이 링크 하나만 쓰게 되는 것을 확인합니다.',
      hint: '802.3ad를 고르고 일반 스위치(LACP 없음)를 선택한 뒤 흐름을 보내 보세요. 포트 하나가 모든 흐름을 나르고 다른 포트는 놀고 있습니다.',
    },
    miimon: {
      text: 'miimon 검사 간격이 길수록 통신이 끊기는 시간도 길어진다는 것을 확인합니다.',
      hint: 'active-backup에서 miimon 100으로 eno1 케이블을 뽑았다가 다시 꽂고, miimon을 500으로 바꾼 뒤 한 번 더 뽑아 보세요. "무슨 일이 있었나"에 나오는 끊긴 시간을 비교합니다.',
    },
  },
};

registerLocale('ko', { bond: ko });
