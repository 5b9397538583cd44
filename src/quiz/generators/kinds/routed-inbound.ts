/** The web server pings a routed guest: answered, or which box drops it (ip_forward off, gateway without the route)? */
import { josa } from '../../../i18n/josa.ts';
import { droppedByHost, droppedByProviderGateway } from '../choices.ts';
import { buildQuestion } from '../question.ts';
import { draw, routedNumbers } from '../random.ts';
import { probe } from '../run.ts';
import type { Generator, Texts } from '../types.ts';
import { routedWorld } from '../worlds.ts';

const meta = {
  id: 'gen-routed-inbound',
  mode: 'routed',
  difficulty: 3,
} as const;

export type RoutedFault = 'none' | 'ip-forward' | 'gateway-route';

export const routedInbound: Generator = {
  ...meta,
  title: {
    ko: '라우팅 모드 VM에 외부에서 핑: 어디까지 가는가(ip_forward, 업체 경로)',
    en: 'Pinging a routed VM from outside: how far it gets (ip_forward, provider route)',
  },
  generate(seed) {
    const d = draw(seed);
    const { vmid, hostIp, vmIp, webIp } = routedNumbers(d);
    const fault = d.pick<RoutedFault>(['none', 'ip-forward', 'gateway-route']);
    const world = routedWorld({
      hostIp,
      webIp,
      vm: { vmid, ip: vmIp },
      ipForward: fault !== 'ip-forward',
      gatewayRoute: fault !== 'gateway-route',
    });
    const run = probe(world, { kind: 'ping', from: 'web', to: vmIp });
    const right = run.answered ? 'answered' : run.outcome.at;
    const vm = `VM ${vmid}`;
    const told: Record<string, Texts> = {
      answered: {
        ko: `업체 게이트웨이가 203.0.113.16/28 경로로 패킷을 호스트(${hostIp})에 보내고, ip_forward가 켜진 호스트가 vmbr0으로 ${vm}에 넘깁니다. VM의 응답은 게이트웨이 203.0.113.17을 거쳐 같은 길로 돌아갑니다.`,
        en: `The provider's gateway sends the packet to the host (${hostIp}) by its route for 203.0.113.16/28, and the host, with ip_forward on, passes it to ${vm} on vmbr0. The VM's reply goes back the same way through its gateway 203.0.113.17.`,
      },
      pve: {
        ko: `업체 게이트웨이는 패킷을 호스트에 넘기지만, ip_forward가 0인 호스트는 자기 주소가 아닌 ${josa(vmIp, '으로/로')} 가는 패킷을 넘기지 않고 조용히 버립니다.`,
        en: `The provider's gateway hands the packet to the host, but with ip_forward 0 the host silently drops a packet for ${vmIp}, which is not its own address.`,
      },
      gw: {
        ko: `업체 게이트웨이에 203.0.113.16/28 경로가 없어서 ${josa(vmIp, '으로/로')} 가는 패킷을 보낼 곳이 없습니다. 패킷은 호스트까지 오지도 않습니다.`,
        en: `The provider's gateway has no route for 203.0.113.16/28, so it has nowhere to send a packet for ${vmIp}; the packet never reaches the host.`,
      },
    };
    const forward = fault === 'ip-forward' ? { ko: '꺼져 있고(0)', en: 'off (0)' } : { ko: '켜져 있고(1)', en: 'on (1)' };
    const route =
      fault === 'gateway-route'
        ? {
            ko: '업체 게이트웨이에는 203.0.113.16/28 경로가 아직 없습니다',
            en: "the provider's gateway has no route for 203.0.113.16/28 yet",
          }
        : {
            ko: `업체 게이트웨이는 203.0.113.16/28을 ${josa(hostIp, '으로/로')} 보냅니다`,
            en: `the provider's gateway routes 203.0.113.16/28 to ${hostIp}`,
          };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `라우팅 모드입니다. 호스트의 eno0은 ${hostIp}/29, vmbr0은 203.0.113.17/28(bridge-ports none)이고 ${josa(`VM ${vmid}`, '은/는')} ${vmIp}입니다. 호스트의 ip_forward는 ${forward.ko}, ${route.ko}. 외부 웹 서버 ${webIp}에서 ${josa(`\`ping ${vmIp}\``, '을/를')} 실행하면 어떻게 됩니까?`,
        en: `Routed setup: the host has ${hostIp}/29 on eno0 and 203.0.113.17/28 on vmbr0 (bridge-ports none); VM ${vmid} is ${vmIp}. The host's ip_forward is ${forward.en}, and ${route.en}. What happens when the web server ${webIp} runs \`ping ${vmIp}\`?`,
      },
      [
        {
          key: 'answered',
          text: { ko: `${josa(vm, '이/가')} 응답합니다`, en: `${vm} answers` },
          why:
            fault === 'ip-forward'
              ? { ko: '호스트의 ip_forward가 0이라 패킷이 vmbr0으로 넘어가지 않습니다.', en: "The host's ip_forward is 0, so the packet never crosses to vmbr0." }
              : { ko: '업체 게이트웨이가 203.0.113.16/28을 모르니 패킷이 호스트까지 오지도 않습니다.', en: "The provider's gateway does not know 203.0.113.16/28, so the packet never even reaches the host." },
        },
        droppedByHost(
          fault === 'gateway-route'
            ? { ko: '패킷은 호스트까지 오지 않습니다. 그 전에 업체 게이트웨이에서 끝납니다.', en: "The packet never reaches the host: it ends at the provider's gateway first." }
            : { ko: `ip_forward가 1이라 호스트는 vmbr0의 연결 경로(203.0.113.16/28)로 패킷을 ${vm}에 넘깁니다.`, en: `ip_forward is 1, so the host passes the packet to ${vm} by vmbr0's connected route (203.0.113.16/28).` },
        ),
        droppedByProviderGateway({
          ko: `업체 게이트웨이에는 203.0.113.16/28을 ${josa(hostIp, '으로/로')} 보내는 경로가 있어서 패킷을 호스트에 넘깁니다.`,
          en: `The provider's gateway has a route sending 203.0.113.16/28 to ${hostIp}, so it hands the packet to the host.`,
        }),
        {
          key: 'provider',
          text: {
            ko: '업체 스위치가 버립니다',
            en: "The provider's switch drops it",
          },
          why:
            fault === 'gateway-route'
              ? { ko: '패킷은 업체 스위치에 닿기 전에 업체 게이트웨이에서 버려집니다.', en: "The packet is dropped at the provider's gateway before it reaches the provider's switch." }
              : { ko: '업체 스위치가 MAC을 거르는 것은 서버 쪽 포트로 들어오는 프레임뿐입니다. 이 패킷은 게이트웨이 쪽에서 들어와 그대로 전달됩니다.', en: "The provider's switch filters MACs only on frames coming in from the server's port; this one comes from the gateway's side and is forwarded." },
        },
      ],
      right,
      told[right] ?? run.story,
      { fault },
    );
  },
};
