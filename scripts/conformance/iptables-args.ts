/**
 * Turns the iptables arguments a scenario lists (the very text Linux runs) into the kernel's
 * structured rule. Only the options the scenarios use are understood; anything else is an error
 * naming the option, so a scenario can never silently test less than it says.
 */
import type { CtStateName, IptablesCommand, IptablesMatch, IptablesTarget, NfChain, NfTable, Policy, PortMatch } from '../../src/sim/index.ts';
import { shellWords } from './linux-build.ts';

function port(text: string): PortMatch {
  const [lo, hi] = text.split(':').map(Number);
  if (lo === undefined || !Number.isInteger(lo)) throw new Error(`bad port "${text}"`);
  return hi === undefined ? lo : [lo, hi];
}

/** `-P CHAIN ACCEPT|DROP` (a chain policy) or undefined when the text is a rule. */
export function iptablesPolicyOf(text: string): { table: NfTable; chain: NfChain; policy: Policy } | undefined {
  const w = shellWords(text);
  const p = w.indexOf('-P');
  if (p < 0) return undefined;
  const t = w.indexOf('-t');
  const table = (t >= 0 ? w[t + 1] : 'filter') as NfTable;
  const chain = w[p + 1] as NfChain | undefined;
  const policy = w[p + 2];
  if (!chain || (policy !== 'ACCEPT' && policy !== 'DROP')) throw new Error(`iptables ${text}: -P needs a chain and ACCEPT or DROP`);
  return { table, chain, policy };
}

export function iptablesArgsToRule(text: string): IptablesCommand {
  const w = shellWords(text);
  let table: NfTable = 'filter';
  let chain: NfChain | undefined;
  let op: IptablesCommand['op'] = 'append';
  const match: IptablesMatch = {};
  let target: IptablesTarget | undefined;
  let negate = false;
  const not: NonNullable<IptablesMatch['not']> = {};
  const take = (i: number): string => {
    const v = w[i + 1];
    if (v === undefined) throw new Error(`iptables ${text}: ${w[i]} needs a value`);
    return v;
  };
  for (let i = 0; i < w.length; i++) {
    const a = w[i]!;
    const setMatch = <K extends keyof NonNullable<IptablesMatch['not']>>(key: K, value: NonNullable<IptablesMatch[K]>): void => {
      (match as Record<string, unknown>)[key] = value;
      if (negate) not[key] = true;
      negate = false;
      i++;
    };
    switch (a) {
      case '!':
        negate = true;
        break;
      case '-t':
        table = take(i) as NfTable;
        i++;
        break;
      case '-A':
      case '-I':
      case '-D':
        op = a === '-A' ? 'append' : a === '-I' ? 'insert' : 'delete';
        chain = take(i) as NfChain;
        i++;
        break;
      case '-s':
        setMatch('src', take(i));
        break;
      case '-d':
        setMatch('dst', take(i));
        break;
      case '-i':
        setMatch('inIface', take(i));
        break;
      case '-o':
        setMatch('outIface', take(i));
        break;
      case '-p':
        setMatch('proto', take(i) as 'tcp' | 'udp' | 'icmp');
        break;
      case '--dport':
        setMatch('dport', port(take(i)));
        break;
      case '--sport':
        setMatch('sport', port(take(i)));
        break;
      case '-m': {
        const module = take(i);
        if (module !== 'conntrack' && module !== 'state') throw new Error(`iptables ${text}: match module ${module} is not used by the conformance scenarios`);
        i++;
        break;
      }
      case '--ctstate':
      case '--state':
        match.ctstate = take(i).split(',') as CtStateName[];
        i++;
        break;
      case '-j': {
        const kind = take(i);
        i++;
        if (kind === 'MASQUERADE' || kind === 'ACCEPT' || kind === 'DROP' || kind === 'RETURN' || kind === 'NOTRACK') target = { kind };
        else if (kind === 'SNAT') {
          target = { kind, toSource: take(i + 1) };
          i += 2;
        } else if (kind === 'DNAT') {
          target = { kind, toDestination: take(i + 1) };
          i += 2;
        } else if (kind === 'CT') {
          target = { kind, zone: Number(take(i + 1)) };
          i += 2;
        } else throw new Error(`iptables ${text}: target ${kind} is not used by the conformance scenarios`);
        break;
      }
      default:
        throw new Error(`iptables ${text}: option ${a} is not understood by the conformance runner`);
    }
  }
  if (!chain || !target) throw new Error(`iptables ${text}: needs -A/-I CHAIN and -j TARGET`);
  if (Object.keys(not).length) match.not = not;
  const cmd: IptablesCommand = { table, chain, target, op };
  if (Object.keys(match).length) cmd.match = match;
  return cmd;
}
