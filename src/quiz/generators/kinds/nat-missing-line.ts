/** A NAT guest cannot (or can) reach the outside: which one line of the host's file is missing? Each candidate fix is tried on the kernel. */
import { buildQuestion, GeneratorError } from '../question.ts';
import { draw, natNumbers } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import { probe, same } from '../run.ts';
import type { Generator, Texts } from '../types.ts';
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
    const vm = `VM ${vmid}`;
    const told: Record<string, Texts> = {
      masquerade: {
        ko: `ip_forward는 켜져 있어 요청은 나가지만, 출발지가 사설 주소 ${vmIp} 그대로라서 웹 서버의 응답이 돌아올 경로가 없습니다. 커널에서 MASQUERADE 줄을 더하자 출발지가 ${josa(hostIp, '으로/로')} 바뀌어 응답을 받았습니다.`,
        en: `ip_forward is on, so the request leaves, but its source is the private ${vmIp} and the web server's answer has no way back. In the kernel run, adding the MASQUERADE line made the source ${hostIp} and the answers came back.`,
      },
      forward: {
        ko: `ip_forward가 0이라 호스트가 ${vm}의 패킷을 vmbr0으로 넘기지 않고 버립니다. 커널에서 이 줄을 더하자 패킷이 넘겨지고 MASQUERADE를 거쳐 응답을 받았습니다.`,
        en: `With ip_forward 0 the host drops ${vm}'s packets instead of forwarding them to vmbr0. In the kernel run, adding this line let them through MASQUERADE and the answers came back.`,
      },
      nothing: {
        ko: 'ip_forward를 켜는 줄과 MASQUERADE 줄이 모두 있어서 핑은 이미 응답을 받습니다.',
        en: 'The file already turns ip_forward on and has the MASQUERADE line, so the pings are already answered.',
      },
    };
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
        ko: `NAT 모드 호스트의 /etc/network/interfaces에서 네트워크 설정은 아래가 전부입니다.\n\n${lines}\n\n${josa(`VM ${vmid}(${vmIp}, 게이트웨이 10.10.10.1)`, '이/가')} 웹 서버 ${josa(webIp, '으로/로')} 보낸 핑에 응답을 받으려면 무엇을 더해야 합니까?`,
        en: `This is the NAT host's whole network setup in /etc/network/interfaces:\n\n${lines}\n\nWhat must be added for VM ${vmid} (${vmIp}, gateway 10.10.10.1) to get answers to its pings to the web server ${webIp}?`,
      },
      [
        {
          key: 'masquerade',
          text: same("post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE"),
          why: setup.masquerade ? { ko: 'MASQUERADE 줄은 이미 vmbr1 아래에 있습니다.', en: 'The MASQUERADE line is already there, under vmbr1.' } : { ko: '이 줄만으로는 부족합니다.', en: 'This line alone is not enough.' },
        },
        {
          key: 'forward',
          text: same('post-up echo 1 > /proc/sys/net/ipv4/ip_forward'),
          why: setup.forward ? { ko: 'ip_forward를 켜는 줄은 이미 vmbr1 아래에 있습니다.', en: 'The line turning ip_forward on is already there, under vmbr1.' } : { ko: '이 줄만으로는 부족합니다.', en: 'This line alone is not enough.' },
        },
        {
          key: 'dnat',
          text: same('post-up iptables -t nat -A PREROUTING -i vmbr0 -p tcp --dport 8080 -j DNAT --to ' + vmIp + ':80'),
          why: {
            ko: `이 줄은 밖에서 ${josa(`${hostIp}:8080`, '으로/로')} 들어오는 연결을 VM으로 보내는 포트 포워딩입니다. VM이 밖으로 보내는 핑과는 관계가 없습니다.`,
            en: `This line is a port forward for connections coming in to ${hostIp}:8080; it has nothing to do with pings the VM sends out.`,
          },
        },
        {
          key: 'nothing',
          text: {
            ko: '더할 것이 없습니다. 이미 응답을 받습니다',
            en: 'Nothing: the pings are already answered',
          },
          why: setup.forward
            ? { ko: `지금은 응답을 받지 못합니다. 출발지 ${josa(vmIp, '이/가')} 그대로 나가서 응답이 돌아오지 못합니다.`, en: `The pings are not answered now: they leave with the source ${vmIp}, and no answer can find its way back.` }
            : { ko: '지금은 응답을 받지 못합니다. ip_forward가 0이라 호스트가 VM의 핑을 버립니다.', en: "The pings are not answered now: with ip_forward 0 the host drops the VM's pings." },
        },
      ],
      right,
      told[right] ?? now.story,
      { missing },
    );
  },
};
