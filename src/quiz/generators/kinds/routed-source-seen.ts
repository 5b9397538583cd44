/** A routed guest opens a TCP connection outside: which source address does the server see? */
import { buildQuestion } from '../question.ts';
import { draw, routedNumbers } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import { same } from '../run.ts';
import type { Generator } from '../types.ts';
import { routedWorld, vmNode } from '../worlds.ts';

const meta = {
  id: 'gen-routed-source-seen',
  mode: 'routed',
  difficulty: 1,
} as const;

export const routedSourceSeen: Generator = {
  ...meta,
  title: {
    ko: '라우팅 모드 VM의 연결을 외부 서버는 어떤 주소로 보는가',
    en: 'Which source address an outside server sees from a routed VM',
  },
  generate(seed) {
    const d = draw(seed);
    const { vmid, hostIp, vmIp, webIp } = routedNumbers(d);
    const port = d.pick([80, 443]);
    const world = routedWorld({ hostIp, webIp, vm: { vmid, ip: vmIp } });
    const tcp = world.sim.tcpConnect(vmNode(vmid), webIp, port);
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const right = tcp.seenBy?.src ?? 'nothing';
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `라우팅 모드입니다. 호스트는 eno0에 ${hostIp}/29, vmbr0에 203.0.113.17/28을 두고 ip_forward가 켜져 있으며, 업체 게이트웨이 198.51.100.1은 203.0.113.16/28을 호스트로 보냅니다. ${josa(`VM ${vmid}(${vmIp})`, '이/가')} ${webIp}:${port}에 TCP로 연결하면 웹 서버가 보는 출발지 주소는 무엇입니까?`,
        en: `Routed setup: the host has ${hostIp}/29 on eno0 and 203.0.113.17/28 on vmbr0 with ip_forward on; the provider's gateway 198.51.100.1 routes 203.0.113.16/28 to the host. VM ${vmid} (${vmIp}) connects to ${webIp}:${port} over TCP. Which source address does the web server see?`,
      },
      [
        {
          key: vmIp,
          text: same(vmIp),
          why: { ko: `웹 서버가 본 출발지는 ${josa(right, '이/가')} 아닙니다.`, en: `The web server saw ${right} instead.` },
        },
        {
          key: hostIp,
          text: same(hostIp),
          why: {
            ko: `${josa(hostIp, '은/는')} 호스트 eno0의 주소입니다. 출발지를 호스트 주소로 바꾸는 것은 NAT(MASQUERADE)인데, 이 호스트에는 그런 규칙이 없습니다.`,
            en: `${hostIp} is the host's eno0 address. Rewriting the source to the host's address is NAT (MASQUERADE), and this host has no such rule.`,
          },
        },
        {
          key: '203.0.113.17',
          text: same('203.0.113.17'),
          why: {
            ko: '203.0.113.17은 VM의 게이트웨이인 vmbr0의 주소입니다. 게이트웨이는 패킷을 넘길 뿐 출발지를 자기 주소로 바꾸지 않습니다.',
            en: "203.0.113.17 is vmbr0's address, the VM's gateway; a gateway passes packets on without putting its own address as the source.",
          },
        },
        {
          key: '198.51.100.1',
          text: same('198.51.100.1'),
          why: {
            ko: '198.51.100.1은 업체 게이트웨이입니다. 업체 게이트웨이도 라우터라서 출발지 주소를 바꾸지 않습니다.',
            en: "198.51.100.1 is the provider's gateway; it is a router too and leaves the source address alone.",
          },
        },
      ],
      right,
      right === vmIp
        ? {
            ko: `라우팅은 주소를 바꾸지 않습니다. 호스트는 TTL을 1 줄이고 이더넷 헤더만 새로 써서 넘기므로 웹 서버는 VM의 주소 ${josa(vmIp, '을/를')} 그대로 봅니다.`,
            en: `Routing does not change addresses: the host only lowers the TTL and writes a new Ethernet header, so the web server sees the VM's own ${vmIp}.`,
          }
        : {
            ko: `커널에서 웹 서버가 본 출발지는 ${right}입니다.`,
            en: `In the kernel run the web server saw ${right}.`,
          },
      { vmIp },
    );
  },
};
