/** English text of the routed-vs-NAT comparison (an English page's island loads only this file). */
import { registerLocale } from '../registry.ts';

export const rvnEn = {
  title: 'Lab: the same requests, routed and NAT side by side',
  inTarget: (routed: string, nat: string) => `Routed: connects to ${routed}. NAT: connects to ${nat} (the only public address).`,
  tableCaption: 'Routed vs NAT, measured on the kernel',
  colAspect: 'Aspect',
  differs: 'differs',
  notYet: 'run the requests above to see',
  goals: {
    routed: {
      text: 'Reach the routed guest’s SSH from the internet, with no iptables rule on the host.',
      hint: 'Press "The internet host opens SSH to the guest in both" and watch the routed side: the connection goes straight to 203.0.113.18:22.',
    },
    forward: {
      text: 'See the NAT side refuse that connection, then let it through with a port forward.',
      hint: 'Open SSH from the internet host first: 198.51.100.5:2222 lands on the host itself, which refuses it. Then add the port forward and try again.',
    },
    provider: {
      text: 'Compare what the provider sees: the host’s MAC on both sides, but different source addresses.',
      hint: 'Press "Both guests ping the internet host" and read the last row of the table.',
    },
  },
  rows: {
    addressing: 'Guest addressing',
    setup: 'Set-up on the host',
    inbound: 'Reaching the guest from outside',
    publicIps: 'Public addresses needed',
    providerView: 'What the provider sees',
  },
  values: {
    address: (addr: string, isPublic: boolean) => `${addr} (${isPublic ? 'public, routed to the host' : 'private, behind the host'})`,
    setup: (sysctls: string[], rules: number) => `${sysctls.join(', ')}; ${rules} iptables ${rules === 1 ? 'rule' : 'rules'}`,
    inboundOk: (target: string, viaRule: boolean) => `works: ${target}${viaRule ? ' (only through the DNAT port forward)' : ' (directly, no extra rule)'}`,
    inboundFail: (target: string, outcome: string) => `fails: ${target} → ${outcome} (no rule maps it to a guest)`,
    publicIps: (n: number, list: string) => `${n}: ${list}`,
    providerView: (src: string, macs: string) => `packets come from ${src}; the provider's switch sees MAC ${macs}`,
  },
};

export type RvnStrings = typeof rvnEn;

registerLocale('en', { rvn: rvnEn });
