/** The laptop pings a VM (or the host): which MAC does its ARP table hold for that address? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import { same } from '../run.ts';
import type { Generator, Texts } from '../types.ts';
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
    const choices = () => [
      { key: macA, text: same(`${macA} (VM ${a})`), why: whys[macA]! },
      { key: macB, text: same(`${macB} (VM ${b})`), why: whys[macB]! },
      {
        key: bridgeMac,
        text: {
          ko: `${bridgeMac} (호스트의 vmbr0, eno1과 같은 MAC)`,
          en: `${bridgeMac} (the host's vmbr0, same MAC as eno1)`,
        },
        why: whys[bridgeMac]!,
      },
      {
        key: routerMac,
        text: {
          ko: `${routerMac} (사무실 라우터)`,
          en: `${routerMac} (the office router)`,
        },
        why: whys[routerMac]!,
      },
    ];
    const why: Texts =
      seen === macA
        ? {
            ko: `브리지는 프레임을 고쳐 쓰지 않습니다. ${josa(`VM ${a}`, '이/가')} 자기 MAC ${josa(macA, '으로/로')} ARP에 답했고, 노트북은 그 MAC을 그대로 배웠습니다.`,
            en: `A bridge does not rewrite frames: VM ${a} answered the ARP with its own MAC ${macA}, and the laptop learned exactly that.`,
          }
        : {
            ko: `192.168.10.2는 호스트가 vmbr0에 둔 주소라서 호스트가 vmbr0의 MAC ${josa(bridgeMac, '으로/로')} 답했습니다. MAC을 따로 정하지 않은 Linux 브리지는 포트 중 가장 낮은 MAC(여기서는 eno1의 MAC)을 씁니다.`,
            en: `192.168.10.2 is the host's own address on vmbr0, so the host answered with vmbr0's MAC ${bridgeMac}; a Linux bridge without a MAC of its own takes the lowest MAC of its ports (here eno1's).`,
          };
    const owner = target === 'vm' ? { ko: `VM ${a}`, en: `VM ${a}` } : { ko: '호스트', en: 'the host' };
    const whys: Record<string, Texts> = {
      [macA]: {
        ko: `${josa(macA, '은/는')} VM ${a}의 MAC입니다. ${josa(ip, '은/는')} VM이 아니라 호스트의 주소라서 ${josa(`VM ${a}`, '은/는')} 이 ARP에 답하지 않습니다.`,
        en: `${macA} is VM ${a}'s MAC. ${ip} is the host's address, not the VM's, so VM ${a} does not answer this ARP.`,
      },
      [macB]: {
        ko: `${josa(`VM ${b}`, '은/는')} ${ipB}만 가지므로 ${ip}에 대한 ARP 요청에 답하지 않습니다.`,
        en: `VM ${b} has only ${ipB}, so it does not answer an ARP request for ${ip}.`,
      },
      [bridgeMac]: {
        ko: `호스트는 ${josa(ipA, '을/를')} 갖고 있지 않고 proxy ARP도 켜져 있지 않아서 답하지 않습니다. vmbr0은 VM의 ARP 응답을 그대로 전달할 뿐입니다.`,
        en: `The host does not have ${ipA} and has no proxy ARP, so it does not answer; vmbr0 only passes the VM's ARP reply on unchanged.`,
      },
      [routerMac]: {
        ko: `${josa(ip, '은/는')} 노트북과 같은 192.168.10.0/24에 있어서 노트북이 ${owner.ko}의 MAC을 직접 ARP로 묻습니다. 라우터는 다른 서브넷으로 갈 때만 끼어듭니다.`,
        en: `${ip} is in the laptop's own 192.168.10.0/24, so the laptop ARPs for ${owner.en} directly; the router only steps in for other subnets.`,
      },
    };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `vmbr0(bridge-ports eno1, 호스트 주소 192.168.10.2/24)에 ${josa(`VM ${a}(${ipA})`, '과/와')} ${josa(`VM ${b}(${ipB})`, '이/가')} 붙어 있습니다. 같은 스위치에 있는 노트북(${ipL})에서 ${josa(`\`ping -c 1 ${ip}\``, '을/를')} 실행한 뒤 \`ip neigh\`를 보면 ${ip}의 MAC은 무엇입니까?`,
        en: `VM ${a} (${ipA}) and VM ${b} (${ipB}) are on vmbr0 (bridge-ports eno1, host address 192.168.10.2/24). The laptop (${ipL}) on the same switch runs \`ping -c 1 ${ip}\`. Which MAC does its \`ip neigh\` then show for ${ip}?`,
      },
      choices(),
      seen,
      why,
      { target, vmMac: macA, bridgeMac },
    );
  },
};
