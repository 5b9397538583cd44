/** After a few seeded pings on the office LAN: which vmbr0 port does the bridge's forwarding table list for a MAC? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { same } from '../run.ts';
import type { Generator } from '../types.ts';
import { lanWorld, vmNode } from '../worlds.ts';

const meta = {
  id: 'gen-bridge-fdb-port',
  mode: 'bridge',
  difficulty: 2,
} as const;

export const bridgeFdbPort: Generator = {
  ...meta,
  title: {
    ko: '핑 몇 번 뒤 vmbr0 FDB가 MAC을 어느 포트에 두는가',
    en: "After a few pings: which port vmbr0's FDB lists for a MAC",
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
    const learned = entry
      ? {
          ko: `${mac}에서 온 프레임이 ${entry.port}로 들어왔으므로 vmbr0가 이 MAC을 ${entry.port}에 배웠습니다.`,
          en: `A frame from ${mac} came in on ${entry.port}, so vmbr0 learned the MAC on that port.`,
        }
      : {
          ko: `${mac}를 출발지로 한 프레임이 vmbr0를 지나간 적이 없어서 표에 없습니다. 이 MAC으로 가는 다음 프레임은 플러딩됩니다.`,
          en: `No frame from ${mac} has crossed vmbr0, so the table has no entry; the next frame to it is flooded.`,
        };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `사무실 LAN에서 vmbr0(bridge-ports eno1)에 VM ${a}(${ipA}, ${macs.a})와 VM ${b}(${ipB}, ${macs.b})가 붙어 있고, 노트북(${ipL}, ${macs.laptop})은 스위치를 거쳐 eno1 쪽에 있습니다. 방금 부팅해 아무 표도 비어 있는 상태에서 ${who[from].ko}가 ${who[to].ip}로 핑을 한 번 보냈습니다. 그 직후 \`bridge fdb show br vmbr0\`는 ${mac}를 어느 포트에 두고 있습니까?`,
        en: `On the office LAN, VM ${a} (${ipA}, ${macs.a}) and VM ${b} (${ipB}, ${macs.b}) sit on vmbr0 (bridge-ports eno1); the laptop (${ipL}, ${macs.laptop}) is behind the switch on eno1. Everything has just booted with empty tables, and ${who[from].en} sends one ping to ${who[to].ip}. Right after, which port does \`bridge fdb show br vmbr0\` list for ${mac}?`,
      },
      [
        { key: `tap${a}i0`, text: same(`tap${a}i0`) },
        { key: `tap${b}i0`, text: same(`tap${b}i0`) },
        { key: 'eno1', text: same('eno1') },
        {
          key: 'none',
          text: {
            ko: '표에 없습니다(다음 프레임은 플러딩됩니다)',
            en: 'None: it is not in the table (the next frame is flooded)',
          },
        },
      ],
      right,
      learned,
      { from, to, asked, vmA: a, vmB: b },
    );
  },
};
