/** Strings of the small-office lab (the illustrated server, cables and switch). Korean in 합니다 style with the established terms. (Korean.) */
import { registerLocale } from '../registry.ts';
import type { OfficeStrings } from './office.en.ts';
import { josa } from '../../../i18n/josa.ts';
const ko: OfficeStrings = {
  title: '작은 사무실: 서버 하나, 케이블 두 개',
  intro: '사무실 서버에는 LAN 포트가 두 개 있고, 둘 다 사무실 스위치에 연결되어 있습니다. 그림 아래에서는 실제 본딩 실습이 돌아가서, 버튼을 누를 때마다 커널에서 실제 동작이 일어납니다.',
  figure: '그림: LAN 포트가 두 개인 사무실 서버, 사무실 스위치로 이어진 케이블 두 개, PC가 놓인 책상 네 개.',
  server: '사무실 서버',
  switchLabel: '사무실 스위치',
  desk: (n: number) => `책상 ${n}`,
  cable: { eno1: '케이블 A', eno2: '케이블 B' },
  port: { eno1: 'LAN 1', eno2: 'LAN 2' },
  unplug: (cable: string) => `${cable} 뽑기`,
  plug: (cable: string) => `${cable} 다시 꽂기`,
  lacpOn: 'LACP 켜기(케이블 두 개를 동시에)',
  lacpOff: 'LACP 끄기(하나는 사용, 하나는 예비)',
  lacpState: (on: boolean) => (on ? 'LACP 켜짐: bond-mode 802.3ad' : 'LACP 꺼짐: bond-mode active-backup'),
  load: (cable: string, pct: number) => `${cable}: 트래픽의 ${pct}%`,
  unpluggedTag: '뽑힘',
  spareTag: '예비',
  service: (ok: boolean) => (ok ? '서비스: 정상' : '서비스: 중단'),
  storyUnplug: (cable: string, other: string) => `${josa(cable, '을/를')} 뽑았습니다. 서버는 ${josa(other, '으로/로')} 계속 일합니다.`,
  storyUnplugBoth: '케이블이 둘 다 뽑혀서 이제 아무것도 서버에 닿지 못합니다.',
  storyPlug: (cable: string) => `${josa(cable, '을/를')} 다시 꽂았습니다. 본딩이 다음 점검 때 이 케이블을 다시 씁니다.`,
  storyLacpOn: 'LACP를 켜면 스위치와 서버가 두 케이블을 하나의 링크로 묶기로 합의하고, 두 케이블이 모두 트래픽을 나릅니다.',
  storyLacpOff: 'LACP가 없으면 본딩은 케이블 하나를 쓰고 다른 하나는 예비로 둡니다.',
  storyReset: '사무실을 처음 상태로 되돌렸습니다. 케이블 두 개가 모두 꽂혀 있고 LACP는 꺼져 있습니다.',
  mapHeading: '그림에서 설정으로',
  mapPicture: '그림에서',
  mapConfig: '/etc/network/interfaces에서',
  mapMeaning: '하는 일',
  map: [
    { part: 'LAN 포트 두 개', meaning: '물리 포트마다 주소 없는 스탠자를 하나씩 둡니다. 포트는 본딩을 위해서만 쓰입니다.' },
    { part: '하나로 묶은 케이블 두 개', meaning: 'bond0이 두 포트로 만든 “더 튼튼한 다리” 하나입니다.' },
    { part: '케이블이 일을 나누는 방식', meaning: 'active-backup은 케이블 하나가 일하고 하나는 대기합니다. 802.3ad는 스위치가 LACP를 지원하면 둘 다 일합니다.' },
    { part: '케이블 점검', meaning: '본딩이 100ms마다 케이블을 점검하고, 죽은 케이블은 다음 점검 때 빼 버립니다.' },
    { part: 'PC에는 서버가 하나로 보임', meaning: '본딩 위에 브리지 vmbr0이 있고, 서버의 주소(와 게스트)는 여기에 붙습니다.' },
  ],
  configLabel: '이 그림이 나타내는 설정',
  goals: {
    failover: {
      text: '사무실 트래픽을 나르는 케이블을 뽑아도 서버에 계속 닿게 합니다.',
      hint: '그림에서 트래픽이 흐르는 케이블 A를 뽑아 보세요. 본딩이 다음 점검 때 케이블 B로 넘어가고, 잃은 ping이 몇 개뿐인지 버튼 아래 설명에 나옵니다.',
    },
    back: {
      text: '뽑았던 케이블을 다시 꽂으면 트래픽이 그 케이블로 돌아오는 것을 확인합니다.',
      hint: '케이블 A를 뽑은 다음 다시 꽂아 보세요. 설정에서 eno1(케이블 A)을 bond-primary로 지정했으므로 본딩이 트래픽을 다시 케이블 A로 옮깁니다.',
    },
    lacp: {
      text: 'LACP를 켜서 두 케이블이 트래픽을 나눠 나르게 합니다.',
      hint: '두 케이블을 모두 꽂은 상태에서 LACP를 켜 보세요. 본딩이 802.3ad로 바뀌고 스위치도 여기에 응하므로 두 케이블이 트래픽을 나눠 나릅니다.',
    },
  },
};

registerLocale('ko', { office: ko });
