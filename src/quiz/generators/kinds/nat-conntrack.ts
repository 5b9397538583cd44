/** After a guest's connection through the NAT host: the reply direction of its conntrack entry. */
import { buildQuestion } from '../question.ts';
import { draw, natNumbers } from '../random.ts';
import { same } from '../run.ts';
import type { Generator } from '../types.ts';
import { natWorld, vmNode } from '../worlds.ts';

const meta = { id: 'gen-nat-conntrack', mode: 'nat', difficulty: 3 } as const;

const tuple = (src: string, dst: string, sport: number, dport: number) => `src=${src} dst=${dst} sport=${sport} dport=${dport}`;

export const natConntrack: Generator = {
  ...meta,
  title: {
    ko: '마스커레이드된 연결의 conntrack 응답 방향 튜플',
    en: "The reply tuple of a masqueraded connection's conntrack entry",
  },
  generate(seed) {
    const d = draw(seed);
    const { vmid, hostIp, vmIp, webIp } = natNumbers(d);
    const port = d.pick([80, 443]);
    const sport = d.int(32768, 60999);
    const world = natWorld({ hostIp, webIp, vm: { vmid, ip: vmIp } });
    world.sim.tcpConnect(vmNode(vmid), webIp, port, { srcPort: sport });
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const entry = world.sim
      .snapshot()
      .hosts.find((h) => h.id === 'pve')!
      .conntrack.find((c) => c.orig.src === vmIp && c.orig.proto === 'tcp');
    const right = entry ? tuple(entry.reply.src, entry.reply.dst, entry.reply.sport, entry.reply.dport) : 'none';
    const options = [tuple(webIp, hostIp, port, sport), tuple(webIp, vmIp, port, sport), tuple(hostIp, webIp, sport, port), tuple(vmIp, webIp, sport, port)];
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `NAT 모드 호스트(vmbr0 ${hostIp}/24, vmbr1 10.10.10.1/24, ip_forward 1)에 \`-s 10.10.10.0/24 -o vmbr0 -j MASQUERADE\` 규칙이 있습니다. VM ${vmid}(${vmIp})가 출발지 포트 ${sport}로 ${webIp}:${port}에 연결했습니다. 호스트의 \`conntrack -L\`에서 이 연결 항목의 응답(reply) 방향은 무엇입니까?`,
        en: `On a NAT host (vmbr0 ${hostIp}/24, vmbr1 10.10.10.1/24, ip_forward 1) the rule \`-s 10.10.10.0/24 -o vmbr0 -j MASQUERADE\` is in place. VM ${vmid} (${vmIp}) connected to ${webIp}:${port} from source port ${sport}. In the host's \`conntrack -L\`, what is the reply direction of this connection's entry?`,
      },
      options.map((t) => ({ key: t, text: same(t) })),
      right,
      {
        ko: `응답 방향은 웹 서버의 답이 실제로 가지는 주소입니다. 마스커레이드가 출발지를 ${hostIp}로 바꿨으므로 답은 ${hostIp}:${sport}로 돌아오고, 호스트가 이 항목을 보고 ${vmIp}로 되돌립니다. 원래 방향(original)은 VM이 보낸 그대로입니다.`,
        en: `The reply direction is what the web server's answer really carries. MASQUERADE rewrote the source to ${hostIp}, so the answer comes back to ${hostIp}:${sport} and the host uses this entry to turn it back to ${vmIp}. The original direction is what the VM sent.`,
      },
      { expected: tuple(webIp, hostIp, port, sport) },
    );
  },
};
