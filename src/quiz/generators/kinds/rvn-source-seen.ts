/** Routed or NAT, the same outgoing connection: which source address does the outside see? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import { same } from '../run.ts';
import type { Generator } from '../types.ts';
import { natWorld, routedWorld, vmNode } from '../worlds.ts';

const meta = {
  id: 'gen-rvn-source-seen',
  mode: 'routed-vs-nat',
  difficulty: 1,
} as const;

export const rvnSourceSeen: Generator = {
  ...meta,
  title: {
    ko: '라우팅과 NAT에서 외부가 보는 VM의 주소',
    en: "The VM's address the outside sees, routed versus NAT",
  },
  generate(seed) {
    const d = draw(seed);
    const vmid = d.int(100, 199);
    const mode = d.pick(['routed', 'nat'] as const);
    const hostIp = mode === 'routed' ? `198.51.100.${d.int(2, 6)}` : `198.51.100.${d.int(2, 250)}`;
    const vmIp = mode === 'routed' ? `203.0.113.${d.int(18, 30)}` : `10.10.10.${d.int(2, 250)}`;
    const webIp = `192.0.2.${d.int(10, 250)}`;
    const port = d.pick([80, 443]);
    const world = mode === 'routed' ? routedWorld({ hostIp, webIp, vm: { vmid, ip: vmIp } }) : natWorld({ hostIp, webIp, vm: { vmid, ip: vmIp } });
    const tcp = world.sim.tcpConnect(vmNode(vmid), webIp, port);
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const seen = tcp.seenBy?.src;
    const right = seen === vmIp ? 'vm' : seen === hostIp ? 'host' : seen === '198.51.100.1' ? 'gateway' : 'nothing';
    const setup =
      mode === 'routed'
        ? {
            ko: `라우팅 모드입니다. 호스트는 eno0에 ${josa(`${hostIp}/29`, '을/를')} 두고 ip_forward를 켰으며, VM ${vmid}에 공인 서브넷의 ${josa(vmIp, '을/를')} 주었습니다. 업체는 그 서브넷을 호스트로 보냅니다`,
            en: `Routed: the host has ${hostIp}/29 on eno0 and ip_forward on, and gave VM ${vmid} ${vmIp} from a public subnet the provider routes to the host`,
          }
        : {
            ko: `NAT 모드입니다. 호스트는 vmbr0에 ${josa(`${hostIp}/24`, '을/를')} 두고 ip_forward를 켰으며, VM ${vmid}에 사설 주소 ${josa(vmIp, '을/를')} 주었습니다. 호스트에는 MASQUERADE 규칙이 있습니다`,
            en: `NAT: the host has ${hostIp}/24 on vmbr0 and ip_forward on, VM ${vmid} has the private ${vmIp}, and a MASQUERADE rule is in place`,
          };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `${setup.ko}. VM이 ${webIp}:${port}에 TCP로 연결하면 웹 서버 로그에 남는 출발지 주소는 무엇입니까?`,
        en: `${setup.en}. The VM connects to ${webIp}:${port}. Which source address does the web server log?`,
      },
      [
        {
          key: 'vm',
          text: same(vmIp),
          why: {
            ko: `${josa(vmIp, '은/는')} 사설 주소라서 밖으로 나갈 때 MASQUERADE가 출발지를 호스트의 주소로 바꿉니다.`,
            en: `${vmIp} is a private address: on the way out MASQUERADE rewrites the source to the host's address.`,
          },
        },
        {
          key: 'host',
          text: same(hostIp),
          why: {
            ko: '라우팅 구성에는 MASQUERADE가 없습니다. 호스트는 패킷을 넘기기만 하고 출발지를 바꾸지 않습니다.',
            en: 'The routed setup has no MASQUERADE: the host only forwards the packet and leaves its source alone.',
          },
        },
        {
          key: 'gateway',
          text: same('198.51.100.1'),
          why: {
            ko: '198.51.100.1은 업체 게이트웨이입니다. 라우터는 패킷을 넘길 뿐 출발지를 바꾸지 않습니다.',
            en: "198.51.100.1 is the provider's gateway; a router passes packets on without rewriting their source.",
          },
        },
        {
          key: 'nothing',
          text: {
            ko: '연결이 웹 서버에 닿지 않습니다',
            en: 'The connection never reaches the web server',
          },
          why:
            mode === 'routed'
              ? { ko: '업체가 공인 서브넷을 호스트로 보내 주고 호스트의 ip_forward가 켜져 있어서 연결은 양방향으로 됩니다.', en: "The provider routes the public subnet to the host and the host has ip_forward on, so the connection works both ways." }
              : { ko: '응답은 호스트의 주소로 돌아오고 호스트가 conntrack으로 VM에 되돌려 주므로 연결이 됩니다.', en: 'The answers come back to the host\'s address and the host hands them to the VM by its conntrack entry, so the connection works.' },
        },
      ],
      right,
      mode === 'routed'
        ? {
            ko: `라우팅은 주소를 바꾸지 않으므로 웹 서버에는 VM의 공인 주소 ${josa(vmIp, '이/가')} 그대로 보입니다.`,
            en: `Routing rewrites no address: the VM's public ${vmIp} shows as it is.`,
          }
        : {
            ko: `MASQUERADE가 나가는 패킷의 출발지를 호스트의 ${josa(hostIp, '으로/로')} 바꿉니다. 밖에서는 VM의 사설 주소를 볼 수 없습니다.`,
            en: `MASQUERADE rewrites the source of the leaving packet to the host's ${hostIp}; the outside never sees the VM's private address.`,
          },
      { mode },
    );
  },
};
