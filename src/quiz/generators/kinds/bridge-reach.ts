/** A VM on vmbr0 pings the laptop: answered, or where does it fail (no bridge port, wrong subnet)? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { has, story } from '../run.ts';
import { probeFate } from '../../sim/probe.ts';
import type { Generator } from '../types.ts';
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
    const noRoute = {
      ko: `VM ${vmid}에는 10.10.10.0/24 연결 경로만 있고 게이트웨이가 없어서, ${laptop}로 가는 경로를 찾지 못해 보내지 못합니다.`,
      en: `VM ${vmid} has only the connected route for 10.10.10.0/24 and no gateway: no route matches ${laptop}, so nothing is sent.`,
    };
    const told = right === 'no-route' ? noRoute : story(world, [...fate.hops, ...fate.replyHops]);
    const ports = fault === 'no-port' ? 'none' : 'eno1';
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `VM ${vmid}의 주소는 ${vmCidr}이고 게이트웨이는 설정하지 않았습니다. VM은 vmbr0에 붙어 있고, vmbr0의 설정은 \`bridge-ports ${ports}\`입니다. 노트북 ${laptop}/24는 eno1에 연결된 사무실 스위치에 있습니다. VM ${vmid}에서 \`ping ${laptop}\`을 실행하면 어떻게 됩니까?`,
        en: `VM ${vmid} has the address ${vmCidr} and no gateway. It is on vmbr0, configured with \`bridge-ports ${ports}\`. The laptop ${laptop}/24 is on the office switch cabled to eno1. What happens when VM ${vmid} runs \`ping ${laptop}\`?`,
      },
      [
        {
          key: 'answered',
          text: { ko: '노트북이 응답합니다', en: 'The laptop answers' },
        },
        {
          key: 'no-route',
          text: {
            ko: 'VM에 그 주소로 가는 경로가 없어서 보내지도 못합니다',
            en: 'The VM has no route to that address and sends nothing',
          },
        },
        {
          key: 'no-arp',
          text: {
            ko: 'ARP 요청에 아무도 답하지 않아서 핑이 나가지 못합니다',
            en: 'Nobody answers the ARP request, so the ping never leaves',
          },
        },
        {
          key: 'lost',
          text: {
            ko: '사무실 스위치가 프레임을 버립니다',
            en: 'The office switch drops the frame',
          },
        },
      ],
      right,
      told,
      { fault },
    );
  },
};
