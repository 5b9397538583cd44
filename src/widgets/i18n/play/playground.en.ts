/** Strings of the config playground (editor, diagnostics, share, run and probes). Korean in 합니다 style with the established terms. (English.) */
import { registerLocale } from '../registry.ts';

const en = {
  title: 'Config playground',
  intro: 'Edit an /etc/network/interfaces file. Problems are checked as you type; Run builds the network on the simulator.',
  preset: 'Start from',
  presetNames: { bridge: 'Default bridge', routed: 'Routed', nat: 'NAT with port forward', bond: 'Bond under a bridge (LACP)' },
  editorLabel: 'Contents of /etc/network/interfaces',
  editorHelp: 'Tab indents. Press Escape, then Tab, to leave the editor.',
  tabReleased: 'Tab now moves to the next control.',
  run: 'Run',
  reset: 'Reset',
  resetDone: 'The configuration was reset to the preset.',
  share: 'Share',
  copied: 'Link copied to the clipboard.',
  copyFailed: 'Could not copy. Copy the link from the address bar.',
  restored: 'Configuration restored from the shared link.',
  problems: 'Problems',
  checking: 'Checking…',
  counts: (e: number, w: number, i: number) =>
    [e && `${e} ${e === 1 ? 'error' : 'errors'}`, w && `${w} ${w === 1 ? 'warning' : 'warnings'}`, i && `${i} ${i === 1 ? 'note' : 'notes'}`]
      .filter(Boolean)
      .join(', ') || 'No problems found.',
  severity: { error: 'error', warning: 'warning', info: 'note' },
  hint: 'hint',
  goTo: (line: number, col: number) => `Go to line ${line}, column ${col}`,
  runBlocked: 'Fix the errors first: the file would not come up on a real host either.',
  runHeading: 'Your config, running',
  runIntro: 'The host runs your file; the guests and the outside world come from the preset. Unplug a cable in the diagram, or send a probe.',
  probeHeading: 'Send a probe',
  from: 'From',
  to: 'To (IPv4 address)',
  kind: 'Probe',
  kinds: { ping: 'ping (3 echo requests)', tcp: 'TCP connect' },
  portLabel: 'TCP port',
  send: 'Send',
  suggestions: 'Try',
  badAddress: (v: string) => `'${v}' is not an IPv4 address (write it like 192.0.2.80).`,
  badPort: 'The port must be a number from 1 to 65535.',
  probeTitle: (kind: string, from: string, to: string) => `${kind} from ${from} to ${to}`,
  ping: {
    ok: (r: number, s: number) => `All ${r} of ${s} replies came back.`,
    partial: (r: number, s: number) => `${r} of ${s} replies came back.`,
    timeout: () => 'No reply: the requests or the replies were lost on the way.',
    unreachable: () => 'Destination unreachable: a router on the way said it cannot deliver.',
    ttl_exceeded: () => 'Time to live exceeded: the packet went round in circles.',
    no_route: () => 'No route: the sender does not know where to send it.',
    pending: () => 'Still waiting for replies.',
  },
  tcp: {
    established: (port: number) => `Connected: something listens on port ${port}.`,
    refused: (port: number) => `Refused: the host answered, but nothing listens on port ${port}.`,
    timeout: () => 'No answer: the connection attempt timed out.',
    unreachable: () => 'Destination unreachable.',
    pending: () => 'Still connecting.',
  },
  seenAs: (src: string, sport: number) => `The server saw the connection come from ${src}:${sport}.`,
  traceHeading: (n: number) => `What the kernel did (${n} steps)`,
  traceMore: (n: number) => `… and ${n} more steps.`,
  linkToggled: (label: string, up: boolean) => `${label}: ${up ? 'plugged in' : 'unplugged'}.`,
  tablesHeading: 'Tables after the last probe',
  runError: 'This configuration could not be brought up on the simulator. Check the problems above, or reset.',
};

export type PlaygroundStrings = typeof en;

registerLocale('en', { playground: en });
