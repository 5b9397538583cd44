/** Four parallel connections between the same two hosts: one link or both, by hash policy and ports. */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import type { Generator } from '../types.ts';
import { bondWorld, vmNode, type HashPolicy } from '../worlds.ts';

const meta = { id: 'gen-bond-spread', mode: 'bond', difficulty: 3 } as const;

export const bondSpread: Generator = {
  ...meta,
  title: {
    ko: '같은 두 호스트 사이의 연결 네 개가 본드 링크를 나눠 쓰는가',
    en: 'Do four connections between the same two hosts share the bond links',
  },
  generate(seed) {
    const d = draw(seed);
    const vmid = d.int(100, 199);
    const [vmN, nasN] = d.distinct(2, 3, 250) as [number, number];
    const vm = { vmid, ip: `192.168.10.${vmN}`, mac: d.mac() };
    const nas = { ip: `192.168.10.${nasN}`, mac: d.mac(), ports: [873] };
    const policy = d.pick<HashPolicy>(['layer2', 'layer2+3', 'layer3+4']);
    const sports = d.distinct(4, 32768, 60999);
    const world = bondWorld({ mode: '802.3ad', hash: policy, vm, nas });
    const before = world.sim.trace.length;
    for (const sport of sports) world.sim.tcpConnect(vmNode(vmid), nas.ip, 873, { srcPort: sport });
    world.sim.runUntilIdle({ maxEvents: 50_000 });
    const links = new Set(
      world.sim.trace
        .slice(before)
        .filter((ev) => ev.code === 'bond.tx' && ev.node === 'pve' && ev.frame?.ip?.tcp)
        .map((ev) => String(ev.port)),
    );
    const right = links.size === 2 ? 'both' : links.size === 1 ? 'one' : 'none';
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `bond0은 eno1, eno2를 묶은 802.3ad 본드이고 \`bond-xmit-hash-policy ${policy}\`입니다. VM ${vmid}(${vm.ip})가 NAS(${nas.ip})의 873번 포트에 출발지 포트 ${sports.join(', ')}로 TCP 연결 네 개를 엽니다. 네 연결의 SYN은 호스트에서 어떻게 나갑니까?`,
        en: `bond0 is an 802.3ad bond of eno1 and eno2 with \`bond-xmit-hash-policy ${policy}\`. VM ${vmid} (${vm.ip}) opens four TCP connections to port 873 of the NAS (${nas.ip}) from source ports ${sports.join(', ')}. How do the four SYNs leave the host?`,
      },
      [
        {
          key: 'one',
          text: { ko: '넷 다 한 링크로 나갑니다', en: 'All four on one link' },
        },
        {
          key: 'both',
          text: {
            ko: '두 링크에 나뉘어 나갑니다',
            en: 'Spread over both links',
          },
        },
        {
          key: 'alternate',
          text: {
            ko: '패킷마다 링크를 번갈아 씁니다',
            en: 'Alternating links packet by packet',
          },
        },
        {
          key: 'none',
          text: {
            ko: '본드가 보내지 못합니다',
            en: 'The bond sends none of them',
          },
        },
      ],
      right,
      policy === 'layer3+4'
        ? {
            ko: `layer3+4는 포트까지 해시에 넣으므로 출발지 포트가 다른 연결은 다른 링크로 갈 수 있습니다. 이 네 포트로는 ${right === 'both' ? '두 링크에 나뉘었습니다' : '우연히 모두 한 링크로 갔습니다'}.`,
            en: `layer3+4 hashes the ports too, so connections from different source ports can take different links; with these four ports they ${right === 'both' ? 'were spread over both' : 'happened to all hash to one link'}.`,
          }
        : {
            ko: `${policy}는 포트를 보지 않습니다. 두 호스트 사이의 모든 연결은 해시가 같아서 한 링크만 씁니다.`,
            en: `${policy} ignores ports: every connection between the same two hosts hashes the same and uses one link.`,
          },
      {
        policy,
        vmMac: vm.mac,
        nasMac: nas.mac,
        vmIp: vm.ip,
        nasIp: nas.ip,
        sports: sports.join(','),
      },
    );
  },
};
