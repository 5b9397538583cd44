/** After a few seeded pings on the office LAN: which vmbr0 port does the bridge's forwarding table list for a MAC? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import { same } from '../run.ts';
import type { Generator, Texts } from '../types.ts';

const cap = (text: string) => text[0]!.toUpperCase() + text.slice(1);
import { lanWorld, vmNode } from '../worlds.ts';

const meta = {
  id: 'gen-bridge-fdb-port',
  mode: 'bridge',
  difficulty: 2,
} as const;

export const bridgeFdbPort: Generator = {
  ...meta,
  title: {
    ko: '핑 한 번 뒤 vmbr0의 FDB에서 MAC이 있는 포트',
    en: "After one ping: which port vmbr0's FDB lists for a MAC",
  },
  generate(seed) {
    const d = draw(seed);
    const [a, b] = d.distinct(2, 100, 199) as [number, number];
    const [ipA, ipB, ipL] = d.distinct(3, 20, 250).map((n) => `192.168.10.${n}`) as [string, string, string];
    const macs = { a: d.mac(), b: d.mac(), laptop: d.mac() };
    const world = lanWorld({
      hostIp: '192.168.10.2',
      laptop: { ip: ipL, mac: macs.laptop },
      vms: [
        { vmid: a, cidr: `${ipA}/24`, mac: macs.a },
        { vmid: b, cidr: `${ipB}/24`, mac: macs.b },
      ],
    });
    const who = {
      a: { node: vmNode(a), ip: ipA, ko: `VM ${a}`, en: `VM ${a}` },
      b: { node: vmNode(b), ip: ipB, ko: `VM ${b}`, en: `VM ${b}` },
      laptop: { node: 'laptop', ip: ipL, ko: '노트북', en: 'the laptop' },
    };
    const pairs = [
      ['a', 'laptop'],
      ['b', 'a'],
      ['laptop', 'b'],
      ['a', 'b'],
      ['laptop', 'a'],
    ] as const;
    const [from, to] = d.pick(pairs);
    world.sim.ping(who[from].node, who[to].ip, { count: 1 });
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const asked = d.pick(['a', 'b', 'laptop'] as const);
    const mac = macs[asked];
    const fdb = world.sim
      .snapshot()
      .hosts.find((h) => h.id === 'pve')!
      .bridges.find((br) => br.name === 'vmbr0')!.fdb;
    const entry = fdb.find((e) => e.mac === mac);
    const right = entry ? entry.port : 'none';
    // Who sits behind each port, and what the asked MAC's owner sent during the ping.
    const behind: Record<string, 'a' | 'b' | 'laptop'> = { [`tap${a}i0`]: 'a', [`tap${b}i0`]: 'b', eno1: 'laptop' };
    const owner = who[asked];
    const sent = asked === from ? { ko: 'ARP 요청과 에코 요청', en: 'the ARP request and the echo request' } : asked === to ? { ko: 'ARP 응답과 에코 응답', en: 'the ARP reply and the echo reply' } : undefined;
    const learned: Texts = sent
      ? {
          ko: `${josa(mac, '은/는')} ${owner.ko}의 MAC입니다. ${josa(owner.ko, '이/가')} 보낸 ${sent.ko}이 ${josa(right, '으로/로')} 들어왔으므로 vmbr0이 그 포트에 이 MAC을 배웠습니다.`,
          en: `${mac} is ${owner.en}'s MAC. ${cap(owner.en)} sent ${sent.en}, which came in on ${right}, so vmbr0 learned the MAC there.`,
        }
      : {
          ko: `${josa(mac, '은/는')} ${owner.ko}의 MAC인데, ${josa(owner.ko, '은/는')} 이 핑에서 아무 프레임도 보내지 않았습니다. 브리지는 들어온 프레임의 출발지 MAC만 배우므로 표에 없고, 이 MAC으로 가는 다음 프레임은 플러딩됩니다.`,
          en: `${mac} is ${owner.en}'s MAC, and ${owner.en} sent no frame during this ping. A bridge learns only the source MACs of frames it receives, so there is no entry; the next frame to it is flooded.`,
        };
    const wrongPort = (port: string): Texts => {
      const there = who[behind[port]!];
      return behind[port] === asked
        ? {
            ko: `${port} 뒤에 ${josa(there.ko, '이/가')} 있는 것은 맞지만, ${josa(there.ko, '은/는')} 이 핑에서 프레임을 보내지 않아 vmbr0이 아직 배우지 못했습니다.`,
            en: `${cap(there.en)} is indeed behind ${port}, but it sent no frame during this ping, so vmbr0 has not learned it yet.`,
          }
        : {
            ko: `${port} 뒤에는 ${josa(there.ko, '이/가')} 있습니다. ${josa(mac, '은/는')} ${there.ko}의 MAC이 아니므로 그 포트로 들어온 적이 없습니다.`,
            en: `Behind ${port} is ${there.en}; ${mac} is not its MAC, so no frame from it came in there.`,
          };
    };
    const notNone: Texts = {
      ko: `${josa(owner.ko, '은/는')} 이 핑에서 ${josa(sent?.ko ?? '프레임', '을/를')} 보냈습니다. 브리지는 그 출발지 MAC을 들어온 포트에 배웁니다.`,
      en: `${cap(owner.en)} sent ${sent?.en ?? 'frames'} during this ping; the bridge learns their source MAC on the port they came in on.`,
    };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `사무실 LAN의 vmbr0(bridge-ports eno1)에 ${josa(`VM ${a}(${ipA}, ${macs.a})`, '과/와')} ${josa(`VM ${b}(${ipB}, ${macs.b})`, '이/가')} 붙어 있고, 노트북(${ipL}, ${macs.laptop})은 사무실 스위치를 거쳐 eno1 쪽에 있습니다. 모든 장비를 방금 켜서 MAC 표와 ARP 표가 모두 비어 있는 상태에서 ${josa(who[from].ko, '이/가')} ${josa(who[to].ip, '으로/로')} 핑을 한 번 보냈습니다. 그 직후 \`bridge fdb show br vmbr0\`에서 ${josa(mac, '은/는')} 어느 포트에 있습니까?`,
        en: `On the office LAN, VM ${a} (${ipA}, ${macs.a}) and VM ${b} (${ipB}, ${macs.b}) sit on vmbr0 (bridge-ports eno1); the laptop (${ipL}, ${macs.laptop}) is behind the switch on eno1. Everything has just been switched on, every MAC and ARP table is empty, and ${who[from].en} sends one ping to ${who[to].ip}. Right after, which port does \`bridge fdb show br vmbr0\` list for ${mac}?`,
      },
      [
        { key: `tap${a}i0`, text: same(`tap${a}i0`), why: wrongPort(`tap${a}i0`) },
        { key: `tap${b}i0`, text: same(`tap${b}i0`), why: wrongPort(`tap${b}i0`) },
        { key: 'eno1', text: same('eno1'), why: wrongPort('eno1') },
        {
          key: 'none',
          text: {
            ko: '표에 없습니다(다음 프레임은 플러딩됩니다)',
            en: 'None: it is not in the table (the next frame is flooded)',
          },
          why: notNone,
        },
      ],
      right,
      learned,
      { from, to, asked, vmA: a, vmB: b },
    );
  },
};
