/** A NAT guest connects outside with MASQUERADE, without it, or with forwarding off: what does the server see? */
import { buildQuestion } from '../question.ts';
import { draw, natNumbers } from '../random.ts';
import { same, story } from '../run.ts';
import { probeFate } from '../../sim/probe.ts';
import type { Generator } from '../types.ts';
import { natWorld, vmNode } from '../worlds.ts';

const meta = { id: 'gen-nat-source-seen', mode: 'nat', difficulty: 2 } as const;

export type NatVariant = 'full' | 'no-masquerade' | 'no-forward';

export const natSourceSeen: Generator = {
  ...meta,
  title: {
    ko: 'NAT 설정에 따라 외부 서버가 보는 VM의 출발지 주소',
    en: 'The source address an outside server sees from a NAT guest, by setup',
  },
  generate(seed) {
    const d = draw(seed);
    const { vmid, hostIp, vmIp, webIp } = natNumbers(d);
    const port = d.pick([80, 443]);
    const variant = d.pick<NatVariant>(['full', 'no-masquerade', 'no-forward']);
    const world = natWorld({
      hostIp,
      webIp,
      vm: { vmid, ip: vmIp },
      masquerade: variant !== 'no-masquerade',
      ipForward: variant !== 'no-forward',
    });
    const before = world.sim.trace.length;
    const tcp = world.sim.tcpConnect(vmNode(vmid), webIp, port);
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const right = tcp.seenBy?.src ?? 'nothing';
    const fate = probeFate(world.sim.trace.slice(before), {
      kind: 'tcp',
      from: vmNode(vmid),
      to: webIp,
      port,
    });
    const lines = [
      variant === 'no-forward'
        ? {
            ko: 'ip_forward를 켜는 줄은 없고',
            en: 'no line turns ip_forward on',
          }
        : { ko: 'ip_forward는 1이고', en: 'ip_forward is 1' },
      variant === 'no-masquerade'
        ? {
            ko: 'MASQUERADE 규칙은 빠져 있습니다',
            en: 'the MASQUERADE rule is missing',
          }
        : {
            ko: `\`-s 10.10.10.0/24 -o vmbr0 -j MASQUERADE\` 규칙이 있습니다`,
            en: 'the rule `-s 10.10.10.0/24 -o vmbr0 -j MASQUERADE` is in place',
          },
    ];
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `NAT 모드입니다. 호스트는 vmbr0에 ${hostIp}/24, vmbr1에 10.10.10.1/24를 두었고, ${lines[0]!.ko}, ${lines[1]!.ko}. VM ${vmid}(${vmIp})가 ${webIp}:${port}에 TCP로 연결합니다. 웹 서버가 받는 SYN의 출발지 주소는 무엇입니까?`,
        en: `NAT setup: the host has ${hostIp}/24 on vmbr0 and 10.10.10.1/24 on vmbr1; ${lines[0]!.en}, and ${lines[1]!.en}. VM ${vmid} (${vmIp}) connects to ${webIp}:${port}. What source address does the web server see on the SYN?`,
      },
      [
        { key: hostIp, text: same(hostIp) },
        { key: vmIp, text: same(vmIp) },
        { key: '198.51.100.1', text: same('198.51.100.1') },
        {
          key: 'nothing',
          text: {
            ko: 'SYN이 웹 서버에 닿지 않습니다',
            en: 'No SYN reaches the web server',
          },
        },
      ],
      right,
      story(world, fate.hops),
      { variant, hostIp, vmIp },
    );
  },
};
