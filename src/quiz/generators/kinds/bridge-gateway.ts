/** A bridged VM's gateway is the router, the Proxmox host or nobody: does its ping to the web get out? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { probe } from '../run.ts';
import type { Generator } from '../types.ts';
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
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `브리지 모드 사무실 LAN입니다. 사무실 라우터는 192.168.10.1이고, Proxmox 호스트는 vmbr0에 192.168.10.2를 두었으며 ip_forward는 0입니다. 192.168.10.254는 아무도 쓰지 않습니다. VM ${vmid}(${vmIp}/24)의 게이트웨이를 ${gateway}로 설정했습니다. VM에서 라우터 너머 웹 서버 ${webIp}로 핑을 보내면 어떻게 됩니까?`,
        en: `A bridged office LAN: the office router is 192.168.10.1; the Proxmox host has 192.168.10.2 on vmbr0 with ip_forward 0; nobody uses 192.168.10.254. VM ${vmid} (${vmIp}/24) has its gateway set to ${gateway}. What happens when it pings the web server ${webIp} behind the router?`,
      },
      [
        {
          key: 'answered',
          text: { ko: '웹 서버가 응답합니다', en: 'The web server answers' },
        },
        {
          key: 'pve',
          text: {
            ko: 'Proxmox 호스트가 받아서 버립니다(포워딩 꺼짐)',
            en: 'The Proxmox host takes it and drops it (forwarding off)',
          },
        },
        {
          key: vmNode(vmid),
          text: {
            ko: '게이트웨이가 ARP에 답하지 않아 VM에서 나가지 못합니다',
            en: 'The gateway never answers ARP, so it never leaves the VM',
          },
        },
        {
          key: 'router',
          text: {
            ko: '사무실 라우터가 버립니다',
            en: 'The office router drops it',
          },
        },
      ],
      right,
      run.story,
      { gateway },
    );
  },
};
