/** Two guests open connections from the same source port to the same server: which port does the server see for the second? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import type { Generator } from '../types.ts';
import { natWorld, routedWorld, vmNode } from '../worlds.ts';

const meta = {
  id: 'gen-rvn-second-vm',
  mode: 'routed-vs-nat',
  difficulty: 3,
} as const;

export const rvnSecondVm: Generator = {
  ...meta,
  title: {
    ko: '두 VM이 같은 출발지 포트를 쓸 때 라우팅과 NAT의 차이',
    en: 'Two VMs on the same source port: routed versus NAT',
  },
  generate(seed) {
    const d = draw(seed);
    const [a, b] = d.distinct(2, 100, 199) as [number, number];
    const mode = d.pick(['routed', 'nat'] as const);
    const webIp = `192.0.2.${d.int(10, 250)}`;
    const port = d.pick([80, 443]);
    const sport = d.int(32768, 60999);
    const hostIp = mode === 'routed' ? `198.51.100.${d.int(2, 6)}` : `198.51.100.${d.int(2, 250)}`;
    const [na, nb] = mode === 'routed' ? d.distinct(2, 18, 30) : d.distinct(2, 2, 250);
    const ipA = mode === 'routed' ? `203.0.113.${na}` : `10.10.10.${na}`;
    const ipB = mode === 'routed' ? `203.0.113.${nb}` : `10.10.10.${nb}`;
    const vms = { vmid: a, ip: ipA, extra: { vmid: b, ip: ipB } };
    const world = mode === 'routed' ? routedWorld({ hostIp, webIp, vm: vms }) : natWorld({ hostIp, webIp, vm: vms });
    world.sim.tcpConnect(vmNode(a), webIp, port, { srcPort: sport });
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const second = world.sim.tcpConnect(vmNode(b), webIp, port, {
      srcPort: sport,
    });
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const seen = second.seenBy;
    const right = !seen ? 'nothing' : seen.sport === sport ? 'same' : 'other';
    const setup =
      mode === 'routed'
        ? {
            ko: `라우팅 모드에서 ${josa(`VM ${a}`, '은/는')} ${ipA}, ${josa(`VM ${b}`, '은/는')} ${josa(ipB, '을/를')} 씁니다(둘 다 공인 서브넷)`,
            en: `Routed: VM ${a} uses ${ipA} and VM ${b} uses ${ipB} (a public subnet)`,
          }
        : {
            ko: `NAT 모드에서 ${josa(`VM ${a}`, '은/는')} ${ipA}, ${josa(`VM ${b}`, '은/는')} ${josa(ipB, '을/를')} 쓰고, 둘 다 호스트(${hostIp})의 MASQUERADE를 거쳐 나갑니다`,
            en: `NAT: VM ${a} uses ${ipA} and VM ${b} uses ${ipB}, both leaving through the host's (${hostIp}) MASQUERADE`,
          };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `${setup.ko}. ${josa(`VM ${a}`, '이/가')} 출발지 포트 ${josa(String(sport), '으로/로')} ${webIp}:${port}에 TCP로 연결해 둔 상태에서, VM ${b}도 출발지 포트 ${josa(String(sport), '으로/로')} 같은 곳에 연결합니다. 웹 서버가 보는 두 번째 연결의 출발지 포트는 무엇입니까?`,
        en: `${setup.en}. VM ${a} holds a connection to ${webIp}:${port} from source port ${sport}; VM ${b} now connects to the same place, also from source port ${sport}. Which source port does the web server see on the second connection?`,
      },
      [
        {
          key: 'same',
          text: { ko: `${sport} 그대로입니다`, en: `${sport}, unchanged` },
          why: {
            ko: `두 연결이 모두 출발지 ${josa(hostIp, '으로/로')} 나가므로 포트까지 같으면 웹 서버 쪽에서 같은 연결로 보입니다. 그래서 호스트가 두 번째 연결의 포트를 바꿉니다.`,
            en: `Both connections leave with the source ${hostIp}; with the same port too, the server would see one connection, so the host changes the second one's port.`,
          },
        },
        {
          key: 'other',
          text: {
            ko: `${josa(String(sport), '이/가')} 아닌 다른 포트입니다(호스트가 바꿈)`,
            en: `Another port than ${sport} (the host changed it)`,
          },
          why: {
            ko: '라우팅 구성에는 NAT가 없어서 호스트가 포트를 바꾸지 않습니다. 두 연결은 출발지 주소가 달라 이미 구별됩니다.',
            en: 'The routed setup has no NAT, so the host never changes ports; the two connections already differ by source address.',
          },
        },
        {
          key: 'refused',
          text: {
            ko: '두 번째 연결은 거절됩니다',
            en: 'The second connection is refused',
          },
          why: {
            ko: `웹 서버는 (출발지 주소, 출발지 포트) 쌍으로 연결을 구별하는데, 두 번째 연결의 쌍은 첫 번째와 다릅니다. 한 서버 포트 ${port}에 여러 연결이 붙는 것은 흔한 일입니다.`,
            en: `The web server tells connections apart by (source address, source port), and the second pair differs from the first; many connections to one server port ${port} are normal.`,
          },
        },
        {
          key: 'nothing',
          text: {
            ko: '두 번째 연결은 웹 서버에 닿지 않습니다',
            en: 'The second connection never reaches the web server',
          },
          why:
            mode === 'routed'
              ? { ko: '두 VM은 같은 방법으로 라우팅되므로 두 번째 연결도 첫 번째처럼 웹 서버에 닿습니다.', en: 'Both VMs are routed the same way, so the second connection reaches the web server just like the first.' }
              : { ko: 'MASQUERADE가 두 번째 연결에 다른 출발지 포트를 주므로 두 연결이 함께 나갈 수 있습니다.', en: 'MASQUERADE gives the second connection another source port, so both can go out together.' },
        },
      ],
      right,
      mode === 'routed'
        ? {
            ko: `두 VM의 주소가 달라서 (주소, 포트) 쌍이 이미 다르므로 아무것도 바꿀 필요가 없습니다. 웹 서버는 ${josa(`${ipB}:${sport}`, '을/를')} 봅니다.`,
            en: `The two VMs have different addresses, so the (address, port) pairs already differ and nothing is rewritten: the server sees ${ipB}:${sport}.`,
          }
        : {
            ko: `두 연결 모두 출발지가 ${josa(hostIp, '으로/로')} 바뀌므로, 같은 포트를 쓰면 웹 서버 쪽에서 두 연결을 구별할 수 없습니다. 그래서 호스트가 두 번째 연결의 출발지 포트를 바꿉니다(커널에서는 ${seen?.sport ?? '-'}번).`,
            en: `Both leave with the source ${hostIp}; on the same port the server could not tell them apart, so the host moves the second one to source port ${seen?.sport ?? 'another'}.`,
          },
      { mode },
    );
  },
};
