/** A NAT guest connects outside with MASQUERADE, without it, or with forwarding off: what does the server see? */
import { buildQuestion } from '../question.ts';
import { draw, natNumbers } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import { same } from '../run.ts';
import type { Generator, Texts } from '../types.ts';
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
    const tcp = world.sim.tcpConnect(vmNode(vmid), webIp, port);
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const right = tcp.seenBy?.src ?? 'nothing';
    const told: Record<string, Texts> = {
      [hostIp]: {
        ko: `호스트가 SYN을 vmbr0으로 넘길 때 MASQUERADE가 출발지 ${josa(vmIp, '을/를')} vmbr0의 주소 ${josa(hostIp, '으로/로')} 바꿉니다. 웹 서버는 호스트의 주소만 봅니다.`,
        en: `As the host forwards the SYN out of vmbr0, MASQUERADE rewrites the source ${vmIp} to vmbr0's address ${hostIp}; the web server only ever sees the host.`,
      },
      [vmIp]: {
        ko: `ip_forward가 1이라 호스트는 SYN을 넘기지만, MASQUERADE 규칙이 없어서 출발지 ${josa(vmIp, '이/가')} 그대로 나갑니다. 웹 서버의 응답은 사설 주소로 돌아올 경로가 없어 도중에 버려집니다.`,
        en: `ip_forward is 1, so the host forwards the SYN, but with no MASQUERADE rule the source ${vmIp} leaves unchanged; the web server's answer has no route back to a private address and is dropped on the way.`,
      },
      nothing: {
        ko: 'ip_forward가 0이라 호스트는 VM이 보낸 SYN을 받기만 하고 vmbr0으로 넘기지 않고 버립니다. SYN은 웹 서버에 닿지 않습니다.',
        en: 'With ip_forward 0 the host takes the SYN from the VM but drops it instead of forwarding it to vmbr0; no SYN reaches the web server.',
      },
    };
    const whys: Record<string, Texts> = {
      [hostIp]:
        variant === 'no-masquerade'
          ? { ko: '출발지를 호스트의 주소로 바꾸는 것이 MASQUERADE인데, 이 호스트에는 그 규칙이 없습니다.', en: "Rewriting the source to the host's address is MASQUERADE's job, and this host has no such rule." }
          : { ko: 'MASQUERADE는 호스트가 넘기는 패킷에만 걸립니다. ip_forward가 0이라 SYN이 넘겨지지 않습니다.', en: 'MASQUERADE only applies to packets the host forwards, and with ip_forward 0 the SYN is never forwarded.' },
      [vmIp]:
        variant === 'full'
          ? { ko: `MASQUERADE 규칙이 10.10.10.0/24에서 vmbr0으로 나가는 패킷의 출발지를 ${josa(hostIp, '으로/로')} 바꿉니다.`, en: `The MASQUERADE rule rewrites the source of packets from 10.10.10.0/24 leaving by vmbr0 to ${hostIp}.` }
          : { ko: 'SYN이 호스트를 넘어가지 못해서 웹 서버가 볼 출발지가 없습니다.', en: 'The SYN never gets past the host, so the web server sees no source at all.' },
      '198.51.100.1': {
        ko: '198.51.100.1은 호스트의 기본 게이트웨이입니다. 게이트웨이는 라우팅만 할 뿐 출발지를 바꾸지 않습니다.',
        en: "198.51.100.1 is the host's default gateway; it routes and does not rewrite the source.",
      },
      nothing: { ko: 'ip_forward가 1이라 호스트가 SYN을 vmbr0으로 넘기고, SYN은 웹 서버에 닿습니다.', en: 'ip_forward is 1, so the host forwards the SYN out of vmbr0 and it reaches the web server.' },
    };
    const lines = [
      variant === 'no-forward'
        ? {
            ko: 'ip_forward를 켜는 줄이 없어 ip_forward는 0이며',
            en: 'ip_forward is 0 (no line turns it on)',
          }
        : { ko: 'ip_forward는 1이며', en: 'ip_forward is 1' },
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
        ko: `NAT 모드입니다. 호스트는 vmbr0에 ${hostIp}/24, vmbr1에 10.10.10.1/24를 두었고, ${lines[0]!.ko}, ${lines[1]!.ko}. ${josa(`VM ${vmid}(${vmIp})`, '이/가')} ${webIp}:${port}에 TCP로 연결합니다. 웹 서버가 받는 SYN의 출발지 주소는 무엇입니까?`,
        en: `NAT setup: the host has ${hostIp}/24 on vmbr0 and 10.10.10.1/24 on vmbr1; ${lines[0]!.en}, and ${lines[1]!.en}. VM ${vmid} (${vmIp}) connects to ${webIp}:${port} over TCP. What source address does the web server see on the SYN?`,
      },
      [
        { key: hostIp, text: same(hostIp), why: whys[hostIp]! },
        { key: vmIp, text: same(vmIp), why: whys[vmIp]! },
        { key: '198.51.100.1', text: same('198.51.100.1'), why: whys['198.51.100.1']! },
        {
          key: 'nothing',
          text: {
            ko: 'SYN이 웹 서버에 닿지 않습니다',
            en: 'No SYN reaches the web server',
          },
          why: whys.nothing!,
        },
      ],
      right,
      told[right] ?? { ko: `커널에서 웹 서버가 본 출발지는 ${right}입니다.`, en: `In the kernel run the web server saw ${right}.` },
      { variant, hostIp, vmIp },
    );
  },
};
