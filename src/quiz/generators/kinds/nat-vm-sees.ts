/** Through a port forward (DNAT only): which source address does the guest see? */
import { buildQuestion } from '../question.ts';
import { draw, natNumbers } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import { same } from '../run.ts';
import type { Generator } from '../types.ts';
import { natWorld } from '../worlds.ts';

const meta = { id: 'gen-nat-vm-sees', mode: 'nat', difficulty: 2 } as const;

export const natVmSees: Generator = {
  ...meta,
  title: {
    ko: '포트 포워딩으로 들어온 연결을 VM은 어떤 출발지로 보는가',
    en: 'Which source a guest sees on a connection through a port forward',
  },
  generate(seed) {
    const d = draw(seed);
    const { vmid, hostIp, vmIp, webIp } = natNumbers(d);
    const hostPort = d.pick([2222, 8022, 8080, 8443]);
    const vmPort = d.pick([22, 80, 443]);
    const world = natWorld({
      hostIp,
      webIp,
      vm: { vmid, ip: vmIp, listen: [vmPort] },
      forwards: [{ hostPort, vmPort }],
    });
    const tcp = world.sim.tcpConnect('web', hostIp, hostPort);
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const right = tcp.seenBy?.src ?? 'nothing';
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `NAT 호스트(vmbr0 ${hostIp}/24, vmbr1 10.10.10.1/24)에 MASQUERADE 규칙과 포트 포워딩 ${josa(`\`-i vmbr0 -p tcp --dport ${hostPort} -j DNAT --to ${vmIp}:${vmPort}\``, '이/가')} 있습니다. 외부의 ${josa(webIp, '이/가')} ${hostIp}:${hostPort}에 TCP로 연결하면 ${josa(`VM ${vmid}`, '이/가')} 받는 SYN의 출발지 주소는 무엇입니까?`,
        en: `The NAT host (vmbr0 ${hostIp}/24, vmbr1 10.10.10.1/24) has a MASQUERADE rule and the port forward \`-i vmbr0 -p tcp --dport ${hostPort} -j DNAT --to ${vmIp}:${vmPort}\`. ${webIp} outside connects to ${hostIp}:${hostPort} over TCP. What source address is on the SYN that VM ${vmid} receives?`,
      },
      [
        { key: webIp, text: same(webIp), why: { ko: `VM이 받은 SYN의 출발지는 ${josa(right, '이/가')} 아닙니다.`, en: `The SYN the VM received came from ${right} instead.` } },
        {
          key: hostIp,
          text: same(hostIp),
          why: {
            ko: `${josa(hostIp, '은/는')} 바뀌기 전의 목적지입니다. DNAT는 목적지를 바꾸고 출발지는 건드리지 않습니다.`,
            en: `${hostIp} is the destination before the rewrite; DNAT changes the destination and leaves the source alone.`,
          },
        },
        {
          key: '10.10.10.1',
          text: same('10.10.10.1'),
          why: {
            ko: '10.10.10.1은 VM의 게이트웨이인 vmbr1의 주소입니다. 이 호스트의 MASQUERADE는 vmbr0으로 나가는 패킷만 바꾸므로, vmbr1로 나가는 SYN의 출발지는 그대로입니다.',
            en: "10.10.10.1 is vmbr1's address, the VM's gateway; this host's MASQUERADE only rewrites packets leaving by vmbr0, so a SYN leaving by vmbr1 keeps its source.",
          },
        },
        {
          key: '198.51.100.1',
          text: same('198.51.100.1'),
          why: {
            ko: '198.51.100.1은 외부 쪽 게이트웨이입니다. 라우팅만 할 뿐 출발지를 바꾸지 않습니다.',
            en: '198.51.100.1 is the gateway on the outside; it routes and does not rewrite the source.',
          },
        },
      ],
      right,
      {
        ko: `DNAT는 목적지만 ${josa(`${vmIp}:${vmPort}`, '으로/로')} 바꿉니다. MASQUERADE는 10.10.10.0/24에서 vmbr0으로 나가는 패킷에만 걸리므로, 들어오는 연결의 출발지 ${josa(webIp, '은/는')} 그대로 VM에 닿습니다.`,
        en: `DNAT rewrites only the destination, to ${vmIp}:${vmPort}. MASQUERADE applies to packets from 10.10.10.0/24 leaving by vmbr0, so the incoming connection keeps its source ${webIp} all the way to the VM.`,
      },
      { webIp },
    );
  },
};
