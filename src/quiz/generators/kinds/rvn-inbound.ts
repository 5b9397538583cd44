/** An outside client tries to open the VM's SSH: routed, NAT without a forward, NAT with one, or the private address. */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { probe } from '../run.ts';
import type { Generator } from '../types.ts';
import { natWorld, routedWorld, vmNode } from '../worlds.ts';

const meta = {
  id: 'gen-rvn-inbound',
  mode: 'routed-vs-nat',
  difficulty: 2,
} as const;

export type InboundCase = 'routed' | 'nat-forward' | 'nat-no-forward' | 'nat-private';

export const rvnInbound: Generator = {
  ...meta,
  title: {
    ko: '외부에서 VM의 SSH에 연결: 라우팅, NAT, 포트 포워딩',
    en: "Opening a VM's SSH from outside: routed, NAT, port forward",
  },
  generate(seed) {
    const d = draw(seed);
    const vmid = d.int(100, 199);
    const kind = d.pick<InboundCase>(['routed', 'nat-forward', 'nat-no-forward', 'nat-private']);
    const webIp = `192.0.2.${d.int(10, 250)}`;
    const hostPort = d.pick([2222, 8022, 10022]);
    let world;
    let target: string;
    let port: number;
    let setup: { ko: string; en: string };
    if (kind === 'routed') {
      const hostIp = `198.51.100.${d.int(2, 6)}`;
      const vmIp = `203.0.113.${d.int(18, 30)}`;
      world = routedWorld({
        hostIp,
        webIp,
        vm: { vmid, ip: vmIp, listen: [22] },
      });
      [target, port] = [vmIp, 22];
      setup = {
        ko: `라우팅 모드에서 VM ${vmid}는 공인 주소 ${vmIp}를 씁니다(호스트 eno0 ${hostIp})`,
        en: `Routed: VM ${vmid} uses the public address ${vmIp} (host eno0 ${hostIp})`,
      };
    } else {
      const hostIp = `198.51.100.${d.int(2, 250)}`;
      const vmIp = `10.10.10.${d.int(2, 250)}`;
      const forwards = kind === 'nat-forward' ? [{ hostPort, vmPort: 22 }] : [];
      world = natWorld({
        hostIp,
        webIp,
        vm: { vmid, ip: vmIp, listen: [22] },
        forwards,
      });
      [target, port] = kind === 'nat-private' ? [vmIp, 22] : [hostIp, hostPort];
      const rule =
        kind === 'nat-forward'
          ? {
              ko: `포트 포워딩 ${hostPort} -> ${vmIp}:22가 있습니다`,
              en: `a port forward ${hostPort} -> ${vmIp}:22 is in place`,
            }
          : {
              ko: '포트 포워딩 규칙은 없습니다',
              en: 'there is no port forward',
            };
      setup = {
        ko: `NAT 모드에서 VM ${vmid}는 ${vmIp}를 쓰고(호스트 vmbr0 ${hostIp}) ${rule.ko}`,
        en: `NAT: VM ${vmid} uses ${vmIp} (host vmbr0 ${hostIp}) and ${rule.en}`,
      };
    }
    const run = probe(world, { kind: 'tcp', from: 'web', to: target, port });
    const answer = world.sim.trace.find((ev) => ev.code === 'tcp.syn_ack' || ev.code === 'tcp.rst');
    const right =
      run.outcome.result === 'delivered' && answer?.code === 'tcp.syn_ack' && answer.node === vmNode(vmid)
        ? 'vm'
        : answer?.code === 'tcp.rst'
          ? 'refused'
          : run.outcome.result === 'dropped' && run.outcome.at === 'gw'
            ? 'gw'
            : 'lost';
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `${setup.ko}. VM은 22번(SSH)에서 기다립니다. 외부의 ${webIp}가 ${target}:${port}에 TCP로 연결하면 어떻게 됩니까?`,
        en: `${setup.en}. The VM listens on 22 (SSH). What happens when ${webIp} outside connects to ${target}:${port}?`,
      },
      [
        {
          key: 'vm',
          text: {
            ko: `VM ${vmid}의 SSH가 연결을 받습니다`,
            en: `VM ${vmid}'s SSH accepts it`,
          },
        },
        {
          key: 'refused',
          text: {
            ko: 'Proxmox 호스트가 RST로 거절합니다',
            en: 'The Proxmox host refuses it with a RST',
          },
        },
        {
          key: 'gw',
          text: {
            ko: '웹 서버 쪽 게이트웨이가 그 주소로 가는 경로가 없어 버립니다',
            en: "The web server's gateway has no route to that address and drops it",
          },
        },
        {
          key: 'lost',
          text: {
            ko: '호스트까지 가지만 VM에 닿지 못하고 사라집니다',
            en: 'It reaches the host but is lost before the VM',
          },
        },
      ],
      right,
      run.story,
      { kind },
    );
  },
};
