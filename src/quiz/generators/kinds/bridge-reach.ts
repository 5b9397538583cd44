/** A VM on vmbr0 pings the laptop: answered, or where does it fail (no bridge port, wrong subnet)? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import { has, pathOf } from '../run.ts';
import { probeFate } from '../../sim/probe.ts';
import type { Generator, Texts } from '../types.ts';
import { lanWorld, vmNode } from '../worlds.ts';

const meta = { id: 'gen-bridge-reach', mode: 'bridge', difficulty: 2 } as const;

export type BridgeFault = 'none' | 'no-port' | 'other-subnet';

export const bridgeReach: Generator = {
  ...meta,
  title: {
    ko: 'vmbr0의 VM이 LAN의 노트북에 닿는가(포트 없음, 다른 서브넷)',
    en: 'Does a VM on vmbr0 reach a laptop on the LAN (no port, other subnet)',
  },
  generate(seed) {
    const d = draw(seed);
    const vmid = d.int(100, 199);
    const fault = d.pick<BridgeFault>(['none', 'no-port', 'other-subnet']);
    const [vmHost, laptopHost] = d.distinct(2, 20, 250) as [number, number];
    const vmCidr = fault === 'other-subnet' ? `10.10.10.${vmHost}/24` : `192.168.10.${vmHost}/24`;
    const laptop = `192.168.10.${laptopHost}`;
    const world = lanWorld({
      hostIp: '192.168.10.2',
      bridgePorts: fault !== 'no-port',
      laptop: { ip: laptop, mac: d.mac() },
      vms: [{ vmid, cidr: vmCidr, mac: d.mac() }],
    });
    const before = world.sim.trace.length;
    const ping = world.sim.ping(vmNode(vmid), laptop, { count: 1 });
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const fate = probeFate(world.sim.trace.slice(before), {
      kind: 'ping',
      from: vmNode(vmid),
      to: laptop,
    });
    const right = ping.outcome === 'ok' ? 'answered' : ping.outcome === 'no_route' ? 'no-route' : has(fate.hops, 'arp.failed') ? 'no-arp' : 'lost';
    const vm = `VM ${vmid}`;
    // The subnet the VM's own address puts on eth0 (a connected route), as `ip route` names it.
    const vmNet = fault === 'other-subnet' ? '10.10.10.0/24' : '192.168.10.0/24';
    const path = pathOf(world, fate.hops);
    // The right option's story, and each wrong option's reason, from what the kernel did.
    const told: Record<string, Texts> = {
      answered: {
        ko: `노트북이 ${josa(vm, '과/와')} 같은 192.168.10.0/24에 있어서 VM이 노트북의 MAC을 ARP로 직접 물었고, vmbr0과 사무실 스위치가 플러딩한 요청에 노트북이 답했습니다. 그다음 핑은 ${josa(path.ko, '으로/로')} 갔고 응답도 같은 길로 돌아왔습니다.`,
        en: `The laptop is in ${vm}'s own 192.168.10.0/24, so the VM ARPed for the laptop directly; vmbr0 and the office switch flooded the request and the laptop answered. The ping then went ${path.en}, and the reply came back the same way.`,
      },
      'no-arp': {
        ko: `vmbr0에 포트가 없어서(bridge-ports none) ${vm}의 ARP 요청은 호스트 안에서 끝나고 사무실 스위치로 나가지 않습니다. 노트북의 MAC을 알아내지 못하니 에코 요청은 VM을 떠나지 못합니다.`,
        en: `vmbr0 has no port (bridge-ports none), so ${vm}'s ARP request stays inside the host and never reaches the office switch. Without the laptop's MAC, the echo request never leaves the VM.`,
      },
      'no-route': {
        ko: `${vm}에는 ${vmNet} 연결 경로 하나만 있고 게이트웨이가 없습니다. ${josa(laptop, '으로/로')} 가는 경로가 없으니 커널이 보내기 전에 끝냅니다(Network is unreachable).`,
        en: `${vm}'s only route is the connected one for ${vmNet}, and there is no gateway. No route matches ${laptop}, so the kernel refuses to send (Network is unreachable).`,
      },
      lost: { ko: '커널에서 핑이 어디서 끝났는지 알 수 없습니다.', en: 'The kernel run does not show where the ping ended.' },
    };
    const wrong: Record<string, Texts> = {
      answered:
        right === 'no-route'
          ? { ko: `${josa(vm, '은/는')} 192.168.10.0/24로 가는 경로가 없어서 핑을 보내지도 못합니다.`, en: `${vm} has no route to 192.168.10.0/24, so it never sends the ping.` }
          : { ko: 'vmbr0에 eno1이 없으니 VM과 사무실 스위치 사이에 길이 없습니다. 노트북은 요청을 받지 못합니다.', en: 'Without eno1 in vmbr0 there is no way from the VM to the office switch; the laptop never gets the request.' },
      'no-route': {
        ko: `${vm}의 주소가 ${vmCidr}이므로 192.168.10.0/24는 VM의 eth0에 바로 붙은 서브넷입니다. 게이트웨이 없이도 노트북의 MAC을 ARP로 직접 묻습니다.`,
        en: `${vm} has ${vmCidr}, so 192.168.10.0/24 is right on its eth0: it ARPs for the laptop directly, no gateway needed.`,
      },
      'no-arp':
        right === 'no-route'
          ? { ko: 'ARP까지 가지 않습니다. 맞는 경로가 없으면 커널은 어느 인터페이스로 누구의 MAC을 물을지도 정하지 못합니다.', en: 'It never gets as far as ARP: with no matching route the kernel cannot even choose an interface to ask on.' }
          : { ko: 'vmbr0의 포트인 eno1을 거쳐 ARP 요청이 노트북에 닿았고, 노트북이 자기 MAC으로 답했습니다.', en: "The ARP request reached the laptop through vmbr0's port eno1, and the laptop answered with its MAC." },
      lost:
        right === 'answered'
          ? { ko: '스위치는 모르는 MAC으로 가는 프레임을 버리지 않고 플러딩합니다. 이 핑은 노트북까지 가서 응답을 받았습니다.', en: 'A switch floods a frame for an unknown MAC rather than dropping it; this ping reached the laptop and was answered.' }
          : right === 'no-arp'
            ? { ko: '프레임은 사무실 스위치까지 가지도 않습니다. vmbr0에 eno1이 없어서 호스트 안에서 끝납니다.', en: 'No frame even reaches the office switch: without eno1, vmbr0 ends inside the host.' }
            : { ko: '프레임은 만들어지지도 않습니다. VM에 맞는 경로가 없어서 보내기 전에 끝납니다.', en: 'No frame is even built: the VM has no matching route and stops before sending.' },
    };
    const ports = fault === 'no-port' ? 'none' : 'eno1';
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `VM ${vmid}의 주소는 ${vmCidr}이고 게이트웨이는 설정하지 않았습니다. VM은 vmbr0에 붙어 있고 vmbr0의 설정은 \`bridge-ports ${ports}\`입니다. 노트북(${laptop}/24)은 eno1에 연결된 사무실 스위치에 있습니다. VM ${vmid}에서 ${josa(`\`ping ${laptop}\``, '을/를')} 실행하면 어떻게 됩니까?`,
        en: `VM ${vmid} has the address ${vmCidr} and no gateway. It is on vmbr0, configured with \`bridge-ports ${ports}\`. The laptop (${laptop}/24) is on the office switch cabled to eno1. What happens when VM ${vmid} runs \`ping ${laptop}\`?`,
      },
      [
        {
          key: 'answered',
          text: { ko: '노트북이 응답합니다', en: 'The laptop answers' },
          why: wrong.answered!,
        },
        {
          key: 'no-route',
          text: {
            ko: 'VM에 그 주소로 가는 경로가 없어서 보내지도 못합니다',
            en: 'The VM has no route to that address and sends nothing',
          },
          why: wrong['no-route']!,
        },
        {
          key: 'no-arp',
          text: {
            ko: 'ARP 요청에 아무도 답하지 않아서 핑이 나가지 못합니다',
            en: 'Nobody answers the ARP request, so the ping never leaves',
          },
          why: wrong['no-arp']!,
        },
        {
          key: 'lost',
          text: {
            ko: '사무실 스위치가 프레임을 버립니다',
            en: 'The office switch drops the frame',
          },
          why: wrong.lost!,
        },
      ],
      right,
      told[right]!,
      { fault },
    );
  },
};
