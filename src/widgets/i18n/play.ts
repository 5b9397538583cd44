/**
 * Reader-visible strings of the playground, the mode chooser, the bond lab and the small-office lab,
 * in English and Korean. Korean is written as a Korean engineer would write it (합니다 style, the
 * established terms 브리지, 라우팅, 본딩, 게이트웨이, 포트 포워딩).
 */
import type { Extra, Mode, QuestionId, Reason } from '../chooser/recommend.ts';
import { josa } from './josa.ts';

export type Lang = 'ko' | 'en';

interface Option {
  value: string;
  label: string;
}
interface Question {
  legend: string;
  help?: string;
  options: Option[];
}

const en = {
  office: {
    title: 'The small office: one server, two cables',
    intro: 'The office server has two LAN ports, both cabled to the office switch. Underneath, this is the real bond lab: every button is a kernel action.',
    figure: 'Illustration: the office server with two LAN ports, two cables to the office switch, and four desks with PCs.',
    server: 'Office server',
    switchLabel: 'Office switch',
    desk: (n: number) => `Desk ${n}`,
    cable: { eno1: 'cable A', eno2: 'cable B' },
    port: { eno1: 'LAN 1', eno2: 'LAN 2' },
    unplug: (cable: string) => `Unplug ${cable}`,
    plug: (cable: string) => `Plug ${cable} back in`,
    lacpOn: 'Turn on LACP (both cables at once)',
    lacpOff: 'Turn LACP off (one cable, one spare)',
    lacpState: (on: boolean): string => (on ? 'LACP is on: bond-mode 802.3ad' : 'LACP is off: bond-mode active-backup'),
    sendTraffic: 'Send office traffic (200 flows)',
    load: (cable: string, pct: number) => `${cable}: ${pct}% of the traffic`,
    unpluggedTag: 'unplugged',
    spareTag: 'spare',
    service: (ok: boolean): string => (ok ? 'Service: running' : 'Service: down'),
    storyUnplug: (cable: string, other: string) => `You pulled ${cable}. The server keeps working over ${other}.`,
    storyUnplugBoth: 'With both cables out, nothing reaches the server any more.',
    storyPlug: (cable: string) => `${cable} is back. The bond takes it into use at its next check.`,
    storyLacpOn: 'With LACP the switch and the server agree that the two cables form one link: both carry traffic.',
    storyLacpOff: 'Without LACP the bond uses one cable and keeps the other as a spare.',
    mapHeading: 'From the picture to the config',
    mapPicture: 'In the picture',
    mapConfig: 'In /etc/network/interfaces',
    mapMeaning: 'What it does',
    map: [
      { part: 'The two LAN ports', meaning: 'Each physical port gets a stanza with no address of its own: it only serves the bond.' },
      { part: 'Two cables tied into one', meaning: 'bond0 is the one “stronger leg” made of both ports.' },
      { part: 'How the cables share the work', meaning: 'active-backup: one cable works, one waits. 802.3ad: both work, if the switch speaks LACP.' },
      { part: 'Checking the cables', meaning: 'Every 100 ms the bond checks each cable; a dead one is taken out of use at the next check.' },
      { part: 'The PCs see one server', meaning: 'The bridge vmbr0 sits on top of the bond; the server’s address (and its guests) live there.' },
    ],
    configLabel: 'The configuration this picture stands for',
  },
  bond: {
    title: 'Bond lab: spread flows, pull a cable',
    intro: 'The node has two ports, eno1 and eno2, bonded as bond0 under vmbr0 and cabled to one switch. Every number below comes from the simulator.',
    mode: 'Bond mode',
    policy: 'Transmit hash policy',
    policyFixed: 'balance-tlb and balance-alb always hash by layer2.',
    policyUnused: (mode: string) => `Not used by ${mode}.`,
    switchKind: 'Switch',
    switchNames: { lacp: 'Managed switch with LACP', learning: 'Plain switch (no LACP)' },
    miimon: 'miimon (ms)',
    sendFlows: (n: number) => `Send ${n} flows`,
    flowsHeading: 'Where the flows went',
    flowsCaption: (n: number) => `${n} flows from the node to office PCs, per port`,
    port: 'Port',
    flows: 'Flows',
    frames: 'Frames',
    share: 'Share',
    state: 'State',
    stateActive: 'carrying traffic',
    stateIdle: 'idle (standby)',
    stateDown: 'cable unplugged',
    chartLabel: (summary: string) => `Bar chart: ${summary}`,
    perSlave: (name: string, flows: number, pct: number) => `${name}: ${flows} flows (${pct}%)`,
    notes: {
      oneLink: 'Only one link carries traffic: the other is a standby.',
      noPartner:
        'The plain switch does not answer LACP, so each port ends up in an aggregator of its own and only one aggregator is active: one link carries everything.',
      lacpBoth: 'The switch answered LACP: both ports joined one aggregator and share the flows by the hash.',
      rr: 'balance-rr sends packet after packet on alternating links, so one flow uses both links (and its packets can arrive out of order).',
      broadcast: 'broadcast sends every frame on every link: both carry everything, which adds no speed.',
      hashed: (policy: string) => `Each flow stays on one link, chosen by the ${policy} hash: a single flow never goes faster than one link.`,
      bothDown: 'Both cables are unplugged: nothing gets through.',
    },
    cablesHeading: 'Cables',
    cableHelp: 'Pull a cable while the node pings an office PC every 10 ms, and watch the bond react.',
    cableButton: (name: string, plugged: boolean) => (plugged ? `Unplug the ${name} cable` : `Plug the ${name} cable back in`),
    cableState: (name: string, plugged: boolean) => `${name}: ${plugged ? 'plugged in' : 'unplugged'}`,
    failoverHeading: 'What happened',
    lost: (lost: number, sent: number) => `${lost} of ${sent} pings lost.`,
    lostExplain: (miimon: number, gapMs: number) =>
      `The bond only notices a dead link at its next miimon check (every ${miimon} ms); the gap was ${gapMs} ms.`,
    noLoss: (sent: number) => `All ${sent} pings answered: this cable was not carrying the pings.`,
    unpluggedAt: (t: string) => `Cable pulled at ${t}.`,
    pluggedAt: (t: string) => `Cable plugged back in at ${t}.`,
    eventsHeading: 'Kernel events',
    running: 'Simulating…',
    error: 'The simulation stopped with an error. Reset the lab and try again.',
    resetLab: 'Reset the lab',
  },
  playground: {
    title: 'Config playground',
    intro: 'Edit an /etc/network/interfaces file. Problems are checked as you type; Run builds the network on the simulator.',
    preset: 'Start from',
    presetNames: { bridge: 'Default bridge', routed: 'Routed', nat: 'NAT with port forward', bond: 'Bond under a bridge (LACP)' },
    editorLabel: 'Contents of /etc/network/interfaces',
    editorHelp: 'Tab indents. Press Escape, then Tab, to leave the editor.',
    tabReleased: 'Tab now moves to the next control.',
    run: 'Run',
    reset: 'Reset',
    resetDone: 'The configuration was reset to the preset.',
    share: 'Share',
    copied: 'Link copied to the clipboard.',
    copyFailed: 'Could not copy. Copy the link from the address bar.',
    restored: 'Configuration restored from the shared link.',
    problems: 'Problems',
    checking: 'Checking…',
    noProblems: 'No problems found.',
    counts: (e: number, w: number, i: number) =>
      [e && `${e} ${e === 1 ? 'error' : 'errors'}`, w && `${w} ${w === 1 ? 'warning' : 'warnings'}`, i && `${i} ${i === 1 ? 'note' : 'notes'}`]
        .filter(Boolean)
        .join(', ') || 'No problems found.',
    severity: { error: 'error', warning: 'warning', info: 'note' },
    at: (line: number, col: number) => `line ${line}, column ${col}`,
    hint: 'hint',
    goTo: (line: number, col: number) => `Go to line ${line}, column ${col}`,
    runBlocked: 'Fix the errors first: the file would not come up on a real host either.',
    runHeading: 'Your config, running',
    runIntro: 'The host runs your file; the guests and the outside world come from the preset. Unplug a cable in the diagram, or send a probe.',
    probeHeading: 'Send a probe',
    from: 'From',
    to: 'To (IPv4 address)',
    kind: 'Probe',
    kinds: { ping: 'ping (3 echo requests)', tcp: 'TCP connect' },
    portLabel: 'TCP port',
    send: 'Send',
    suggestions: 'Try',
    badAddress: (v: string) => `'${v}' is not an IPv4 address (write it like 192.0.2.80).`,
    badPort: 'The port must be a number from 1 to 65535.',
    probeTitle: (kind: string, from: string, to: string) => `${kind} from ${from} to ${to}`,
    ping: {
      ok: (r: number, s: number) => `All ${r} of ${s} replies came back.`,
      partial: (r: number, s: number) => `${r} of ${s} replies came back.`,
      timeout: () => 'No reply: the requests or the replies were lost on the way.',
      unreachable: () => 'Destination unreachable: a router on the way said it cannot deliver.',
      ttl_exceeded: () => 'Time to live exceeded: the packet went round in circles.',
      no_route: () => 'No route: the sender does not know where to send it.',
      pending: () => 'Still waiting for replies.',
    },
    tcp: {
      established: (port: number) => `Connected: something listens on port ${port}.`,
      refused: (port: number) => `Refused: the host answered, but nothing listens on port ${port}.`,
      timeout: () => 'No answer: the connection attempt timed out.',
      unreachable: () => 'Destination unreachable.',
      pending: () => 'Still connecting.',
    },
    seenAs: (src: string, sport: number) => `The server saw the connection come from ${src}:${sport}.`,
    traceHeading: (n: number) => `What the kernel did (${n} steps)`,
    traceMore: (n: number) => `… and ${n} more steps.`,
    linkToggled: (label: string, up: boolean) => `${label}: ${up ? 'plugged in' : 'unplugged'}.`,
    tablesHeading: 'Tables after the last probe',
    runError: 'This configuration could not be brought up on the simulator. Check the problems above, or reset.',
  },
  chooser: {
    title: 'Which network mode fits my situation?',
    intro: 'Answer a few questions about where your Proxmox node runs. The recommendation updates as you answer.',
    questions: {
      where: {
        legend: 'Where does the Proxmox node run?',
        options: [
          { value: 'home', label: 'At home (home lab)' },
          { value: 'office', label: 'On an office LAN' },
          { value: 'rented', label: 'A rented server at a hosting provider' },
        ],
      },
      oneMac: {
        legend: 'Does the provider accept only one MAC address on your port?',
        help: 'Many hosting providers drop frames from any MAC address other than your server’s own.',
        options: [
          { value: 'yes', label: 'Yes, only the server’s MAC' },
          { value: 'no', label: 'No, I can get extra (virtual) MACs' },
          { value: 'unsure', label: 'I don’t know' },
        ],
      },
      publicIps: {
        legend: 'Do you have public IP addresses for the guests?',
        options: [
          { value: 'subnet', label: 'Yes, extra addresses or a routed subnet' },
          { value: 'single', label: 'No, only the host’s own address' },
        ],
      },
      inbound: {
        legend: 'Must the guests be reachable from outside?',
        options: [
          { value: 'none', label: 'No, they only make outgoing connections' },
          { value: 'few', label: 'A few ports (SSH, a web server)' },
          { value: 'all', label: 'Yes, each guest as a full server' },
        ],
      },
      nics: {
        legend: 'How many network ports does the node have for guest traffic?',
        options: [
          { value: 'one', label: 'One' },
          { value: 'two', label: 'Two or more' },
        ],
      },
      lacp: {
        legend: 'Does the switch support LACP (802.3ad link aggregation)?',
        options: [
          { value: 'yes', label: 'Yes, a managed switch with LACP' },
          { value: 'no', label: 'No, a plain switch' },
          { value: 'unsure', label: 'I don’t know' },
        ],
      },
      cluster: {
        legend: 'Will this node be part of a Proxmox cluster?',
        options: [
          { value: 'no', label: 'No, a single node' },
          { value: 'yes', label: 'Yes, a cluster' },
        ],
      },
    } satisfies Record<QuestionId, Question>,
    pending: (left: number) => `${left} more ${left === 1 ? 'question' : 'questions'} to answer.`,
    resultHeading: 'Recommendation',
    modeName: { bridge: 'Bridge', routed: 'Routed', nat: 'NAT (masquerading)' } satisfies Record<Mode, string>,
    recommended: (mode: string) => `Recommended: ${mode}`,
    alsoConsider: (mode: string) => `Also worth reading: ${mode}`,
    why: 'Why',
    readLesson: (mode: string) => `Read the ${mode} lesson`,
    alsoHeading: 'For your network ports',
    reasons: {
      lan_bridge:
        'You control the LAN, so the guests can sit on it as ordinary machines with their own MAC and IP address. That is what a bridge does, and it is what the Proxmox installer sets up.',
      lan_inbound_router:
        'Bridged guests are directly reachable from the LAN. From the internet, forward ports on your router to the guests’ LAN addresses, just as you would for any other machine.',
      one_mac_routed:
        'The provider drops frames from every MAC but the server’s, so bridged guests would never get through. Routed mode keeps the host’s MAC as the only one on the wire: the host answers ARP for the guests (proxy_arp) and forwards their packets (ip_forward).',
      routed_inbound_direct: 'Guests keep their public addresses, so they are reachable from outside without any translation rules.',
      unsure_one_mac:
        'Most hosting providers filter by MAC, so this assumes they do. If your provider sells virtual MACs, a bridge also works.',
      virtual_mac_bridge:
        'The provider accepts the guests’ own (virtual) MACs, so a bridge works and is the simplest set-up. Routed mode is the alternative if you want only one MAC on the wire.',
      single_ip_nat:
        'With only the host’s address, the guests get private addresses on an internal bridge and the host masquerades their traffic to its own address.',
      nat_port_forward: 'For the few inbound services, add a port forward (DNAT) per port on the host.',
      nat_all_inbound:
        'NAT can only forward single ports. If every guest must be a full server, ask the provider for a routed subnet and use routed mode.',
      nat_outbound_only: 'Outgoing connections work at once: conntrack remembers each flow and rewrites the replies back.',
    } satisfies Record<Reason, string>,
    extras: {
      bond_lacp:
        'Bond the two ports with 802.3ad (LACP): both links carry traffic and either can fail. Put the bond under the bridge (bridge-ports bond0).',
      bond_active_backup:
        'Bond the two ports in active-backup mode: one link carries the traffic and the other takes over if it fails. It needs nothing from the switch. (802.3ad needs a switch that speaks LACP.)',
      cluster_separate:
        'For a cluster, give corosync its own network on the second port rather than bonding both: a bond that renegotiates can cost the cluster its quorum. If you do bond the cluster link, use active-backup.',
      cluster_one_nic:
        'A cluster works on one port, but corosync then shares the link with the guests. Add a second port for a dedicated cluster network when you can.',
    } satisfies Record<Extra, string>,
    bondLesson: 'Read the bond lesson',
    reset: 'Start over',
  },
};

