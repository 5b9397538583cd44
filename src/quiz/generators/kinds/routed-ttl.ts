/** The web server pings a routed guest with a small TTL: which router lets it expire? */
import { buildQuestion } from '../question.ts';
import { draw, routedNumbers } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import { pingWithTtl } from '../run.ts';
import type { Generator, Texts } from '../types.ts';
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
    const vm = `VM ${vmid}`;
    const told: Record<string, Texts> = {
      gw: {
        ko: '라우터는 넘기기 전에 TTL이 1 이하이면 패킷을 버리고 ICMP time exceeded를 돌려보냅니다. TTL 1로 출발한 요청은 첫 라우터인 업체 게이트웨이에서 끝납니다.',
        en: "A router drops a packet whose TTL is 1 or less instead of forwarding it, and sends back ICMP time exceeded; a request leaving with TTL 1 ends at the first router, the provider's gateway.",
      },
      pve: {
        ko: '업체 게이트웨이가 TTL을 2에서 1로 줄여 넘기고, 호스트는 TTL이 1인 패킷을 더 넘기지 못해 버립니다(ICMP time exceeded).',
        en: 'The provider\'s gateway forwards it with the TTL lowered from 2 to 1, and the host cannot forward a packet with TTL 1, so it drops it (ICMP time exceeded).',
      },
      delivered: {
        ko: `업체 게이트웨이와 호스트가 TTL을 1씩 줄여 넘기므로 요청은 TTL ${josa(String(ttl - 2), '으로/로')} ${vm}에 도착합니다. 라우터가 둘이라 TTL이 3 이상이면 닿습니다.`,
        en: `The provider's gateway and the host each lower the TTL by one as they forward, so the request reaches ${vm} with TTL ${ttl - 2}; with two routers on the way, a TTL of 3 or more gets there.`,
      },
    };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `라우팅 모드입니다. 웹 서버 ${webIp}에서 ${josa(`VM ${vmid}(${vmIp})`, '으로/로')} 가는 길은 업체 게이트웨이와 Proxmox 호스트(eno0 ${hostIp})를 거칩니다. 웹 서버에서 ${josa(`\`ping -t ${ttl} ${vmIp}\``, '을/를')} 실행하면(TTL ${ttl}) 요청은 어디에서 끝납니까?`,
        en: `Routed setup: from the web server ${webIp} the path runs through the provider's gateway and the Proxmox host (eno0 ${hostIp}) to VM ${vmid} (${vmIp}). The web server runs \`ping -t ${ttl} ${vmIp}\` (TTL ${ttl}). Where does the request end?`,
      },
      [
        {
          key: 'gw',
          text: {
            ko: '업체 게이트웨이에서 TTL이 다 됩니다',
            en: "At the provider's gateway: the TTL runs out",
          },
          why: {
            ko: `업체 게이트웨이가 받을 때 TTL이 ${josa(String(ttl), '으로/로')} 1보다 크므로 넘길 수 있습니다. TTL이 1 이하일 때만 넘기지 못합니다.`,
            en: `The provider's gateway receives it with TTL ${ttl}, so it can forward it; only a TTL of 1 or less stops a router.`,
          },
        },
        {
          key: 'pve',
          text: {
            ko: 'Proxmox 호스트에서 TTL이 다 됩니다',
            en: 'At the Proxmox host: the TTL runs out',
          },
          why:
            ttl <= 1
              ? { ko: '요청은 호스트까지 가지 못합니다. 첫 라우터인 업체 게이트웨이에서 TTL이 다 됩니다.', en: "The request never gets to the host: its TTL runs out at the first router, the provider's gateway." }
              : { ko: `호스트가 받을 때 TTL은 ${ttl - 1}입니다. 1보다 크므로 한 번 더 넘길 수 있습니다.`, en: `The host receives it with TTL ${ttl - 1}, more than 1, so it can forward it once more.` },
        },
        {
          key: 'delivered',
          text: {
            ko: `VM ${vmid}까지 도착합니다`,
            en: `It reaches VM ${vmid}`,
          },
          why: {
            ko: '웹 서버와 VM 사이에는 라우터가 둘(업체 게이트웨이, 호스트) 있어서 TTL이 3 이상이어야 VM에 닿습니다.',
            en: "There are two routers between the web server and the VM (the provider's gateway and the host), so it takes a TTL of 3 or more to reach the VM.",
          },
        },
        {
          key: 'web',
          text: {
            ko: '웹 서버가 보내지 않습니다',
            en: 'The web server does not send it',
          },
          why: {
            ko: `\`ping -t\`는 보낼 패킷의 TTL을 정할 뿐입니다. 웹 서버는 TTL ${ttl}인 요청을 보냅니다.`,
            en: `\`ping -t\` only sets the TTL of the packet sent; the web server does send the request with TTL ${ttl}.`,
          },
        },
      ],
      right,
      told[right] ?? run.story,
      { ttl },
    );
  },
};
