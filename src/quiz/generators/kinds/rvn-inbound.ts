/** An outside client tries to open the VM's SSH: routed, NAT without a forward, NAT with one, or the private address. */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import { probe } from '../run.ts';
import type { Generator, Texts } from '../types.ts';
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
    let setup: Texts;
    let vmIp: string;
    let hostIp: string;
    if (kind === 'routed') {
      hostIp = `198.51.100.${d.int(2, 6)}`;
      vmIp = `203.0.113.${d.int(18, 30)}`;
      world = routedWorld({
        hostIp,
        webIp,
        vm: { vmid, ip: vmIp, listen: [22] },
      });
      [target, port] = [vmIp, 22];
      setup = {
        ko: `라우팅 모드에서 ${josa(`VM ${vmid}`, '은/는')} 공인 주소 ${josa(vmIp, '을/를')} 씁니다(호스트 eno0 ${hostIp})`,
        en: `Routed: VM ${vmid} uses the public address ${vmIp} (host eno0 ${hostIp})`,
      };
    } else {
      hostIp = `198.51.100.${d.int(2, 250)}`;
      vmIp = `10.10.10.${d.int(2, 250)}`;
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
              ko: `포트 포워딩 ${hostPort} -> ${josa(`${vmIp}:22`, '이/가')} 있습니다`,
              en: `a port forward ${hostPort} -> ${vmIp}:22 is in place`,
            }
          : {
              ko: '포트 포워딩 규칙은 없습니다',
              en: 'there is no port forward',
            };
      setup = {
        ko: `NAT 모드에서 ${josa(`VM ${vmid}`, '은/는')} 사설 주소 ${josa(vmIp, '을/를')} 쓰고(호스트 vmbr0 ${hostIp}) ${rule.ko}`,
        en: `NAT: VM ${vmid} uses the private ${vmIp} (host vmbr0 ${hostIp}) and ${rule.en}`,
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
    const vm = `VM ${vmid}`;
    const told: Record<string, Texts> = {
      vm:
        kind === 'routed'
          ? { ko: `VM의 주소가 공인 주소이고 업체가 그 서브넷을 호스트로 보내므로, 호스트가 라우팅해 넘긴 SYN에 ${vm}의 SSH가 바로 답합니다.`, en: `The VM's address is public and the provider routes its subnet to the host, so the host forwards the SYN and ${vm}'s SSH answers it directly.` }
          : { ko: `${josa(`${hostIp}:${hostPort}`, '으로/로')} 온 SYN을 DNAT가 ${josa(`${vmIp}:22`, '으로/로')} 바꿔 VM에 넘기고, ${vm}의 SSH가 답합니다.`, en: `DNAT rewrites the SYN to ${hostIp}:${hostPort} into ${vmIp}:22 and passes it to the VM, whose SSH answers.` },
      refused: {
        ko: `포트 포워딩이 없으니 ${josa(`${hostIp}:${hostPort}`, '은/는')} 호스트 자신의 포트인데, 거기서 기다리는 프로그램이 없어 호스트가 RST로 거절합니다.`,
        en: `Without a port forward, ${hostIp}:${hostPort} is a port of the host itself, and nothing listens there, so the host refuses with a RST.`,
      },
      gw: {
        ko: `${josa(vmIp, '은/는')} 사설 주소라서 인터넷의 라우터에는 그리로 가는 경로가 없습니다. 웹 서버 쪽 게이트웨이가 패킷을 버리고, 패킷은 호스트까지 오지도 않습니다.`,
        en: `${vmIp} is a private address, and routers on the internet have no route to it: the web server's gateway drops the packet before it gets anywhere near the host.`,
      },
    };
    const notVm: Texts =
      kind === 'nat-no-forward'
        ? { ko: '포트 포워딩이 없으면 호스트로 온 연결은 VM으로 넘어가지 않습니다.', en: 'Without a port forward, a connection to the host never crosses to the VM.' }
        : { ko: `사설 주소 ${josa(vmIp, '으로/로')} 가는 패킷은 인터넷에서 호스트까지 오지 못합니다.`, en: `A packet for the private ${vmIp} cannot cross the internet to the host.` };
    const notRefused: Texts =
      kind === 'routed'
        ? { ko: `호스트는 ${josa(vmIp, '을/를')} 자기 주소로 갖지 않고 넘기기만 하므로, 답하는 것은 VM입니다.`, en: `The host does not own ${vmIp}; it only forwards, so the VM is the one that answers.` }
        : kind === 'nat-forward'
          ? { ko: `DNAT가 목적지를 VM으로 바꾸므로 SYN은 호스트의 ${hostPort}번 포트에 머물지 않고 VM에 갑니다.`, en: `DNAT rewrites the destination to the VM, so the SYN does not stay at the host's port ${hostPort}; it goes to the VM.` }
          : { ko: '패킷은 호스트에 닿지 않습니다. 그 전에 웹 서버 쪽 게이트웨이에서 끝납니다.', en: "The packet never reaches the host: it ends at the web server's gateway first." };
    const notGw: Texts =
      kind === 'routed'
        ? { ko: '업체 게이트웨이는 203.0.113.16/28을 호스트로 보내는 경로를 갖고 있어서 패킷을 넘깁니다.', en: "The provider's gateway has a route sending 203.0.113.16/28 to the host, so it passes the packet on." }
        : { ko: `목적지 ${josa(hostIp, '은/는')} 호스트의 공인 주소라서 게이트웨이가 그리로 가는 경로를 압니다.`, en: `The destination ${hostIp} is the host's public address, which the gateway knows how to reach.` };
    const notLost: Texts =
      kind === 'nat-private'
        ? { ko: '패킷이 사라지는 곳은 호스트가 아니라 그 앞의 게이트웨이입니다. 사설 주소로 가는 경로가 없어 거기서 버려집니다.', en: 'The packet is lost before the host, at the gateway: there is no route to a private address, so it is dropped there.' }
        : { ko: '호스트에는 패킷을 말없이 버리는 방화벽 규칙이 없습니다. 호스트에 닿은 SYN은 VM에 넘어가거나 호스트가 RST로 답합니다.', en: 'The host has no firewall rule dropping packets silently: a SYN that reaches it goes on to the VM or gets a RST from the host.' };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `${setup.ko}. VM은 22번(SSH)에서 기다립니다. 외부의 ${josa(webIp, '이/가')} ${target}:${port}에 TCP로 연결하면 어떻게 됩니까?`,
        en: `${setup.en}. The VM listens on 22 (SSH). What happens when ${webIp} outside connects to ${target}:${port}?`,
      },
      [
        {
          key: 'vm',
          text: {
            ko: `VM ${vmid}의 SSH가 연결을 받습니다`,
            en: `VM ${vmid}'s SSH accepts it`,
          },
          why: notVm,
        },
        {
          key: 'refused',
          text: {
            ko: 'Proxmox 호스트가 RST로 거절합니다',
            en: 'The Proxmox host refuses it with a RST',
          },
          why: notRefused,
        },
        {
          key: 'gw',
          text: {
            ko: '웹 서버 쪽 게이트웨이가 그 주소로 가는 경로가 없어 버립니다',
            en: "The web server's gateway has no route to that address and drops it",
          },
          why: notGw,
        },
        {
          key: 'lost',
          text: {
            ko: '호스트까지 가지만 VM에 닿지 못하고 사라집니다',
            en: 'It reaches the host but is lost before the VM',
          },
          why: notLost,
        },
      ],
      right,
      told[right] ?? run.story,
      { kind },
    );
  },
};
