/** The web server pings a routed guest with a small TTL: which router lets it expire? */
import { buildQuestion } from '../question.ts';
import { draw, routedNumbers } from '../random.ts';
import { pingWithTtl } from '../run.ts';
import type { Generator } from '../types.ts';
import { routedWorld } from '../worlds.ts';

const meta = { id: 'gen-routed-ttl', mode: 'routed', difficulty: 3 } as const;

export const routedTtl: Generator = {
  ...meta,
  title: {
    ko: 'TTL을 작게 준 핑이 라우팅 경로의 어디에서 끝나는가',
    en: 'Where a ping with a small TTL ends on the routed path',
  },
  generate(seed) {
    const d = draw(seed);
    const { vmid, hostIp, vmIp, webIp } = routedNumbers(d);
    const ttl = d.int(1, 4);
    const world = routedWorld({ hostIp, webIp, vm: { vmid, ip: vmIp } });
    const run = pingWithTtl(world, 'web', vmIp, ttl);
    const right = run.outcome.result === 'delivered' ? 'delivered' : run.outcome.at;
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `라우팅 모드입니다. 웹 서버 ${webIp}에서 업체 게이트웨이, Proxmox 호스트(eno0 ${hostIp})를 거쳐 VM ${vmid}(${vmIp})로 가는 경로가 있습니다. 웹 서버가 \`ping -t ${ttl} ${vmIp}\`(TTL ${ttl})을 보내면 요청은 어디에서 끝납니까?`,
        en: `Routed setup: from the web server ${webIp} the path runs through the provider's gateway and the Proxmox host (eno0 ${hostIp}) to VM ${vmid} (${vmIp}). The web server sends \`ping -t ${ttl} ${vmIp}\` (TTL ${ttl}). Where does the request end?`,
      },
      [
        {
          key: 'gw',
          text: {
            ko: '업체 게이트웨이에서 TTL이 다 됩니다',
            en: "At the provider's gateway: the TTL runs out",
          },
        },
        {
          key: 'pve',
          text: {
            ko: 'Proxmox 호스트에서 TTL이 다 됩니다',
            en: 'At the Proxmox host: the TTL runs out',
          },
        },
        {
          key: 'delivered',
          text: {
            ko: `VM ${vmid}까지 도착합니다`,
            en: `It reaches VM ${vmid}`,
          },
        },
        {
          key: 'web',
          text: {
            ko: '웹 서버가 보내지 않습니다',
            en: 'The web server does not send it',
          },
        },
      ],
      right,
      {
        ko: `라우터는 패킷을 넘길 때마다 TTL을 1 줄이고, 넘기기 전에 TTL이 1 이하이면 버립니다. ${run.story.ko}`,
        en: `Every router lowers the TTL by one as it forwards and drops a packet whose TTL is 1 or less before forwarding. ${run.story.en}`,
      },
      { ttl },
    );
  },
};
