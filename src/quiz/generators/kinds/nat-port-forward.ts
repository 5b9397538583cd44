/** An outside client connects to one port of the NAT host: the guest (port forward), the host itself, or a refusal? */
import { buildQuestion } from '../question.ts';
import { draw, natNumbers } from '../random.ts';
import { story } from '../run.ts';
import { probeFate } from '../../sim/probe.ts';
import type { Generator } from '../types.ts';
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
    const before = world.sim.trace.length;
    const tcp = world.sim.tcpConnect('web', hostIp, target);
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const right =
      tcp.outcome === 'established' ? (tcp.seenBy?.host === 'pve' ? 'host' : tcp.seenBy?.host === vmNode(vmid) ? 'vm' : 'other') : tcp.outcome === 'refused' ? 'refused' : 'lost';
    const fate = probeFate(world.sim.trace.slice(before), {
      kind: 'tcp',
      from: 'web',
      to: hostIp,
      port: target,
    });
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `NAT 호스트(vmbr0 ${hostIp}/24)에 \`iptables -t nat -A PREROUTING -i vmbr0 -p tcp --dport ${hostPort} -j DNAT --to ${vmIp}:${vmPort}\` 규칙이 있습니다. VM ${vmid}(${vmIp})는 ${vmPort}번 포트에서 기다리고, 호스트 자신은 22번(SSH)에서 기다립니다. 외부의 ${webIp}가 ${hostIp}:${target}에 TCP로 연결하면 누가 답합니까?`,
        en: `The NAT host (vmbr0 ${hostIp}/24) has \`iptables -t nat -A PREROUTING -i vmbr0 -p tcp --dport ${hostPort} -j DNAT --to ${vmIp}:${vmPort}\`. VM ${vmid} (${vmIp}) listens on port ${vmPort}; the host itself listens on 22 (SSH). ${webIp} outside connects to ${hostIp}:${target}. Who answers?`,
      },
      [
        {
          key: 'vm',
          text: {
            ko: `VM ${vmid}의 ${vmPort}번 포트가 연결을 받습니다`,
            en: `VM ${vmid} accepts it on port ${vmPort}`,
          },
        },
        {
          key: 'host',
          text: {
            ko: '호스트 자신이 연결을 받습니다',
            en: 'The host itself accepts it',
          },
        },
        {
          key: 'refused',
          text: {
            ko: '호스트가 RST로 거절합니다',
            en: 'The host refuses it with a RST',
          },
        },
        {
          key: 'lost',
          text: {
            ko: '아무 답도 없이 사라집니다',
            en: 'It is lost without any answer',
          },
        },
      ],
      right,
      story(world, [...fate.hops, ...fate.replyHops]),
      { target, hostPort },
    );
  },
};
