/** Four parallel connections between the same two hosts: one link or both, by hash policy and ports. */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import type { Generator, Texts } from '../types.ts';
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
    const portless = policy === 'layer3+4' ? undefined : { ko: policy === 'layer2' ? '두 MAC 주소' : '두 MAC 주소와 두 IP 주소', en: policy === 'layer2' ? 'the two MACs' : 'the two MACs and IP addresses' };
    const notOne: Texts = {
      ko: '네 SYN이 한 링크로 몰리지 않았습니다. layer3+4 해시가 출발지 포트에 따라 두 링크를 모두 골랐습니다.',
      en: 'The four SYNs did not all take one link: the layer3+4 hash picked both links, depending on the source port.',
    };
    const notBoth: Texts = portless
      ? { ko: `${josa(policy, '은/는')} 포트를 보지 않습니다. 네 연결 모두 ${josa(portless.ko, '이/가')} 같아서 해시도 같고 링크도 하나입니다.`, en: `${policy} ignores ports: all four connections share ${portless.en}, so they hash the same and share one link.` }
      : { ko: 'layer3+4라도 연결을 링크에 나누는 것은 해시 값에 달려 있습니다. 이 네 출발지 포트는 모두 같은 링크를 가리켰습니다.', en: 'Even with layer3+4, the split depends on the hash values; these four source ports all pointed at the same link.' };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `bond0은 eno1, eno2를 묶은 802.3ad 본드이고 \`bond-xmit-hash-policy ${policy}\`입니다. ${josa(`VM ${vmid}(${vm.ip})`, '이/가')} NAS(${nas.ip})의 873번 포트에 출발지 포트 ${josa(sports.join(', '), '으로/로')} TCP 연결 네 개를 엽니다. 네 연결의 SYN은 호스트에서 어떻게 나갑니까?`,
        en: `bond0 is an 802.3ad bond of eno1 and eno2 with \`bond-xmit-hash-policy ${policy}\`. VM ${vmid} (${vm.ip}) opens four TCP connections to port 873 of the NAS (${nas.ip}) from source ports ${sports.join(', ')}. How do the four SYNs leave the host?`,
      },
      [
        {
          key: 'one',
          text: { ko: '넷 다 한 링크로 나갑니다', en: 'All four on one link' },
          why: notOne,
        },
        {
          key: 'both',
          text: {
            ko: '두 링크에 나뉘어 나갑니다',
            en: 'Spread over both links',
          },
          why: notBoth,
        },
        {
          key: 'alternate',
          text: {
            ko: '패킷마다 링크를 번갈아 씁니다',
            en: 'Alternating links packet by packet',
          },
          why: {
            ko: '802.3ad는 흐름 하나를 한 링크에 두어 패킷 순서를 지킵니다. 패킷마다 링크를 번갈아 쓰는 것은 balance-rr입니다.',
            en: '802.3ad keeps each flow on one link to keep its packets in order; alternating links packet by packet is balance-rr.',
          },
        },
        {
          key: 'none',
          text: {
            ko: '본드가 보내지 못합니다',
            en: 'The bond sends none of them',
          },
          why: {
            ko: '두 링크 모두 살아 있고 LACP 협상도 끝났으므로 본드는 네 연결을 모두 보냅니다.',
            en: 'Both links are up and LACP has finished negotiating, so the bond sends all four.',
          },
        },
      ],
      right,
      policy === 'layer3+4'
        ? {
            ko: `layer3+4는 포트까지 해시에 넣으므로 출발지 포트가 다른 연결은 다른 링크로 갈 수 있습니다. 이 네 포트로는 ${right === 'both' ? '두 링크에 나뉘었습니다' : '해시가 모두 같은 링크를 가리켰습니다'}.`,
            en: `layer3+4 hashes the ports too, so connections from different source ports can take different links; with these four ports they ${right === 'both' ? 'were spread over both' : 'happened to all hash to one link'}.`,
          }
        : {
            ko: `${josa(policy, '은/는')} 포트를 보지 않습니다. 같은 두 호스트 사이의 연결은 모두 해시가 같아서 한 링크만 씁니다.`,
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
