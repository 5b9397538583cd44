/** Through a port forward (DNAT only): which source address does the guest see? */
import { buildQuestion } from '../question.ts';
import { draw, natNumbers } from '../random.ts';
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
        ko: `NAT 호스트(vmbr0 ${hostIp}/24, vmbr1 10.10.10.1/24)에 MASQUERADE 규칙과 포트 포워딩 \`--dport ${hostPort} -j DNAT --to ${vmIp}:${vmPort}\`가 있습니다. 외부 ${webIp}가 ${hostIp}:${hostPort}에 연결하면 VM ${vmid}가 받는 SYN의 출발지 주소는 무엇입니까?`,
        en: `The NAT host (vmbr0 ${hostIp}/24, vmbr1 10.10.10.1/24) has a MASQUERADE rule and the port forward \`--dport ${hostPort} -j DNAT --to ${vmIp}:${vmPort}\`. ${webIp} outside connects to ${hostIp}:${hostPort}. What source address is on the SYN that VM ${vmid} receives?`,
      },
      [
        { key: webIp, text: same(webIp) },
        { key: hostIp, text: same(hostIp) },
        { key: '10.10.10.1', text: same('10.10.10.1') },
        { key: '198.51.100.1', text: same('198.51.100.1') },
      ],
      right,
      {
        ko: `DNAT는 목적지만 ${vmIp}:${vmPort}로 바꿉니다. MASQUERADE는 10.10.10.0/24에서 vmbr0로 나가는 패킷에만 걸리므로, 들어오는 연결의 출발지 ${webIp}는 그대로 VM에 닿습니다.`,
        en: `DNAT rewrites only the destination, to ${vmIp}:${vmPort}. MASQUERADE applies to packets from 10.10.10.0/24 leaving by vmbr0, so the incoming connection keeps its source ${webIp} all the way to the VM.`,
      },
      { webIp },
    );
  },
};
