/**
 * Which of the bond's two links carries one TCP connection, for each transmit hash policy: the
 * numbers (MACs, addresses, ports) come from the seed, the kernel's bond picks the link.
 */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { story } from '../run.ts';
import { probeFate } from '../../sim/probe.ts';
import type { Generator } from '../types.ts';
import { bondWorld, vmNode, type HashPolicy } from '../worlds.ts';

const WHAT: Record<HashPolicy, { ko: string; en: string }> = {
  layer2: { ko: '출발지와 목적지 MAC', en: 'the source and destination MACs' },
  'layer2+3': { ko: 'MAC과 IP 주소', en: 'the MACs and IP addresses' },
  'layer3+4': { ko: 'IP 주소와 포트', en: 'the IP addresses and ports' },
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
      const fate = probeFate(trace, {
        kind: 'tcp',
        from: vmNode(vmid),
        to: nas.ip,
        port,
      });
      const run = { story: story(world, [...fate.hops, ...fate.replyHops]) };
      return buildQuestion(
        meta,
        d.seed(),
        {
          ko: `bond0은 eno1, eno2를 묶은 802.3ad(LACP) 본드이고 \`bond-xmit-hash-policy ${policy}\`입니다. VM ${vmid}(${vm.ip}, ${vm.mac})가 출발지 포트 ${sport}로 NAS(${nas.ip}, ${nas.mac})의 ${port}번 포트에 TCP로 연결합니다. ARP는 이미 끝났습니다. 이 연결의 SYN은 호스트의 어느 링크로 나갑니까?`,
          en: `bond0 is an 802.3ad (LACP) bond of eno1 and eno2 with \`bond-xmit-hash-policy ${policy}\`. VM ${vmid} (${vm.ip}, ${vm.mac}) connects from source port ${sport} to port ${port} of the NAS (${nas.ip}, ${nas.mac}); ARP is already done. Which link of the host carries this connection's SYN?`,
        },
        [
          { key: 'eno1', text: { ko: 'eno1', en: 'eno1' } },
          { key: 'eno2', text: { ko: 'eno2', en: 'eno2' } },
          {
            key: 'both',
            text: {
              ko: '패킷마다 eno1과 eno2를 번갈아 씁니다',
              en: 'eno1 and eno2 in turn, packet by packet',
            },
          },
          {
            key: 'none',
            text: {
              ko: '본드가 보내지 못하고 버립니다',
              en: 'The bond cannot send it and drops it',
            },
          },
        ],
        right,
        {
          ko: `${policy} 해시는 ${WHAT[policy].ko}만 보고 링크를 고릅니다. 같은 값이면 늘 같은 링크이고, 이 연결의 해시는 ${right}를 가리킵니다. ${run.story.ko}`,
          en: `The ${policy} hash looks only at ${WHAT[policy].en}: the same values always pick the same link, and this connection's hash picks ${right}. ${run.story.en}`,
        },
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
