/** Strings of the small-office lab (the illustrated server, cables and switch). Korean in 합니다 style with the established terms. (English.) */
import { registerLocale } from '../registry.ts';
const en = {
  title: 'The small office: one server, two cables',
  intro: 'The office server has two LAN ports, both cabled to the office switch. Underneath, this is the real bond lab: every button is a kernel action.',
  figure: 'Illustration: the office server with two LAN ports, two cables to the office switch, and four desks with PCs.',
  server: 'Office server',
  switchLabel: 'Office switch',
  desk: (n: number) => `Desk ${n}`,
  cable: { eno1: 'cable A', eno2: 'cable B' },
  port: { eno1: 'LAN 1', eno2: 'LAN 2' },
  unplug: (cable: string) => `Unplug ${cable}`,
  plug: (cable: string) => `Plug ${cable} back in`,
  lacpOn: 'Turn on LACP (both cables at once)',
  lacpOff: 'Turn LACP off (one cable, one spare)',
  lacpState: (on: boolean): string => (on ? 'LACP is on: bond-mode 802.3ad' : 'LACP is off: bond-mode active-backup'),
  load: (cable: string, pct: number) => `${cable}: ${pct}% of the traffic`,
  unpluggedTag: 'unplugged',
  spareTag: 'spare',
  service: (ok: boolean): string => (ok ? 'Service: running' : 'Service: down'),
  storyUnplug: (cable: string, other: string) => `You pulled ${cable}. The server keeps working over ${other}.`,
  storyUnplugBoth: 'With both cables out, nothing reaches the server any more.',
  storyPlug: (cable: string) => `${cable} is back. The bond takes it into use at its next check.`,
  storyLacpOn: 'With LACP the switch and the server agree that the two cables form one link: both carry traffic.',
  storyLacpOff: 'Without LACP the bond uses one cable and keeps the other as a spare.',
  storyReset: 'The office is back as it started: both cables plugged in, LACP off.',
  mapHeading: 'From the picture to the config',
  mapPicture: 'In the picture',
  mapConfig: 'In /etc/network/interfaces',
  mapMeaning: 'What it does',
  map: [
    { part: 'The two LAN ports', meaning: 'Each physical port gets a stanza with no address of its own: it only serves the bond.' },
    { part: 'Two cables tied into one', meaning: 'bond0 is the one “stronger leg” made of both ports.' },
    { part: 'How the cables share the work', meaning: 'active-backup: one cable works, one waits. 802.3ad: both work, if the switch speaks LACP.' },
    { part: 'Checking the cables', meaning: 'Every 100 ms the bond checks each cable; a dead one is taken out of use at the next check.' },
    { part: 'The PCs see one server', meaning: 'The bridge vmbr0 sits on top of the bond; the server’s address (and its guests) live there.' },
  ],
  configLabel: 'The configuration this picture stands for',
  goals: {
    failover: {
      text: 'Pull the cable that carries the office’s traffic and keep the server reachable.',
      hint: 'Unplug cable A, the busy one in the picture. The bond moves to cable B at its next check; the story under the buttons says how few pings were lost.',
    },
    back: {
      text: 'Plug that cable back in and see the traffic return to it.',
      hint: 'After pulling cable A, plug it back in. The config names eno1 (cable A) as bond-primary, so the bond moves the traffic back to it.',
    },
    lacp: {
      text: 'Turn on LACP and see both cables share the traffic.',
      hint: 'With both cables plugged in, turn on LACP: the bond switches to 802.3ad, the switch agrees, and each cable carries part of the traffic.',
    },
  },
};

export type OfficeStrings = typeof en;

registerLocale('en', { office: en });
