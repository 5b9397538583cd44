/**
 * Which of the bond's two links carries one TCP connection, for each transmit hash policy: the
 * numbers (MACs, addresses, ports) come from the seed, the kernel's bond picks the link.
 */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import type { Generator, Texts } from '../types.ts';
import { bondWorld, vmNode, type HashPolicy } from '../worlds.ts';

/** What each policy feeds into the hash (Documentation/networking/bonding.rst, xmit_hash_policy). */
const WHAT: Record<HashPolicy, Texts> = {
  layer2: { ko: '두 MAC 주소와 프로토콜 종류(IPv4)', en: 'the two MACs and the protocol type (IPv4)' },
  'layer2+3': { ko: '두 MAC 주소와 두 IP 주소', en: 'the two MACs and the two IP addresses' },
  'layer3+4': { ko: '두 IP 주소와 두 포트', en: 'the two IP addresses and the two ports' },
};

function bondLink(policy: HashPolicy, id: string, difficulty: 2 | 3): Generator {
  const meta = { id, mode: 'bond', difficulty } as const;
  return {
    ...meta,
    title: {
      ko: `LACP 본드(${policy})에서 한 연결이 어느 링크로 나가는가`,
      en: `Which link of an LACP bond (${policy}) carries one connection`,
    },
    generate(seed) {
      const d = draw(seed);
      const vmid = d.int(100, 199);
      const [vmN, nasN] = d.distinct(2, 3, 250) as [number, number];
      const vm = { vmid, ip: `192.168.10.${vmN}`, mac: d.mac() };
      const nas = {
        ip: `192.168.10.${nasN}`,
        mac: d.mac(),
        ports: [873, 445, 2049],
      };
      const port = d.pick(nas.ports);
      const sport = d.int(32768, 60999);
      const world = bondWorld({ mode: '802.3ad', hash: policy, vm, nas });
      const before = world.sim.trace.length;
      world.sim.tcpConnect(vmNode(vmid), nas.ip, port, { srcPort: sport });
      // LACP's periodic frames are background work: running until idle ends once the connection is settled.
      world.sim.runUntilIdle({ maxEvents: 50_000 });
      const trace = world.sim.trace.slice(before);
      const tx = trace.find((ev) => ev.code === 'bond.tx' && ev.node === 'pve' && ev.frame?.ip?.tcp);
      const right = tx ? String(tx.port) : 'none';
      const other = right === 'eno1' ? 'eno2' : 'eno1';
      const told: Texts =
        policy === 'layer3+4'
          ? {
              ko: `layer3+4 해시는 ${WHAT[policy].ko}로 링크를 고릅니다. 이 연결(${vm.ip}:${sport} → ${nas.ip}:${port})의 값으로는 ${josa(right, '이/가')} 나오고, 출발지 포트가 다른 연결은 다른 링크로 갈 수 있습니다.`,
              en: `The layer3+4 hash picks the link from ${WHAT[policy].en}; this connection's values (${vm.ip}:${sport} → ${nas.ip}:${port}) give ${right}, and a connection from another source port may take the other link.`,
            }
          : {
              ko: `${policy} 해시는 ${WHAT[policy].ko}만 보고 링크를 고르므로, 이 VM과 NAS 사이의 프레임은 포트와 상관없이 늘 ${josa(right, '으로/로')} 갑니다.`,
              en: `The ${policy} hash looks only at ${WHAT[policy].en}, so every frame between this VM and the NAS takes ${right}, whatever the ports.`,
            };
      const notLink = (link: string): Texts =>
        link === right
          ? { ko: '커널의 본드가 고른 링크가 아닙니다.', en: "This is not the link the kernel's bond chose." }
          : {
              ko: `${josa(link, '은/는')} 이 해시가 고른 링크가 아닙니다. ${policy} 해시에 들어가는 ${WHAT[policy].ko}로 계산하면 ${josa(other === link ? right : other, '이/가')} 나옵니다.`,
              en: `${link} is not what this hash picks: ${WHAT[policy].en}, fed into the ${policy} hash, give ${other === link ? right : other}.`,
            };
      return buildQuestion(
        meta,
        d.seed(),
        {
          ko: `bond0은 eno1, eno2를 묶은 802.3ad(LACP) 본드이고 \`bond-xmit-hash-policy ${policy}\`입니다. ${josa(`VM ${vmid}(${vm.ip}, ${vm.mac})`, '이/가')} 출발지 포트 ${josa(String(sport), '으로/로')} NAS(${nas.ip}, ${nas.mac})의 ${port}번 포트에 TCP로 연결합니다. 그 전에 오가는 ARP는 빼고 생각합니다. 이 연결의 SYN은 호스트의 어느 링크로 나갑니까?`,
          en: `bond0 is an 802.3ad (LACP) bond of eno1 and eno2 with \`bond-xmit-hash-policy ${policy}\`. VM ${vmid} (${vm.ip}, ${vm.mac}) connects from source port ${sport} to port ${port} of the NAS (${nas.ip}, ${nas.mac}). Leaving the ARP exchange before it aside, which link of the host carries this connection's SYN?`,
        },
        [
          { key: 'eno1', text: { ko: 'eno1', en: 'eno1' }, why: notLink('eno1') },
          { key: 'eno2', text: { ko: 'eno2', en: 'eno2' }, why: notLink('eno2') },
          {
            key: 'both',
            text: {
              ko: '패킷마다 eno1과 eno2를 번갈아 씁니다',
              en: 'eno1 and eno2 in turn, packet by packet',
            },
            why: {
              ko: '802.3ad는 흐름 하나를 늘 한 링크로 보내서 패킷 순서가 뒤바뀌지 않게 합니다. 패킷마다 링크를 번갈아 쓰는 것은 balance-rr입니다.',
              en: '802.3ad keeps each flow on one link so its packets stay in order; alternating links packet by packet is balance-rr.',
            },
          },
          {
            key: 'none',
            text: {
              ko: '본드가 보내지 못하고 버립니다',
              en: 'The bond cannot send it and drops it',
            },
            why: {
              ko: '두 링크 모두 살아 있고 LACP 협상도 끝났으므로 본드는 보낼 수 있습니다.',
              en: 'Both links are up and LACP has finished negotiating, so the bond can send.',
            },
          },
        ],
        right,
        told,
        {
          policy,
          vmMac: vm.mac,
          nasMac: nas.mac,
          vmIp: vm.ip,
          nasIp: nas.ip,
          sport,
          dport: port,
        },
      );
    },
  };
}

export const bondLinkLayer2 = bondLink('layer2', 'gen-bond-link-layer2', 2);
export const bondLinkLayer23 = bondLink('layer2+3', 'gen-bond-link-layer23', 3);
export const bondLinkLayer34 = bondLink('layer3+4', 'gen-bond-link-layer34', 3);
