/** An outside client connects to one port of the NAT host: the guest (port forward), the host itself, or a refusal? */
import { buildQuestion } from '../question.ts';
import { draw, natNumbers } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import type { Generator, Texts } from '../types.ts';
import { natWorld, vmNode } from '../worlds.ts';

const meta = {
  id: 'gen-nat-port-forward',
  mode: 'nat',
  difficulty: 2,
} as const;

export const natPortForward: Generator = {
  ...meta,
  title: {
    ko: '포트 포워딩이 있는 NAT 호스트의 어느 포트로 들어오면 누가 답하는가',
    en: 'Which port of a NAT host with a port forward reaches whom',
  },
  generate(seed) {
    const d = draw(seed);
    const { vmid, hostIp, vmIp, webIp } = natNumbers(d);
    const hostPort = d.pick([2222, 2200, 8022, 10022]);
    const vmPort = d.pick([22, 80]);
    const closed = d.pick([2223, 3389, 8080, 5900]);
    const target = d.pick([hostPort, 22, closed]);
    const world = natWorld({
      hostIp,
      webIp,
      vm: { vmid, ip: vmIp, listen: [vmPort] },
      forwards: [{ hostPort, vmPort }],
    });
        const tcp = world.sim.tcpConnect('web', hostIp, target);
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const right =
      tcp.outcome === 'established' ? (tcp.seenBy?.host === 'pve' ? 'host' : tcp.seenBy?.host === vmNode(vmid) ? 'vm' : 'other') : tcp.outcome === 'refused' ? 'refused' : 'lost';
    const vm = `VM ${vmid}`;
    const told: Record<string, Texts> = {
      vm: {
        ko: `${hostPort}번으로 온 SYN은 PREROUTING의 DNAT 규칙에 걸려 목적지가 ${josa(`${vmIp}:${vmPort}`, '으로/로')} 바뀌고, 호스트가 vmbr1로 넘겨 ${josa(vm, '이/가')} SYN-ACK로 답합니다. 그 응답은 conntrack이 출발지를 ${josa(`${hostIp}:${hostPort}`, '으로/로')} 되돌려 내보냅니다.`,
        en: `The SYN to port ${hostPort} matches the DNAT rule in PREROUTING, its destination becomes ${vmIp}:${vmPort}, the host forwards it to vmbr1 and ${vm} answers with SYN-ACK; conntrack turns the answer's source back into ${hostIp}:${hostPort} on the way out.`,
      },
      host: {
        ko: '22번에는 DNAT 규칙이 없어서 SYN은 그대로 호스트 자신에게 전달되고, 호스트의 SSH가 SYN-ACK로 답합니다.',
        en: "No DNAT rule matches port 22, so the SYN is delivered to the host itself and the host's SSH answers with SYN-ACK.",
      },
      refused: {
        ko: `${target}번에는 DNAT 규칙도 기다리는 프로그램도 없어서 호스트의 커널이 RST로 거절합니다.`,
        en: `Port ${target} has no DNAT rule and nothing listening on the host, so the host's kernel refuses it with a RST.`,
      },
    };
    const notVm: Texts = {
      ko: `DNAT 규칙은 ${hostPort}번으로 온 연결만 VM으로 보냅니다. ${target}번으로 온 연결은 호스트에 남습니다.`,
      en: `The DNAT rule sends only connections to port ${hostPort} to the VM; a connection to port ${target} stays with the host.`,
    };
    const notHost: Texts =
      right === 'vm'
        ? { ko: 'PREROUTING의 DNAT가 라우팅 결정보다 먼저 목적지를 VM으로 바꾸므로, 호스트의 프로그램은 이 연결을 보지 못합니다.', en: 'DNAT in PREROUTING rewrites the destination to the VM before the routing decision, so no program on the host ever sees this connection.' }
        : { ko: `호스트는 22번에서만 기다리고 ${target}번에서는 아무것도 기다리지 않습니다.`, en: `The host listens on 22 only; nothing listens on port ${target}.` };
    const notRefused: Texts =
      right === 'vm'
        ? { ko: `${hostPort}번은 DNAT로 VM에 넘어가고, VM이 ${vmPort}번에서 기다리므로 거절되지 않습니다.`, en: `Port ${hostPort} is forwarded to the VM by DNAT, and the VM listens on ${vmPort}, so nothing refuses it.` }
        : { ko: '호스트가 22번에서 SSH로 기다리므로 연결을 받습니다.', en: 'The host listens on 22 with SSH, so it accepts the connection.' };
    const notLost: Texts = {
      ko: '이 호스트에는 패킷을 말없이 버리는 방화벽 규칙이 없습니다. TCP는 연결을 받거나(SYN-ACK) 거절하거나(RST) 어느 쪽이든 답을 합니다.',
      en: 'This host has no firewall rule that drops packets silently; TCP answers either way, accepting (SYN-ACK) or refusing (RST).',
    };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `NAT 호스트(vmbr0 ${hostIp}/24)에 \`iptables -t nat -A PREROUTING -i vmbr0 -p tcp --dport ${hostPort} -j DNAT --to ${vmIp}:${vmPort}\` 규칙이 있습니다. ${josa(`VM ${vmid}(${vmIp})`, '은/는')} ${vmPort}번 포트에서 기다리고, 호스트 자신은 22번(SSH)에서 기다립니다. 외부의 ${josa(webIp, '이/가')} ${hostIp}:${target}에 TCP로 연결하면 누가 답합니까?`,
        en: `The NAT host (vmbr0 ${hostIp}/24) has \`iptables -t nat -A PREROUTING -i vmbr0 -p tcp --dport ${hostPort} -j DNAT --to ${vmIp}:${vmPort}\`. VM ${vmid} (${vmIp}) listens on port ${vmPort}; the host itself listens on 22 (SSH). ${webIp} outside connects to ${hostIp}:${target}. Who answers?`,
      },
      [
        {
          key: 'vm',
          text: {
            ko: `VM ${vmid}의 ${vmPort}번 포트가 연결을 받습니다`,
            en: `VM ${vmid} accepts it on port ${vmPort}`,
          },
          why: notVm,
        },
        {
          key: 'host',
          text: {
            ko: '호스트 자신이 연결을 받습니다',
            en: 'The host itself accepts it',
          },
          why: notHost,
        },
        {
          key: 'refused',
          text: {
            ko: '호스트가 RST로 거절합니다',
            en: 'The host refuses it with a RST',
          },
          why: notRefused,
        },
        {
          key: 'lost',
          text: {
            ko: '아무 답도 없이 사라집니다',
            en: 'It is lost without any answer',
          },
          why: notLost,
        },
      ],
      right,
      told[right] ?? { ko: '커널에서 이 연결은 답을 받지 못했습니다.', en: 'In the kernel run this connection got no answer.' },
      { target, hostPort },
    );
  },
};
