/** active-backup with a primary: a cable is pulled (or none): which link carries the VM's traffic now? */
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { probe } from '../run.ts';
import { josa } from '../../../i18n/josa.ts';
import type { Generator, Texts } from '../types.ts';
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
            ko: `${pulled}의 케이블을 뽑은 지 0.5초가 지났습니다`,
            en: `${pulled}'s cable was pulled half a second ago`,
          };
    const other = primary === 'eno1' ? 'eno2' : 'eno1';
    const told: Texts =
      pulled === 'none'
        ? { ko: `두 링크가 모두 살아 있으면 active-backup은 primary인 ${primary}만 씁니다.`, en: `With both links up, active-backup uses only the primary, ${primary}.` }
        : pulled === primary
          ? { ko: `primary인 ${primary}의 케이블이 빠졌고, miimon(100ms)이 이를 알아채 본드가 ${josa(other, '으로/로')} 넘어갔습니다. active-backup은 살아 있는 링크 하나만 씁니다.`, en: `The primary ${primary} lost its cable; miimon (100 ms) noticed and the bond moved to ${other}. active-backup uses one live link.` }
          : { ko: `빠진 것은 예비 링크인 ${pulled}이므로 본드는 primary인 ${josa(primary, '으로/로')} 계속 보냅니다.`, en: `The cable pulled was the backup link ${pulled}, so the bond keeps sending on the primary, ${primary}.` };
    const notLink = (link: string): Texts =>
      link === pulled
        ? { ko: `${josa(link, '은/는')} 케이블이 빠져 있어 본드가 쓰지 않습니다. miimon이 100ms마다 링크를 확인해 이미 알아챘습니다.`, en: `${link} has no cable, so the bond does not use it; miimon checks the links every 100 ms and has noticed.` }
        : { ko: `${josa(link, '은/는')} 예비 링크입니다. primary ${josa(primary, '이/가')} 살아 있는 동안에는 쓰이지 않습니다.`, en: `${link} is the backup link; it is not used while the primary ${primary} is up.` };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `bond0은 eno1, eno2를 묶은 active-backup 본드이고 \`bond-primary ${primary}\`, \`bond-miimon 100\`입니다. ${cable.ko}. 지금 ${josa(`VM ${vmid}(${vm.ip})`, '이/가')} ${josa(`NAS(${nas.ip})`, '으로/로')} 핑을 보내면 요청은 호스트의 어느 링크로 나갑니까?`,
        en: `bond0 is an active-backup bond of eno1 and eno2 with \`bond-primary ${primary}\` and \`bond-miimon 100\`; ${cable.en}. VM ${vmid} (${vm.ip}) now pings the NAS (${nas.ip}). Which link of the host carries the request?`,
      },
      [
        { key: 'eno1', text: { ko: 'eno1', en: 'eno1' }, why: notLink('eno1') },
        { key: 'eno2', text: { ko: 'eno2', en: 'eno2' }, why: notLink('eno2') },
        {
          key: 'both',
          text: { ko: '두 링크로 같이 나갑니다', en: 'Both links at once' },
          why: {
            ko: 'active-backup은 한 번에 한 링크만 씁니다. 두 링크를 함께 쓰는 것은 802.3ad나 balance 계열 모드입니다.',
            en: 'active-backup uses one link at a time; using both together is what 802.3ad and the balance modes do.',
          },
        },
        {
          key: 'none',
          text: { ko: '어느 링크로도 나가지 않습니다', en: 'Neither link' },
          why:
            pulled === 'none'
              ? { ko: '두 링크가 다 살아 있으므로 본드는 primary로 보냅니다.', en: 'Both links are up, so the bond sends on the primary.' }
              : { ko: '링크 하나가 살아 있는 한 active-backup은 그 링크로 보냅니다. 장애 대비가 이 모드의 목적입니다.', en: 'As long as one link is up, active-backup sends on it; surviving a failure is the point of the mode.' },
        },
      ],
      right,
      told,
      { primary, pulled },
    );
  },
};
