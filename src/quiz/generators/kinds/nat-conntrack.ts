/** After a guest's connection through the NAT host: the reply direction of its conntrack entry. */
import { buildQuestion } from '../question.ts';
import { draw, natNumbers } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import { same } from '../run.ts';
import type { Generator, Texts } from '../types.ts';
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
    const options: [string, Texts][] = [
      [
        tuple(webIp, hostIp, port, sport),
        {
          ko: `커널의 항목에 적힌 응답 방향은 이것과 다릅니다(${right}).`,
          en: `The kernel's entry differs: its reply direction was ${right}.`,
        },
      ],
      [
        tuple(webIp, vmIp, port, sport),
        {
          ko: `이것은 마스커레이드가 없을 때의 응답입니다. 웹 서버는 ${josa(vmIp, '을/를')} 본 적이 없으므로 그 주소로 답하지 않습니다.`,
          en: `That would be the answer without MASQUERADE; the web server never saw ${vmIp}, so it does not answer to it.`,
        },
      ],
      [
        tuple(hostIp, webIp, sport, port),
        {
          ko: '이것은 마스커레이드를 거친 뒤 나가는 패킷입니다. 응답 방향은 웹 서버에서 오는 쪽이라 출발지가 웹 서버입니다.',
          en: 'That is the outgoing packet after MASQUERADE; the reply direction comes from the web server, so its source is the web server.',
        },
      ],
      [
        tuple(vmIp, webIp, sport, port),
        {
          ko: '이것은 원래(original) 방향, 즉 VM이 보낸 그대로입니다. 응답(reply) 방향은 웹 서버에서 오는 쪽입니다.',
          en: 'That is the original direction, as the VM sent it; the reply direction is the one coming from the web server.',
        },
      ],
    ];
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `NAT 모드 호스트(vmbr0 ${hostIp}/24, vmbr1 10.10.10.1/24, ip_forward 1)에 \`-s 10.10.10.0/24 -o vmbr0 -j MASQUERADE\` 규칙이 있습니다. ${josa(`VM ${vmid}(${vmIp})`, '이/가')} 출발지 포트 ${josa(String(sport), '으로/로')} ${webIp}:${port}에 TCP로 연결했습니다. 호스트의 \`conntrack -L\`에서 이 연결 항목의 응답(reply) 방향은 무엇입니까?`,
        en: `On a NAT host (vmbr0 ${hostIp}/24, vmbr1 10.10.10.1/24, ip_forward 1) the rule \`-s 10.10.10.0/24 -o vmbr0 -j MASQUERADE\` is in place. VM ${vmid} (${vmIp}) connected to ${webIp}:${port} over TCP from source port ${sport}. In the host's \`conntrack -L\`, what is the reply direction of this connection's entry?`,
      },
      options.map(([t, why]) => ({ key: t, text: same(t), why })),
      right,
      {
        ko: `응답 방향은 웹 서버의 답이 실제로 달고 오는 주소입니다. 마스커레이드가 출발지를 ${josa(hostIp, '으로/로')} 바꿨으므로 답은 ${josa(`${hostIp}:${sport}`, '으로/로')} 돌아오고, 호스트는 이 항목을 보고 목적지를 ${josa(vmIp, '으로/로')} 되돌립니다.`,
        en: `The reply direction is what the web server's answer really carries. MASQUERADE rewrote the source to ${hostIp}, so the answer comes back to ${hostIp}:${sport}, and the host uses this entry to turn its destination back into ${vmIp}.`,
      },
      { expected: tuple(webIp, hostIp, port, sport) },
    );
  },
};
