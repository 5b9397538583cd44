/** The web server pings a routed guest: answered, or which box drops it (ip_forward off, gateway without the route)? */
import { DROPPED_BY_HOST, DROPPED_BY_PROVIDER_GATEWAY } from '../choices.ts';
import { buildQuestion } from '../question.ts';
import { draw, routedNumbers } from '../random.ts';
import { probe } from '../run.ts';
import type { Generator } from '../types.ts';
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
    const forward = fault === 'ip-forward' ? { ko: '꺼져 있고(0)', en: 'off (0)' } : { ko: '켜져 있고(1)', en: 'on (1)' };
    const route =
      fault === 'gateway-route'
        ? {
            ko: '업체 게이트웨이에는 203.0.113.16/28 경로를 아직 등록하지 않았습니다',
            en: "the provider's gateway has no route for 203.0.113.16/28 yet",
          }
        : {
            ko: `업체 게이트웨이는 203.0.113.16/28을 ${hostIp}로 보냅니다`,
            en: `the provider's gateway routes 203.0.113.16/28 to ${hostIp}`,
          };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `라우팅 모드입니다. 호스트의 eno0은 ${hostIp}/29, vmbr0은 203.0.113.17/28(bridge-ports none)이고 VM ${vmid}는 ${vmIp}입니다. 호스트의 ip_forward는 ${forward.ko}, ${route.ko}. 외부 웹 서버 ${webIp}에서 \`ping ${vmIp}\`을 하면 어떻게 됩니까?`,
        en: `Routed setup: the host has ${hostIp}/29 on eno0 and 203.0.113.17/28 on vmbr0 (bridge-ports none); VM ${vmid} is ${vmIp}. The host's ip_forward is ${forward.en}, and ${route.en}. What happens when the web server ${webIp} runs \`ping ${vmIp}\`?`,
      },
      [
        {
          key: 'answered',
          text: { ko: `VM ${vmid}가 응답합니다`, en: `VM ${vmid} answers` },
        },
        DROPPED_BY_HOST,
        DROPPED_BY_PROVIDER_GATEWAY,
        {
          key: 'provider',
          text: {
            ko: '업체 스위치가 버립니다',
            en: "The provider's switch drops it",
          },
        },
      ],
      right,
      run.story,
      { fault },
    );
  },
};
