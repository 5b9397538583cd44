/** A bridged VM's gateway is the router, the Proxmox host or nobody: does its ping to the web get out? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { josa } from '../../../i18n/josa.ts';
import { pathOf, probe } from '../run.ts';
import type { Generator, Texts } from '../types.ts';
import { lanWorld, vmNode } from '../worlds.ts';

const meta = {
  id: 'gen-bridge-gateway',
  mode: 'bridge',
  difficulty: 3,
} as const;

export const bridgeGateway: Generator = {
  ...meta,
  title: {
    ko: '브리지 VM의 게이트웨이를 잘못 적었을 때 외부 핑의 운명',
    en: "A bridged VM's gateway set wrong: what happens to a ping outside",
  },
  generate(seed) {
    const d = draw(seed);
    const vmid = d.int(100, 199);
    const vmIp = `192.168.10.${d.int(20, 250)}`;
    const webIp = `192.0.2.${d.int(10, 250)}`;
    const gateway = d.pick(['192.168.10.1', '192.168.10.2', '192.168.10.254']);
    const world = lanWorld({
      hostIp: '192.168.10.2',
      laptop: { ip: '192.168.10.15', mac: d.mac() },
      webIp,
      vms: [{ vmid, cidr: `${vmIp}/24`, mac: d.mac(), gateway }],
    });
    const run = probe(world, { kind: 'ping', from: vmNode(vmid), to: webIp });
    const right = run.answered ? 'answered' : run.outcome.result === 'dropped' ? run.outcome.at : 'lost';
    const vm = `VM ${vmid}`;
    const path = pathOf(world, run.hops);
    const vmKey = vmNode(vmid);
    // What happened, told per outcome; `wrong` says why each other outcome did not happen.
    const told: Record<string, Texts> = {
      answered: {
        ko: `${josa(webIp, '은/는')} VM의 서브넷 밖이라 VM이 게이트웨이 192.168.10.1(사무실 라우터)의 MAC으로 보냈고, 라우터가 웹 서버로 라우팅했습니다. 요청은 ${josa(path.ko, '으로/로')} 갔고 응답도 라우터를 거쳐 돌아왔습니다.`,
        en: `${webIp} is outside the VM's subnet, so the VM sent to the MAC of its gateway 192.168.10.1 (the office router), which routed it to the web server. The request went ${path.en}, and the reply came back through the router.`,
      },
      pve: {
        ko: '게이트웨이 192.168.10.2는 호스트의 vmbr0 주소라서 호스트가 ARP에 답하고 패킷을 받습니다. 하지만 ip_forward가 0인 호스트는 자기 주소로 온 것이 아닌 패킷을 넘기지 않고 버립니다.',
        en: 'The gateway 192.168.10.2 is the host\'s address on vmbr0, so the host answers the ARP and takes the packet; with ip_forward 0 it drops a packet that is not addressed to itself.',
      },
      [vmKey]: {
        ko: `192.168.10.254는 아무도 쓰지 않아 ${vm}의 ARP 요청에 답이 없습니다. 게이트웨이의 MAC을 모르니 에코 요청은 VM을 떠나지 못합니다.`,
        en: `Nobody has 192.168.10.254, so ${vm}'s ARP request gets no answer; without the gateway's MAC the echo request never leaves the VM.`,
      },
      router: { ko: '커널에서 사무실 라우터가 패킷을 버렸습니다.', en: 'In the kernel run the office router dropped the packet.' },
      lost: { ko: '커널에서 핑이 어디서 끝났는지 알 수 없습니다.', en: 'The kernel run does not show where the ping ended.' },
    };
    const notAnswered: Texts =
      right === 'pve'
        ? { ko: '게이트웨이가 호스트라서 패킷이 사무실 라우터에 닿지 않습니다. ip_forward가 0인 호스트는 넘겨 주지 않습니다.', en: 'With the host as gateway the packet never reaches the office router: the host has ip_forward 0 and does not pass it on.' }
        : { ko: '게이트웨이 192.168.10.254가 ARP에 답하지 않아서 패킷이 VM을 떠나지 못합니다.', en: 'The gateway 192.168.10.254 never answers ARP, so the packet never leaves the VM.' };
    const notHost: Texts =
      gateway === '192.168.10.1'
        ? { ko: '게이트웨이가 사무실 라우터라서 패킷은 호스트의 IP 계층을 거치지 않습니다. vmbr0은 프레임을 브리지할 뿐 라우팅하지 않습니다.', en: "With the office router as gateway the packet never enters the host's IP layer: vmbr0 only bridges the frame." }
        : { ko: '192.168.10.254는 호스트의 주소가 아니라서 호스트는 ARP에 답하지 않고 패킷을 받지도 않습니다.', en: 'The host does not have 192.168.10.254, so it neither answers the ARP nor takes the packet.' };
    const notArp: Texts =
      gateway === '192.168.10.1'
        ? { ko: '192.168.10.1은 사무실 라우터의 주소라서 라우터가 ARP에 답합니다. 패킷은 VM을 떠납니다.', en: '192.168.10.1 is the office router, which answers the ARP; the packet leaves the VM.' }
        : { ko: '192.168.10.2는 호스트의 vmbr0 주소라서 호스트가 ARP에 답합니다. 패킷은 VM을 떠나 호스트로 갑니다.', en: "192.168.10.2 is the host's vmbr0 address, so the host answers the ARP; the packet leaves the VM for the host." };
    const notRouter: Texts =
      right === 'answered'
        ? { ko: `사무실 라우터는 ${josa(webIp, '이/가')} 있는 192.0.2.0/24에 직접 붙어 있어서 웹 서버로 넘깁니다.`, en: `The office router is directly on 192.0.2.0/24, where ${webIp} is, and passes the packet on.` }
        : right === 'pve'
          ? { ko: '패킷은 사무실 라우터까지 가지 않습니다. 게이트웨이인 호스트에서 끝납니다.', en: 'The packet never gets to the office router: it ends at the host, its gateway.' }
          : { ko: '패킷은 VM을 떠나지도 못해서 사무실 라우터에 닿지 않습니다.', en: 'The packet never leaves the VM, so it never reaches the office router.' };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `브리지 모드 사무실 LAN입니다. 사무실 라우터는 192.168.10.1이고, Proxmox 호스트는 vmbr0에 192.168.10.2를 두었으며 ip_forward는 0입니다. 192.168.10.254는 아무도 쓰지 않습니다. VM ${vmid}(${vmIp}/24)의 게이트웨이를 ${josa(gateway, '으로/로')} 설정했습니다. VM에서 라우터 너머의 웹 서버 ${josa(webIp, '으로/로')} 핑을 보내면 어떻게 됩니까?`,
        en: `A bridged office LAN: the office router is 192.168.10.1; the Proxmox host has 192.168.10.2 on vmbr0 with ip_forward 0; nobody uses 192.168.10.254. VM ${vmid} (${vmIp}/24) has its gateway set to ${gateway}. What happens when it pings the web server ${webIp} behind the router?`,
      },
      [
        {
          key: 'answered',
          text: { ko: '웹 서버가 응답합니다', en: 'The web server answers' },
          why: notAnswered,
        },
        {
          key: 'pve',
          text: {
            ko: 'Proxmox 호스트가 받아서 버립니다(포워딩 꺼짐)',
            en: 'The Proxmox host takes it and drops it (forwarding off)',
          },
          why: notHost,
        },
        {
          key: vmNode(vmid),
          text: {
            ko: '게이트웨이가 ARP에 답하지 않아 VM에서 나가지 못합니다',
            en: 'The gateway never answers ARP, so it never leaves the VM',
          },
          why: notArp,
        },
        {
          key: 'router',
          text: {
            ko: '사무실 라우터가 버립니다',
            en: 'The office router drops it',
          },
          why: notRouter,
        },
      ],
      right,
      told[right]!,
      { gateway },
    );
  },
};
