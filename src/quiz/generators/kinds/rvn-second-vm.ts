/** Two guests open connections from the same source port to the same server: which port does the server see for the second? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
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
            ko: `라우팅 모드에서 VM ${a}는 ${ipA}, VM ${b}는 ${ipB}(공인 서브넷)를 씁니다`,
            en: `Routed: VM ${a} uses ${ipA} and VM ${b} uses ${ipB} (a public subnet)`,
          }
        : {
            ko: `NAT 모드에서 VM ${a}는 ${ipA}, VM ${b}는 ${ipB}를 쓰고, 호스트(${hostIp})의 MASQUERADE를 거쳐 나갑니다`,
            en: `NAT: VM ${a} uses ${ipA} and VM ${b} uses ${ipB}, both leaving through the host's (${hostIp}) MASQUERADE`,
          };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `${setup.ko}. VM ${a}가 출발지 포트 ${sport}로 ${webIp}:${port}에 연결해 둔 상태에서, VM ${b}도 출발지 포트 ${sport}로 같은 곳에 연결합니다. 웹 서버가 보는 두 번째 연결의 출발지 포트는 무엇입니까?`,
        en: `${setup.en}. VM ${a} holds a connection to ${webIp}:${port} from source port ${sport}; VM ${b} now connects to the same place, also from source port ${sport}. Which source port does the web server see on the second connection?`,
      },
      [
        {
          key: 'same',
          text: { ko: `${sport} 그대로입니다`, en: `${sport}, unchanged` },
        },
        {
          key: 'other',
          text: {
            ko: `${sport}가 아닌 다른 포트입니다(호스트가 바꿈)`,
            en: `Another port than ${sport} (the host changed it)`,
          },
        },
        {
          key: 'refused',
          text: {
            ko: '두 번째 연결은 거절됩니다',
            en: 'The second connection is refused',
          },
        },
        {
          key: 'nothing',
          text: {
            ko: '두 번째 연결은 웹 서버에 닿지 않습니다',
            en: 'The second connection never reaches the web server',
          },
        },
      ],
      right,
      mode === 'routed'
        ? {
            ko: `두 VM의 주소가 다르므로 (주소, 포트) 쌍이 이미 달라서 아무것도 바꿀 필요가 없습니다. 웹 서버는 ${ipB}:${sport}를 봅니다.`,
            en: `The two VMs have different addresses, so the (address, port) pairs already differ and nothing is rewritten: the server sees ${ipB}:${sport}.`,
          }
        : {
            ko: `두 연결 모두 출발지가 ${hostIp}로 바뀌므로, 같은 포트를 쓰면 웹 서버 쪽에서 두 연결을 구별할 수 없습니다. 그래서 호스트가 두 번째 연결의 출발지 포트를 바꿉니다(커널에서는 ${seen?.sport ?? '-'}번).`,
            en: `Both leave with the source ${hostIp}; on the same port the server could not tell them apart, so the host moves the second one to source port ${seen?.sport ?? 'another'}.`,
          },
      { mode },
    );
  },
};
