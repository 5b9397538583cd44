/** A NAT guest cannot (or can) reach the outside: which one line of the host's file is missing? Each candidate fix is tried on the kernel. */
import { buildQuestion, GeneratorError } from '../question.ts';
import { draw, natNumbers } from '../random.ts';
import { probe, same } from '../run.ts';
import type { Generator } from '../types.ts';
import { natWorld, vmNode } from '../worlds.ts';

const meta = {
  id: 'gen-nat-missing-line',
  mode: 'nat',
  difficulty: 3,
} as const;

type Fix = 'masquerade' | 'forward' | 'dnat';
export type NatMissing = 'masquerade' | 'forward' | 'nothing';

export const natMissingLine: Generator = {
  ...meta,
  title: {
    ko: 'NAT VM이 밖으로 나가려면 어느 줄이 빠졌는가(커널로 확인)',
    en: 'Which line a NAT guest needs to reach the outside (checked on the kernel)',
  },
  generate(seed) {
    const d = draw(seed);
    const { vmid, hostIp, vmIp, webIp } = natNumbers(d);
    const missing = d.pick<NatMissing>(['masquerade', 'forward', 'nothing']);
    const setup = {
      masquerade: missing !== 'masquerade',
      forward: missing !== 'forward',
      dnat: false,
    };
    const reaches = (s: typeof setup) => {
      const world = natWorld({
        hostIp,
        webIp,
        vm: { vmid, ip: vmIp },
        masquerade: s.masquerade,
        ipForward: s.forward,
        forwards: s.dnat ? [{ hostPort: 8080, vmPort: 80 }] : [],
      });
      return probe(world, { kind: 'ping', from: vmNode(vmid), to: webIp });
    };
    const now = reaches(setup);
    let right = 'nothing';
    if (!now.answered) {
      const fixes = (['masquerade', 'forward', 'dnat'] as Fix[]).filter((f) => !setup[f] && reaches({ ...setup, [f]: true }).answered);
      if (fixes.length !== 1) throw new GeneratorError(`${meta.id}: ${fixes.length} single-line fixes work for seed ${seed}`);
      right = fixes[0]!;
    }
    const lines = [
      'auto vmbr0',
      'iface vmbr0 inet static',
      `        address ${hostIp}/24`,
      '        gateway 198.51.100.1',
      '        bridge-ports eno1',
      '',
      'auto vmbr1',
      'iface vmbr1 inet static',
      '        address 10.10.10.1/24',
      '        bridge-ports none',
      ...(setup.forward ? ['        post-up echo 1 > /proc/sys/net/ipv4/ip_forward'] : []),
      ...(setup.masquerade ? ["        post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE"] : []),
    ].join('\n');
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `NAT 모드 호스트의 /etc/network/interfaces에서 네트워크 설정은 아래가 전부입니다.\n\n${lines}\n\nVM ${vmid}(${vmIp}, 게이트웨이 10.10.10.1)가 웹 서버 ${webIp}에 핑으로 응답을 받으려면 무엇을 더해야 합니까?`,
        en: `This is the NAT host's whole network setup in /etc/network/interfaces:\n\n${lines}\n\nWhat must be added for VM ${vmid} (${vmIp}, gateway 10.10.10.1) to get answers to its pings to the web server ${webIp}?`,
      },
      [
        {
          key: 'masquerade',
          text: same("post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE"),
        },
        {
          key: 'forward',
          text: same('post-up echo 1 > /proc/sys/net/ipv4/ip_forward'),
        },
        {
          key: 'dnat',
          text: same('post-up iptables -t nat -A PREROUTING -i vmbr0 -p tcp --dport 8080 -j DNAT --to ' + vmIp + ':80'),
        },
        {
          key: 'nothing',
          text: {
            ko: '더할 것이 없습니다. 이미 응답을 받습니다',
            en: 'Nothing: the pings are already answered',
          },
        },
      ],
      right,
      {
        ko: `커널에서 각 줄을 하나씩 더해 핑을 다시 보내 보았습니다. ${now.story.ko}`,
        en: `The kernel ran the ping with each line added in turn. Without a change: ${now.story.en}`,
      },
      { missing },
    );
  },
};
