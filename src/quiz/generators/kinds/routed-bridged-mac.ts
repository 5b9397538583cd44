/** Bridged or routed at a provider that accepts one MAC: does the VM's ping reach the web? */
import { josa } from '../../../i18n/josa.ts';
import { droppedByHost, droppedByProviderGateway } from '../choices.ts';
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { has, probe } from '../run.ts';
import type { Generator, Texts } from '../types.ts';
import { routedWorld, vmNode } from '../worlds.ts';

const meta = {
  id: 'gen-routed-bridged-mac',
  mode: 'routed',
  difficulty: 2,
} as const;

export const routedBridgedMac: Generator = {
  ...meta,
  title: {
    ko: 'MAC 하나만 받는 업체에서 브리지와 라우팅의 차이',
    en: 'Bridged versus routed at a provider that accepts one MAC',
  },
  generate(seed) {
    const d = draw(seed);
    const vmid = d.int(100, 199);
    const [hostN, vmN] = d.distinct(2, 2, 6) as [number, number];
    const hostIp = `198.51.100.${hostN}`;
    const bridged = d.chance(0.5);
    const vmIp = bridged ? `198.51.100.${vmN}` : `203.0.113.${d.int(18, 30)}`;
    const webIp = `192.0.2.${d.int(10, 250)}`;
    const world = routedWorld({
      hostIp,
      webIp,
      vm: { vmid, ip: vmIp },
      bridged,
    });
    const run = probe(world, { kind: 'ping', from: vmNode(vmid), to: webIp });
    const right = run.answered ? 'answered' : run.outcome.at;
    const vm = `VM ${vmid}`;
    const arpRejected = has(run.hops, 'provider.mac_rejected');
    const told: Record<string, Texts> = {
      answered: {
        ko: `호스트가 라우팅하므로 업체 스위치로 나가는 프레임의 출발지 MAC은 언제나 eno0의 MAC이고, 업체 스위치가 받아들입니다. 응답은 업체 게이트웨이가 203.0.113.16/28 경로로 호스트에 보내고, 호스트가 vmbr0으로 ${vm}에 넘깁니다.`,
        en: `The host routes, so every frame it sends to the provider's switch carries eno0's MAC, which the switch accepts. The reply comes back through the provider's gateway's route for 203.0.113.16/28 and the host passes it to ${vm} on vmbr0.`,
      },
      provider: {
        ko: `eno0을 브리지하면 ${vm}의 프레임이 VM 자신의 MAC을 달고 업체 스위치에 닿습니다. 업체 스위치는 등록된 eno0의 MAC이 아닌 프레임을 버리므로 ${arpRejected ? '게이트웨이를 찾는 ARP 요청부터 막힙니다' : '핑은 웹 서버에 닿지 못합니다'}.`,
        en: `With eno0 bridged, ${vm}'s frames reach the provider's switch with the VM's own MAC; it is not eno0's registered MAC, so the switch drops them${arpRejected ? ', starting with the ARP request for the gateway' : ''}.`,
      },
    };
    const setup = bridged
      ? {
          ko: `eno0을 vmbr0에 브리지하고(호스트의 ${hostIp}/29는 vmbr0으로 옮김) ${vm}에 같은 서브넷의 ${josa(`${vmIp}/29`, '을/를')} 주었습니다`,
          en: `eno0 is bridged into vmbr0 (the host's ${hostIp}/29 moved to vmbr0) and VM ${vmid} got ${vmIp}/29 from the same subnet`,
        }
      : {
          ko: `호스트는 eno0에 ${josa(`${hostIp}/29`, '을/를')} 두고 라우팅하며, ${josa(vm, '은/는')} vmbr0 뒤의 ${vmIp}/28입니다`,
          en: `the host keeps ${hostIp}/29 on eno0 and routes; VM ${vmid} is ${vmIp}/28 behind vmbr0`,
        };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `업체 스위치는 서버 포트에서 eno0의 MAC 하나만 받습니다. ${setup.ko}. VM ${vmid}에서 웹 서버 ${josa(webIp, '으로/로')} 핑을 보내면 어떻게 됩니까?`,
        en: `The provider's switch accepts only eno0's MAC on the server's port. ${setup.en[0]!.toUpperCase()}${setup.en.slice(1)}. What happens when VM ${vmid} pings the web server ${webIp}?`,
      },
      [
        {
          key: 'answered',
          text: { ko: '웹 서버가 응답합니다', en: 'The web server answers' },
          why: {
            ko: '브리지 구성에서는 VM의 프레임이 VM의 MAC을 달고 나가는데, 업체 스위치는 eno0의 MAC만 받으므로 웹 서버까지 가지 못합니다.',
            en: "Bridged, the VM's frames leave with the VM's MAC, and the provider's switch accepts only eno0's, so nothing reaches the web server.",
          },
        },
        {
          key: 'provider',
          text: {
            ko: '업체 스위치가 VM의 MAC을 보고 버립니다',
            en: "The provider's switch drops it: the source MAC is the VM's",
          },
          why: {
            ko: '라우팅 구성에서는 호스트가 이더넷 헤더를 새로 쓰므로 업체 스위치는 eno0의 MAC만 봅니다. VM의 MAC은 vmbr0 밖으로 나가지 않습니다.',
            en: "Routed, the host writes a new Ethernet header, so the provider's switch only ever sees eno0's MAC; the VM's MAC never leaves vmbr0.",
          },
        },
        droppedByHost(
          bridged
            ? { ko: '브리지 구성에서 호스트는 VM의 프레임을 그대로 eno0으로 내보낼 뿐 라우팅하지 않으므로 버릴 일이 없습니다.', en: "Bridged, the host just passes the VM's frames to eno0 without routing them, so it has nothing to drop." }
            : { ko: 'ip_forward가 켜져 있고 기본 경로가 업체 게이트웨이를 가리키므로 호스트는 패킷을 넘깁니다.', en: "ip_forward is on and the default route points at the provider's gateway, so the host passes the packet on." },
        ),
        droppedByProviderGateway(
          bridged
            ? { ko: '패킷은 업체 게이트웨이에 닿지도 않습니다. 그 전에 업체 스위치에서 버려집니다.', en: "The packet never reaches the provider's gateway: the provider's switch drops it first." }
            : { ko: '업체 게이트웨이는 192.0.2.0/24에 직접 붙어 있고 203.0.113.16/28을 호스트로 보내는 경로도 있어서 양쪽으로 넘깁니다.', en: "The provider's gateway is directly on 192.0.2.0/24 and routes 203.0.113.16/28 to the host, so it passes traffic both ways." },
        ),
      ],
      right,
      told[right] ?? run.story,
      { bridged },
    );
  },
};