type Strings = typeof en;

const ko: Strings = {
  office: {
    title: '작은 사무실: 서버 하나, 케이블 두 개',
    intro: '사무실 서버에는 LAN 포트가 두 개 있고, 둘 다 사무실 스위치에 연결되어 있습니다. 그림 아래에서는 실제 본딩 실습이 돌아가므로, 버튼 하나하나가 커널에서 그대로 일어납니다.',
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
    sendTraffic: '사무실 트래픽 보내기(흐름 200개)',
    load: (cable: string, pct: number) => `${cable}: 트래픽의 ${pct}%`,
    unpluggedTag: '뽑힘',
    spareTag: '예비',
    service: (ok: boolean) => (ok ? '서비스: 정상' : '서비스: 중단'),
    storyUnplug: (cable: string, other: string) => `${josa(cable, '을/를')} 뽑았습니다. 서버는 ${josa(other, '으로/로')} 계속 일합니다.`,
    storyUnplugBoth: '케이블이 둘 다 뽑혀서 이제 아무것도 서버에 닿지 못합니다.',
    storyPlug: (cable: string) => `${josa(cable, '을/를')} 다시 꽂았습니다. 본딩이 다음 점검 때 이 케이블을 다시 씁니다.`,
    storyLacpOn: 'LACP를 켜면 스위치와 서버가 두 케이블을 하나의 링크로 묶기로 합의하고, 두 케이블이 모두 트래픽을 나릅니다.',
    storyLacpOff: 'LACP가 없으면 본딩은 케이블 하나를 쓰고 다른 하나는 예비로 둡니다.',
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
  },
  bond: {
    title: '본딩 실습: 흐름 나누기, 케이블 뽑기',
    intro: '노드에는 eno1과 eno2 두 포트가 있고, 둘을 vmbr0 아래의 bond0으로 묶어 스위치 하나에 연결했습니다. 아래 숫자는 모두 시뮬레이터가 계산한 값입니다.',
    mode: '본딩 모드',
    policy: '전송 해시 정책',
    policyFixed: 'balance-tlb와 balance-alb는 항상 layer2로 해시합니다.',
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
      rr: 'balance-rr는 패킷을 번갈아 가며 두 링크로 보냅니다. 그래서 흐름 하나가 두 링크를 모두 쓰고, 패킷 순서가 뒤바뀌어 도착할 수 있습니다.',
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
    running: '시뮬레이션 중…',
    error: '시뮬레이션이 오류로 멈췄습니다. 실습을 초기화하고 다시 해 보세요.',
    resetLab: '실습 초기화',
  },
  playground: {
    title: '설정 놀이터',
    intro: '/etc/network/interfaces 파일을 직접 고쳐 보세요. 입력하는 동안 문제를 찾아 주고, 실행을 누르면 시뮬레이터에 네트워크를 만들어 줍니다.',
    preset: '시작 설정',
    presetNames: { bridge: '기본 브리지', routed: '라우팅', nat: 'NAT와 포트 포워딩', bond: '브리지 아래 본딩(LACP)' },
    editorLabel: '/etc/network/interfaces 내용',
    editorHelp: 'Tab 키로 들여씁니다. 편집기에서 나가려면 Esc를 누른 다음 Tab을 누르세요.',
    tabReleased: '이제 Tab 키로 다음 컨트롤로 이동합니다.',
    run: '실행',
    reset: '초기화',
    resetDone: '설정을 시작 설정으로 되돌렸습니다.',
    share: '공유',
    copied: '링크를 클립보드에 복사했습니다.',
    copyFailed: '복사하지 못했습니다. 주소 표시줄의 링크를 복사하세요.',
    restored: '공유 링크의 설정을 불러왔습니다.',
    problems: '문제',
    checking: '검사 중…',
    noProblems: '문제가 없습니다.',
    counts: (e: number, w: number, i: number) =>
      [e && `오류 ${e}개`, w && `경고 ${w}개`, i && `참고 ${i}개`].filter(Boolean).join(', ') || '문제가 없습니다.',
    severity: { error: '오류', warning: '경고', info: '참고' },
    at: (line: number, col: number) => `${line}번째 줄, ${col}번째 칸`,
    hint: '도움말',
    goTo: (line: number, col: number) => `${line}번째 줄 ${col}번째 칸으로 이동`,
    runBlocked: '오류부터 고치세요. 실제 호스트에서도 이 파일로는 네트워크가 올라오지 않습니다.',
    runHeading: '내 설정으로 돌려 보기',
    runIntro: '호스트는 방금 쓴 파일로 돌아가고, 게스트와 외부 네트워크는 시작 설정에서 가져옵니다. 그림에서 케이블을 뽑아 보거나 시험 패킷을 보내 보세요.',
    probeHeading: '시험 패킷 보내기',
    from: '보내는 곳',
    to: '받는 곳(IPv4 주소)',
    kind: '시험 방식',
    kinds: { ping: 'ping(에코 요청 3개)', tcp: 'TCP 연결' },
    portLabel: 'TCP 포트',
    send: '보내기',
    suggestions: '추천',
    badAddress: (v: string) => `'${v}'은(는) IPv4 주소가 아닙니다. 192.0.2.80처럼 쓰세요.`,
    badPort: '포트는 1부터 65535 사이의 숫자여야 합니다.',
    probeTitle: (kind: string, from: string, to: string) => `${from} → ${to} ${kind}`,
    ping: {
      ok: (r: number, s: number) => `응답 ${s}개 중 ${r}개가 모두 돌아왔습니다.`,
      partial: (r: number, s: number) => `응답 ${s}개 중 ${r}개만 돌아왔습니다.`,
      timeout: () => '응답이 없습니다. 요청이나 응답이 도중에 사라졌습니다.',
      unreachable: () => '목적지에 도달할 수 없습니다. 중간 라우터가 전달할 수 없다고 알려 왔습니다.',
      ttl_exceeded: () => 'TTL이 다 됐습니다. 패킷이 같은 곳을 맴돌았습니다.',
      no_route: () => '경로가 없습니다. 보내는 쪽이 어디로 보내야 할지 모릅니다.',
      pending: () => '아직 응답을 기다리는 중입니다.',
    },
    tcp: {
      established: (port: number) => `연결됐습니다. ${port}번 포트에서 기다리는 서비스가 있습니다.`,
      refused: (port: number) => `거부됐습니다. 호스트는 응답했지만 ${port}번 포트에서 기다리는 서비스가 없습니다.`,
      timeout: () => '응답이 없습니다. 연결 시도가 시간 초과로 끝났습니다.',
      unreachable: () => '목적지에 도달할 수 없습니다.',
      pending: () => '아직 연결 중입니다.',
    },
    seenAs: (src: string, sport: number) => `서버는 이 연결이 ${src}:${sport}에서 왔다고 봤습니다.`,
    traceHeading: (n: number) => `커널이 한 일(${n}단계)`,
    traceMore: (n: number) => `… 그리고 ${n}단계가 더 있습니다.`,
    linkToggled: (label: string, up: boolean) => `${label}: ${up ? '연결됨' : '뽑힘'}.`,
    tablesHeading: '마지막 시험 뒤의 표',
    runError: '이 설정으로는 시뮬레이터에서 네트워크를 올리지 못했습니다. 위의 문제 목록을 확인하거나 초기화하세요.',
  },
  chooser: {
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
        '클러스터라면 두 포트를 본딩하기보다 두 번째 포트를 corosync 전용 네트워크로 쓰세요. LACP가 다시 협상하는 동안 클러스터가 쿼럼을 잃을 수 있습니다. 클러스터 링크를 꼭 본딩해야 한다면 active-backup을 쓰세요.',
      cluster_one_nic:
        '포트 하나로도 클러스터는 동작하지만, corosync가 게스트 트래픽과 링크를 나눠 씁니다. 여유가 생기면 클러스터 전용 포트를 하나 더 두세요.',
    },
    bondLesson: '본딩 강의 읽기',
    reset: '처음부터 다시',
  },
};

export const PLAY: Record<Lang, Strings> = { en, ko };

export function playStrings(lang: Lang): Strings {
  return PLAY[lang] ?? PLAY.en;
}

/** Where a lesson lives in the site, in the reader's language. */
export function lessonHref(lang: Lang, slug: string): string {
  return `/${lang}/lessons/${slug}/`;
}
