/** Bridged or routed at a provider that accepts one MAC: does the VM's ping reach the web? */
import { DROPPED_BY_HOST, DROPPED_BY_PROVIDER_GATEWAY } from '../choices.ts';
import { buildQuestion } from '../question.ts';
import { draw } from '../random.ts';
import { probe } from '../run.ts';
import type { Generator } from '../types.ts';
import { routedWorld, vmNode } from '../worlds.ts';

const meta = {
  id: 'gen-routed-bridged-mac',
  mode: 'routed',
  difficulty: 2,
} as const;

export const routedBridgedMac: Generator = {
  ...meta,
  title: {
    ko: 'MAC 하나만 받는 업체에서 브리지와 라우팅의 차이',
    en: 'Bridged versus routed at a provider that accepts one MAC',
  },
  generate(seed) {
    const d = draw(seed);
    const vmid = d.int(100, 199);
    const [hostN, vmN] = d.distinct(2, 2, 6) as [number, number];
    const hostIp = `198.51.100.${hostN}`;
    const bridged = d.chance(0.5);
    const vmIp = bridged ? `198.51.100.${vmN}` : `203.0.113.${d.int(18, 30)}`;
    const webIp = `192.0.2.${d.int(10, 250)}`;
    const world = routedWorld({
      hostIp,
      webIp,
      vm: { vmid, ip: vmIp },
      bridged,
    });
    const run = probe(world, { kind: 'ping', from: vmNode(vmid), to: webIp });
    const right = run.answered ? 'answered' : run.outcome.at;
    const setup = bridged
      ? {
          ko: `eno0을 vmbr0에 브리지하고(호스트 ${hostIp}/29는 vmbr0로 옮김) VM ${vmid}에 같은 서브넷의 ${vmIp}/29를 주었습니다`,
          en: `eno0 is bridged into vmbr0 (the host's ${hostIp}/29 moved to vmbr0) and VM ${vmid} got ${vmIp}/29 from the same subnet`,
        }
      : {
          ko: `호스트는 eno0에 ${hostIp}/29를 두고 라우팅하며, VM ${vmid}는 vmbr0 뒤 ${vmIp}/28에 있습니다`,
          en: `the host keeps ${hostIp}/29 on eno0 and routes; VM ${vmid} is ${vmIp}/28 behind vmbr0`,
        };
    return buildQuestion(
      meta,
      d.seed(),
      {
        ko: `업체 스위치는 서버 포트에서 eno0의 MAC 하나만 받습니다. ${setup.ko}. VM ${vmid}에서 웹 서버 ${webIp}로 핑을 보내면 어떻게 됩니까?`,
        en: `The provider's switch accepts only eno0's MAC on the server's port. ${setup.en[0]!.toUpperCase()}${setup.en.slice(1)}. What happens when VM ${vmid} pings the web server ${webIp}?`,
      },
      [
        {
          key: 'answered',
          text: { ko: '웹 서버가 응답합니다', en: 'The web server answers' },
        },
        {
          key: 'provider',
          text: {
            ko: '업체 스위치가 VM의 MAC을 보고 버립니다',
            en: "The provider's switch drops it: the source MAC is the VM's",
          },
        },
        DROPPED_BY_HOST,
        DROPPED_BY_PROVIDER_GATEWAY,
      ],
      right,
      run.story,
      { bridged },
    );
  },
};
