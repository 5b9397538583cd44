/** active-backup with a primary: a cable is pulled (or none): which link carries the VM's traffic now? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { probe } from '../run.ts';
import type { Generator } from '../types.ts';
import { bondWorld, vmNode } from '../worlds.ts';

const meta = {
  id: 'gen-bond-cable-pulled',
  mode: 'bond',
  difficulty: 2,
} as const;

export const bondCablePulled: Generator = {
  ...meta,
  title: {
    ko: 'active-backup 본드에서 케이블을 뽑은 뒤 쓰이는 링크',
    en: 'Which link an active-backup bond uses after a cable is pulled',
  },
  generate(seed) {
    const d = draw(seed);
    const vmid = d.int(100, 199);
    const [vmN, nasN] = d.distinct(2, 3, 250) as [number, number];
    const vm = { vmid, ip: `192.168.10.${vmN}`, mac: d.mac() };
    const nas = { ip: `192.168.10.${nasN}`, mac: d.mac(), ports: [] };
    const primary = d.pick(['eno1', 'eno2']);
    const pulled = d.pick(['eno1', 'eno2', 'none']);
    const world = bondWorld({ mode: 'active-backup', primary, vm, nas });
    if (pulled !== 'none') world.sim.setLinkUp(world.sim.linkBetween({ node: 'pve', port: pulled })!, false);
    // Longer than bond-miimon 100: the bond has noticed the dead link before the ping.
    world.sim.advance(500);
    const run = probe(world, { kind: 'ping', from: vmNode(vmid), to: nas.ip });
    const right = run.slaves[0] ?? 'none';
    const cable =
      pulled === 'none'
        ? {
            ko: '케이블은 모두 꽂혀 있습니다',
            en: 'both cables are plugged in',
          }
        : {
            ko: `${pulled}의 케이블을 뽑은 지 1초가 지났습니다`,
            en: `${pulled}'s cable was pulled a second ago`,
          };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `bond0은 eno1, eno2를 묶은 active-backup 본드이고 \`bond-primary ${primary}\`, \`bond-miimon 100\`입니다. ${cable.ko}. 지금 VM ${vmid}(${vm.ip})가 NAS(${nas.ip})로 핑을 보내면 요청은 호스트의 어느 링크로 나갑니까?`,
        en: `bond0 is an active-backup bond of eno1 and eno2 with \`bond-primary ${primary}\` and \`bond-miimon 100\`; ${cable.en}. VM ${vmid} (${vm.ip}) now pings the NAS (${nas.ip}). Which link of the host carries the request?`,
      },
      [
        { key: 'eno1', text: { ko: 'eno1', en: 'eno1' } },
        { key: 'eno2', text: { ko: 'eno2', en: 'eno2' } },
        {
          key: 'both',
          text: { ko: '두 링크로 같이 나갑니다', en: 'Both links at once' },
        },
        {
          key: 'none',
          text: { ko: '어느 링크로도 나가지 않습니다', en: 'Neither link' },
        },
      ],
      right,
      {
        ko: `active-backup은 한 번에 한 링크만 씁니다. 살아 있으면 primary(${primary})를, 그 링크가 죽으면 남은 링크를 씁니다. ${run.story.ko}`,
        en: `active-backup uses one link at a time: the primary (${primary}) while it is up, the other one when it is down. ${run.story.en}`,
      },
      { primary, pulled },
    );
  },
};
