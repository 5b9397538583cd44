/** The laptop pings a VM (or the host): which MAC does its ARP table hold for that address? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { same } from '../run.ts';
import type { Generator } from '../types.ts';
import { lanWorld } from '../worlds.ts';

const meta = {
  id: 'gen-bridge-mac-seen',
  mode: 'bridge',
  difficulty: 2,
} as const;

export const bridgeMacSeen: Generator = {
  ...meta,
  title: {
    ko: '노트북의 ARP 표에 VM이나 호스트가 어떤 MAC으로 보이는가',
    en: "Which MAC the laptop's ARP table holds for a VM or the host",
  },
  generate(seed) {
    const d = draw(seed);
    const [a, b] = d.distinct(2, 100, 199) as [number, number];
    const [ipA, ipB, ipL] = d.distinct(3, 20, 250).map((n) => `192.168.10.${n}`) as [string, string, string];
    const macA = d.mac();
    const macB = d.mac();
    const world = lanWorld({
      hostIp: '192.168.10.2',
      laptop: { ip: ipL, mac: d.mac() },
      vms: [
        { vmid: a, cidr: `${ipA}/24`, mac: macA },
        { vmid: b, cidr: `${ipB}/24`, mac: macB },
      ],
    });
    const target = d.pick(['vm', 'host'] as const);
    const ip = target === 'vm' ? ipA : '192.168.10.2';
    world.sim.ping('laptop', ip, { count: 1 });
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const laptop = world.sim.snapshot().hosts.find((h) => h.id === 'laptop')!;
    const seen = laptop.neighbours.find((n) => n.ip === ip)?.mac ?? 'none';
    const pve = world.sim.host('pve');
    const bridgeMac = pve.devMac('vmbr0')!;
    const routerMac = world.sim.host('router').devMac('eth0')!;
    const choices = [
      { key: macA, text: same(`${macA} (VM ${a})`) },
      { key: macB, text: same(`${macB} (VM ${b})`) },
      {
        key: bridgeMac,
        text: {
          ko: `${bridgeMac} (호스트의 vmbr0, eno1과 같은 MAC)`,
          en: `${bridgeMac} (the host's vmbr0, same MAC as eno1)`,
        },
      },
      {
        key: routerMac,
        text: {
          ko: `${routerMac} (사무실 라우터)`,
          en: `${routerMac} (the office router)`,
        },
      },
    ];
    const why =
      seen === macA
        ? {
            ko: `브리지는 프레임을 고쳐 쓰지 않으므로 VM ${a}가 자기 MAC ${macA}로 ARP에 답했고, 노트북은 그 MAC을 그대로 배웠습니다.`,
            en: `A bridge does not rewrite frames: VM ${a} answered the ARP with its own MAC ${macA}, and the laptop learned exactly that.`,
          }
        : {
            ko: `192.168.10.2는 호스트가 vmbr0에 둔 주소라서, 호스트가 vmbr0의 MAC ${bridgeMac}로 답했습니다. Linux 브리지는 포트 중 가장 낮은 MAC(여기서는 eno1)을 자기 MAC으로 씁니다.`,
            en: `192.168.10.2 is the host's own address on vmbr0, so the host answered with vmbr0's MAC ${bridgeMac}; a Linux bridge takes the lowest MAC of its ports (here eno1's).`,
          };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `vmbr0(bridge-ports eno1, 호스트 주소 192.168.10.2/24)에 VM ${a}(${ipA})와 VM ${b}(${ipB})가 붙어 있습니다. 같은 스위치의 노트북(${ipL})에서 \`ping ${ip}\`을 한 번 보낸 뒤 \`ip neigh\`를 보면 ${ip}의 MAC은 무엇입니까?`,
        en: `VM ${a} (${ipA}) and VM ${b} (${ipB}) are on vmbr0 (bridge-ports eno1, host address 192.168.10.2/24). The laptop (${ipL}) on the same switch sends one \`ping ${ip}\`. Which MAC does its \`ip neigh\` then show for ${ip}?`,
      },
      choices,
      seen,
      why,
      { target, vmMac: macA, bridgeMac },
    );
  },
};
