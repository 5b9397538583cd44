/** Text of the bridge lab, in both languages. */
export const bridgeText = {
  title: { en: 'Lab: a bridge is a switch inside the host', ko: '실습: 브리지는 호스트 안의 스위치입니다' },
  names: {
    pve: { en: 'pve', ko: 'pve' },
    vm100: { en: 'VM 100', ko: 'VM 100' },
    vm101: { en: 'VM 101', ko: 'VM 101' },
    vm102: { en: 'VM 102', ko: 'VM 102' },
    lan: { en: 'Laptop', ko: '노트북' },
    sw: { en: 'Office switch', ko: '사무실 스위치' },
  },
  actions: {
    pingLan: { en: 'VM 100 pings the laptop', ko: 'VM 100에서 노트북으로 ping' },
    pingVm: { en: 'VM 100 pings VM 101', ko: 'VM 100에서 VM 101로 ping' },
    wait: { en: 'Wait 6 minutes', ko: '6분 기다리기' },
    waitNarration: {
      en: 'wait 6 minutes without traffic (the bridge ageing time is 300 s, counted from the last frame: the ARP re-check 5 s after a ping)',
      ko: '트래픽 없이 6분 기다리기(브리지 에이징 시간은 300초이고, 마지막 프레임부터 셉니다. ping 5초 뒤의 ARP 재확인이 마지막 프레임입니다)',
    },
    addVmbr1: { en: 'Add vmbr1 with VM 102', ko: 'vmbr1과 VM 102 추가' },
    addVmbr1Narration: {
      en: 'add a second bridge vmbr1 (no physical port) and plug VM 102 (192.168.10.102) into it',
      ko: '물리 포트 없는 두 번째 브리지 vmbr1을 만들고 VM 102(192.168.10.102)를 연결하기',
    },
    pingFromVmbr1: { en: 'VM 102 pings VM 100', ko: 'VM 102에서 VM 100으로 ping' },
  },
  goals: {
    reach: {
      text: { en: 'VM 100 reaches the laptop on the office LAN.', ko: 'VM 100이 사무실 LAN의 노트북에 닿게 합니다.' },
      hint: {
        en: 'Press "VM 100 pings the laptop", then step through: the ARP request is a broadcast, so vmbr0 floods it.',
        ko: '"VM 100에서 노트북으로 ping"을 누르고 단계별로 보세요. ARP 요청은 브로드캐스트라서 vmbr0이 플러딩합니다.',
      },
    },
    learn: {
      text: { en: "vmbr0 learns VM 100's MAC address on port tap100i0.", ko: 'vmbr0이 tap100i0 포트에서 VM 100의 MAC 주소를 학습하게 합니다.' },
      hint: {
        en: 'A bridge learns the source MAC of every frame it receives. Any frame from VM 100 will do.',
        ko: '브리지는 받은 프레임마다 출발지 MAC을 학습합니다. VM 100이 보낸 프레임이면 무엇이든 됩니다.',
      },
    },
    age: {
      text: { en: 'Watch a learned entry age out, then see the next frame flooded again.', ko: '학습한 항목이 에이징으로 사라지고, 다음 프레임이 다시 플러딩되는 것을 봅니다.' },
      hint: {
        en: 'Ping once, "Wait 6 minutes", then ping again: the MAC table is empty, so the bridge floods unknown unicast.',
        ko: 'ping을 한 번 보내고 "6분 기다리기"를 누른 뒤 다시 ping하세요. MAC 테이블이 비어 있어 브리지가 모르는 유니캐스트를 플러딩합니다.',
      },
    },
    separate: {
      text: { en: 'Show that vmbr1 is a separate switch: VM 102 cannot reach VM 100, even in the same subnet.', ko: 'vmbr1이 별개의 스위치임을 확인합니다. 같은 서브넷이어도 VM 102는 VM 100에 닿지 못합니다.' },
      hint: {
        en: 'Add vmbr1 with VM 102, then let VM 102 ping VM 100. Its ARP broadcast stays on vmbr1.',
        ko: 'vmbr1과 VM 102를 추가한 뒤 VM 102에서 VM 100으로 ping하세요. ARP 브로드캐스트가 vmbr1 밖으로 나가지 않습니다.',
      },
    },
  },
} as const;
