/**
 * Reads the commands of pre-up/up/post-up/pre-down/down/post-down lines into what the simulation can
 * apply: sysctl writes (echo > /proc/sys/..., sysctl -w), iptables rules and ip routes. Anything else
 * is kept as "other" and reported as not simulated.
 */
import type { DiagnosticCode, Params } from '../diagnostic.ts';
import { isIpv6, netmaskToPrefix, parseCidr, parseIpv4, type Cidr } from '../ipv4.ts';
import { suggest } from '../suggest.ts';
import { iptablesEffect, type EffectKind } from '../iptables-effects.ts';
import {
  BASE_OPTIONS,
  BUILTIN_CHAINS,
  MATCH_NAMES,
  MATCH_OPTIONS,
  STANDARD_TARGETS,
  TABLE_NAMES,
  TARGET_NAMES,
  TARGET_OPTIONS,
  resolveOption,
} from './iptables-catalog.ts';
import { splitCommands, tokenizeShell, type ShellToken } from './shell.ts';

/** Report a problem at [from, to) of the command text. */
export type Report = (code: DiagnosticCode, from: number, to: number, params?: Params) => void;

export interface SysctlWrite {
  kind: 'sysctl';
  /** Path segments: net.ipv4.conf.vmbr0/5.proxy_arp and /proc/sys/net/ipv4/conf/vmbr0.5/proxy_arp both give [net, ipv4, conf, vmbr0.5, proxy_arp]. */
  path: string[];
  value: string;
  from: number;
  to: number;
  /** Offsets of the key (the /proc/sys path or the sysctl name) in the command text. */
  keyAt?: { from: number; to: number };
}

export interface PortRange {
  from: number;
  to: number;
}

export interface Negatable<T> {
  value: T;
  negate: boolean;
  /** Offsets of the value in the command text. */
  at?: { from: number; to: number };
}

export interface IptablesRule {
  kind: 'iptables';
  table: string;
  action: 'append' | 'insert' | 'delete' | 'policy';
  chain: string;
  /** For -I CHAIN N (1-based). */
  position?: number;
  source?: Negatable<Cidr>;
  destination?: Negatable<Cidr>;
  inInterface?: Negatable<string>;
  outInterface?: Negatable<string>;
  protocol?: Negatable<string>;
  sport?: PortRange;
  dport?: PortRange;
  /** -m state --state / -m conntrack --ctstate, upper case. */
  states?: string[];
  target?: string;
  /** SNAT --to-source / DNAT --to-destination: address and optional port range. */
  toAddress?: { ip: number; ports?: PortRange };
  /** MASQUERADE --to-ports. */
  toPorts?: PortRange;
  /** CT --zone. */
  zone?: number;
  /** `iptables [-t T] -F [CHAIN]`: the chain flushed, '' for every chain of the table. Not a rule. */
  flush?: string;
  /** False when the rule uses something the simulation does not model (or is broken): it is not applied. */
  simulated: boolean;
  from: number;
  to: number;
}

export interface RouteCommand {
  kind: 'route';
  action: 'add' | 'del' | 'replace';
  dest: Cidr;
  via?: number;
  dev?: string;
  from: number;
  to: number;
}

export interface OtherCommand {
  kind: 'other';
  text: string;
  from: number;
  to: number;
}

export type Command = SysctlWrite | IptablesRule | RouteCommand | OtherCommand;

const basename = (s: string) => s.slice(s.lastIndexOf('/') + 1);

/** Parses one command line (possibly a list joined with ; && ||) into commands. */
export function parseCommandLine(text: string, report: Report, iface = '', context: CommandContext = {}): Command[] {
  const { tokens, unclosedQuote } = tokenizeShell(text);
  // ifupdown2 replaces $IFACE in option values with the stanza's interface name.
  for (const t of tokens) if (!t.op) t.text = t.text.replace(/\$\{?IFACE\}?/g, iface);
  if (unclosedQuote !== undefined) report('cfg.unclosed_quote', unclosedQuote, unclosedQuote + 1);
  const out: Command[] = [];
  for (const cmd of splitCommands(tokens)) {
    const from = cmd[0]!.from;
    const to = cmd[cmd.length - 1]!.to;
    const name = basename(cmd[0]!.text);
    // `|| true` and `:` keep a failing down-command from stopping ifdown; they do nothing themselves.
    if ((name === 'true' || name === ':') && cmd.length === 1) continue;
    let parsed: Command | undefined;
    if (!cmd.some((t) => t.op === '|')) {
      if (name === 'echo') parsed = parseEcho(cmd);
      else if (name === 'sysctl') parsed = parseSysctl(cmd, report);
      else if (name === 'iptables' || name === 'iptables-legacy' || name === 'iptables-nft') parsed = parseIptables(cmd, report, context);
      else if (name === 'ip') parsed = parseIpRoute(cmd, report);
      else if (name === 'route') parsed = parseNetToolsRoute(cmd, report);
    }
    if (parsed) out.push(parsed);
    else {
      report('cfg.command_not_simulated', from, to, { command: shorten(text.slice(from, to)) });
      out.push({ kind: 'other', text: text.slice(from, to), from, to });
    }
  }
  return out;
}

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Drops redirections of a command's output (`>/dev/null`, `2>&1`): they do not change what it does. */
function withoutNoise(cmd: ShellToken[]): ShellToken[] {
  const out: ShellToken[] = [];
  for (let i = 0; i < cmd.length; i++) {
    const t = cmd[i]!;
    if (t.op && t.op !== '|') {
      i++; // skip the redirection target
      continue;
    }
    out.push(t);
  }
  return out;
}

function procPath(target: string): string[] | undefined {
  const m = /^\/proc\/sys\/(.+)$/.exec(target);
  return m ? m[1]!.split('/').filter((s) => s !== '') : undefined;
}

function parseEcho(cmd: ShellToken[]): SysctlWrite | undefined {
  const redirect = cmd.findIndex((t) => t.op === '>' || t.op === '1>');
  const target = cmd[redirect + 1];
  if (redirect === -1 || !target || target.op) return undefined;
  const words = cmd.slice(1, redirect).filter((t) => !t.op);
  const path = procPath(target.text);
  if (!path || words.length !== 1 || words[0]!.text.startsWith('-')) return undefined;
  return { kind: 'sysctl', path, value: words[0]!.text, from: cmd[0]!.from, to: target.to, keyAt: { from: target.from, to: target.to } };
}

/** procps rules: a key whose first separator is '/' uses '/' throughout, otherwise '.' and '/' stands for '.'. */
export function sysctlPath(key: string): string[] {
  const slash = key.indexOf('/');
  const dot = key.indexOf('.');
  if (slash !== -1 && (dot === -1 || slash < dot)) return key.split('/').filter((s) => s !== '');
  return key.split('.').map((s) => s.replace(/\//g, '.'));
}

function parseSysctl(all: ShellToken[], report: Report): SysctlWrite | undefined {
  const cmd = withoutNoise(all);
  const args = cmd.slice(1).filter((t) => !/^-[wqe]+$/.test(t.text));
  if (args.length === 0 || args.some((t) => t.text.startsWith('-'))) return undefined;
  // `sysctl -w key=value` or, as some users write it, `sysctl -w key = value`.
  let keyText: string;
  let value: string;
  const keyAt = { from: args[0]!.from, to: args[0]!.to };
  if (args.length === 3 && args[1]!.text === '=') {
    keyText = args[0]!.text;
    value = args[2]!.text;
  } else if (args.length === 1 && args[0]!.text.includes('=')) {
    const eq = args[0]!.text.indexOf('=');
    keyText = args[0]!.text.slice(0, eq).trim();
    keyAt.to = Math.min(keyAt.to, keyAt.from + eq);
    value = args[0]!.text.slice(eq + 1).trim();
  } else return undefined;
  if (keyText === '' || value === '') {
    report('cfg.iptables_missing_value', args[0]!.from, args[args.length - 1]!.to, { flag: 'sysctl -w' });
    return undefined;
  }
  return { kind: 'sysctl', path: sysctlPath(keyText), value, from: cmd[0]!.from, to: cmd[cmd.length - 1]!.to, keyAt };
}

// ---- iptables ----

/** Where iptables accepts each target (table:chain); targets not listed are allowed anywhere. */
const TARGET_PLACES: Record<string, string[]> = {
  MASQUERADE: ['nat:POSTROUTING'],
  SNAT: ['nat:POSTROUTING', 'nat:INPUT'],
  DNAT: ['nat:PREROUTING', 'nat:OUTPUT'],
  REDIRECT: ['nat:PREROUTING', 'nat:OUTPUT'],
  CT: ['raw:PREROUTING', 'raw:OUTPUT'],
};
const SIMULATED_TARGETS = new Set(['MASQUERADE', 'SNAT', 'DNAT', 'CT', 'ACCEPT', 'DROP', 'REJECT', 'RETURN']);
const SIMULATED_MATCHES = new Set(['tcp', 'udp', 'icmp', 'state', 'conntrack', 'comment']);
const FLAG_ALIASES: Record<string, string> = {
  '--table': '-t',
  '--append': '-A',
  '--insert': '-I',
  '--delete': '-D',
  '--policy': '-P',
  '--source': '-s',
  '--src': '-s',
  '--destination': '-d',
  '--dst': '-d',
  '--in-interface': '-i',
  '--out-interface': '-o',
  '--protocol': '-p',
  '--jump': '-j',
  '--match': '-m',
  '--destination-port': '--dport',
  '--source-port': '--sport',
  '--wait': '-w',
  '--flush': '-F',
  '--to-destination': '--to',
  '--to-source': '--to',
  '--destination-ports': '--dports',
  '--source-ports': '--sports',
};
/** Match options the switch below reads itself (tcp/udp ports are the protocol's, read after -p). */
const PORT_FLAGS = new Set(['--dport', '--sport']);
/** Options of the extensions, looked up when a word names an option no loaded extension offers. */
const OWNERS: Array<{ option: string; owner: string; write: string }> = [
  ...Object.entries(MATCH_OPTIONS).flatMap(([m, opts]) => (opts ?? []).map((option) => ({ option, owner: `-m ${m}`, write: `-m ${m}` }))),
  ...Object.entries(TARGET_OPTIONS).flatMap(([t, opts]) => (opts ?? []).map((option) => ({ option, owner: `-j ${t}`, write: `-j ${t}` }))),
].filter((o) => o.option !== '--to' && o.option !== '--from');
/** iptables' own options that change only how it runs or prints, not the rule. */
const QUIET_FLAGS = new Set(['-v', '-n', '-x', '-4', '--verbose', '--numeric', '--exact', '--line-numbers', '--ipv4']);

function parsePortRange(text: string): PortRange | undefined {
  const m = /^(\d{1,5})(?:[:-](\d{1,5}))?$/.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  if (a > 65535 || b > 65535 || b < a) return undefined;
  return { from: a, to: b };
}

/** multiport's list: up to 15 ports, a FROM:TO range counting as two. */
function parsePortList(text: string): PortRange[] | undefined {
  const parts = text.split(',');
  const ranges = parts.map((p) => (/^\d{1,5}(:\d{1,5})?$/.test(p) ? parsePortRange(p) : undefined));
  if (ranges.some((r) => !r)) return undefined;
  const slots = ranges.reduce((n, r) => n + (r!.from === r!.to ? 1 : 2), 0);
  return slots <= 15 ? (ranges as PortRange[]) : undefined;
}

/** `A.B.C.D`, `A.B.C.D/N` or `A.B.C.D/255.255.255.0` as iptables reads them. */
function parseMatchAddress(text: string): Cidr | undefined {
  if (!text.includes('/')) {
    const ip = parseIpv4(text);
    return ip === undefined ? undefined : { ip, prefix: 32 };
  }
  const c = parseCidr(text);
  if (c) return c;
  const [a, m] = text.split('/');
  const ip = parseIpv4(a ?? '');
  const mask = parseIpv4(m ?? '');
  if (ip === undefined || mask === undefined) return undefined;
  const inv = ~mask >>> 0;
  if ((inv & (inv + 1)) !== 0) return undefined;
  return { ip, prefix: 32 - Math.log2(inv + 1) };
}

/** `A.B.C.D[:port[-port]]` of --to-source / --to-destination. */
function parseToAddress(text: string): { ip: number; ports?: PortRange } | undefined {
  const colon = text.indexOf(':');
  const ip = parseIpv4(colon === -1 ? text : text.slice(0, colon));
  if (ip === undefined) return undefined;
  if (colon === -1) return { ip };
  const ports = parsePortRange(text.slice(colon + 1));
  return ports ? { ip, ports } : undefined;
}

/** A did-you-mean that also catches a name written in the wrong case (`-j masquerade`). */
function suggestName(word: string, names: Iterable<string>): string | undefined {
  const list = [...names];
  return list.find((n) => n !== word && n.toLowerCase() === word.toLowerCase()) ?? suggest(word, list);
}

/** Names of the chains `iptables -N NAME` (or -E OLD NAME) creates anywhere in these command texts. */
export function userChainsIn(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?:^|\s)(?:-N|--new-chain|--new)(?:\s+|=)([^\s;|&]+)/g)) out.add(m[1]!.replace(/^['"]|['"]$/g, ''));
    for (const m of text.matchAll(/(?:^|\s)(?:-E|--rename-chain)\s+\S+\s+([^\s;|&]+)/g)) out.add(m[1]!.replace(/^['"]|['"]$/g, ''));
  }
  return out;
}

/** What the rest of the file tells the parser of one command line. */
export interface CommandContext {
  /** Chains created with `iptables -N` somewhere in the file. */
  userChains?: ReadonlySet<string>;
}

function parseIptables(all: ShellToken[], report: Report, context: CommandContext): IptablesRule {
  const cmd = withoutNoise(all);
  const userChains = context.userChains ?? new Set<string>();
  const rule: IptablesRule = {
    kind: 'iptables',
    table: 'filter',
    action: 'append',
    chain: '',
    simulated: true,
    from: cmd[0]!.from,
    to: cmd[cmd.length - 1]!.to,
  };
  let hasAction = false;
  let negate = false;
  let policyTarget: string | undefined;
  let tableToken: ShellToken | undefined;
  let targetToken: ShellToken | undefined;
  let chainToken: ShellToken | undefined;
  const modules = new Set<string>();
  /** Set once the rule is refused: one error per rule is what iptables gives too. */
  let refused = false;
  const skip = (flag: ShellToken, kind: EffectKind = 'option', name = flag.text) => {
    if (rule.simulated && !refused) {
      const effect = iptablesEffect(kind, name);
      report('cfg.iptables_not_simulated', flag.from, flag.to, { flag: flag.text, effect: effect.en, effectKo: effect.ko });
    }
    rule.simulated = false;
  };
  const broken = () => {
    rule.simulated = false;
  };
  const refuse = (code: DiagnosticCode, at: ShellToken, params: Params) => {
    if (!refused) report(code, at.from, at.to, params);
    refused = true;
    broken();
  };
  const withSuggestion = (s: string | undefined): Params => (s ? { suggestion: s } : {});
  /** The long options on offer at this point: iptables' own, the loaded matches' and the target's. */
  const offered = (): { options: string[]; open: boolean } => {
    const options: string[] = [...BASE_OPTIONS];
    let open = false;
    for (const m of modules) {
      const o = MATCH_OPTIONS[m];
      if (o === undefined) open = true;
      else options.push(...o);
    }
    if (rule.target !== undefined) {
      const o = TARGET_OPTIONS[rule.target];
      if (o === undefined && rule.target in TARGET_OPTIONS) open = true;
      else options.push(...(o ?? []));
    }
    return { options, open };
  };
  /** iptables(8): with -p given, an option no extension knows loads the protocol's match and tries again. */
  const protocolOptions = (): readonly string[] => {
    const p = rule.protocol?.value;
    const name = p === '6' ? 'tcp' : p === '17' ? 'udp' : p === '1' ? 'icmp' : p;
    return (name && MATCH_OPTIONS[name]) || [];
  };
  for (let i = 1; i < cmd.length; i++) {
    // iptables stops at its first error; reading on would only cost time on a long broken line.
    if (refused) break;
    const tok = cmd[i]!;
    const raw = tok.text;
    if (raw === '!') {
      negate = true;
      continue;
    }
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    let flagText = eq === -1 ? raw : raw.slice(0, eq);
    if (!flagText.startsWith('-') || flagText === '-') {
      refuse('cfg.iptables_bad_argument', tok, { value: raw });
      continue;
    }
    if (!flagText.startsWith('--') && !(BASE_OPTIONS as readonly string[]).includes(flagText)) {
      // getopt knows only iptables' one-letter options; `-dport` and the like are misspelt long ones.
      const longs = [...offered().options, ...protocolOptions(), ...PORT_FLAGS].filter((o) => o.startsWith('--'));
      const meant = longs.includes(`-${flagText}`) ? `-${flagText}` : suggest(`-${flagText}`, longs);
      refuse('cfg.iptables_unknown_option', tok, { flag: flagText, ...withSuggestion(meant) });
      while (cmd[i + 1] && !cmd[i + 1]!.text.startsWith('-') && cmd[i + 1]!.text !== '!') i++;
      continue;
    }
    if (QUIET_FLAGS.has(flagText)) continue;
    if (flagText.startsWith('--') && !(BASE_OPTIONS as readonly string[]).includes(flagText)) {
      // Resolve the option as getopt_long does, abbreviations included, among what is loaded so far.
      const { options, open } = offered();
      const resolved = resolveOption(flagText, options) ?? resolveOption(flagText, protocolOptions());
      if (resolved) flagText = resolved;
      else if (!open && !PORT_FLAGS.has(flagText)) {
        const owner = OWNERS.find((o) => o.option === flagText);
        if (owner) refuse('cfg.iptables_option_needs', tok, { flag: flagText, owner: owner.owner, write: owner.write });
        else refuse('cfg.iptables_unknown_option', tok, { flag: flagText, ...withSuggestion(suggest(flagText, [...options, ...protocolOptions()])) });
        // Its value, if any, belongs to the refused option.
        while (cmd[i + 1] && !cmd[i + 1]!.text.startsWith('-') && cmd[i + 1]!.text !== '!') i++;
        continue;
      } else if (open) {
        skip(tok);
        while (cmd[i + 1] && !cmd[i + 1]!.text.startsWith('-') && cmd[i + 1]!.text !== '!') i++;
        continue;
      }
    }
    const flag = FLAG_ALIASES[flagText] ?? flagText;
    const takeValue = (): ShellToken | undefined => {
      if (eq !== -1) return { text: raw.slice(eq + 1), from: tok.from + eq + 1, to: tok.to };
      const v = cmd[i + 1];
      if (!v || (v.text.startsWith('-') && v.text.length > 1 && !/^-\d/.test(v.text))) {
        report('cfg.iptables_missing_value', tok.from, tok.to, { flag: raw });
        broken();
        return undefined;
      }
      i++;
      return v;
    };
    const wasNegated = negate;
    negate = false;
    switch (flag) {
      case '-t': {
        const v = takeValue();
        if (!v) break;
        tableToken = v;
        if (!TABLE_NAMES.includes(v.text)) {
          report('cfg.iptables_unknown_table', v.from, v.to, { value: v.text, ...withSuggestion(suggest(v.text, TABLE_NAMES)) });
          broken();
        } else if (v.text === 'mangle' || v.text === 'security') skip(tok, 'table', v.text);
        rule.table = v.text;
        break;
      }
      case '-F': {
        const next = cmd[i + 1];
        if (next && !next.text.startsWith('-')) {
          rule.flush = next.text;
          i++;
        } else rule.flush = '';
        break;
      }
      case '-A':
      case '-I':
      case '-D':
      case '-P': {
        const v = takeValue();
        if (!v) break;
        hasAction = true;
        chainToken = v;
        rule.chain = v.text;
        rule.action = flag === '-A' ? 'append' : flag === '-I' ? 'insert' : flag === '-D' ? 'delete' : 'policy';
        const next = cmd[i + 1];
        if (flag === '-P') {
          if (next && !next.text.startsWith('-')) {
            policyTarget = next.text;
            i++;
          } else {
            report('cfg.iptables_missing_value', tok.from, tok.to, { flag: raw });
            broken();
          }
        } else if (next && /^\d+$/.test(next.text)) {
          // -I CHAIN N inserts at N; -D CHAIN N deletes rule number N (not modelled by content).
          if (flag === '-D') skip(next, 'option', '-D');
          rule.position = Number(next.text);
          i++;
        }
        break;
      }
      case '-N':
      case '-X':
      case '-E':
      case '-L':
      case '-S':
      case '-Z':
      case '-C':
      case '-R':
      case '--new-chain':
      case '--delete-chain':
      case '--rename-chain':
      case '--list':
      case '--list-rules':
      case '--zero':
      case '--check':
      case '--replace':
        // Chain management, listing and checking: valid, and nothing the simulation applies.
        while (cmd[i + 1] && !cmd[i + 1]!.text.startsWith('-')) i++;
        break;
      case '-s':
      case '-d': {
        const v = takeValue();
        if (!v) break;
        const c = parseMatchAddress(v.text);
        if (!c) {
          report('cfg.iptables_bad_address', v.from, v.to, { value: v.text, flag: raw });
          broken();
          break;
        }
        if (flag === '-s') rule.source = { value: c, negate: wasNegated };
        else rule.destination = { value: c, negate: wasNegated };
        break;
      }
      case '-i':
      case '-o': {
        const v = takeValue();
        if (!v) break;
        const at = { from: v.from, to: v.to };
        if (flag === '-i') rule.inInterface = { value: v.text, negate: wasNegated, at };
        else rule.outInterface = { value: v.text, negate: wasNegated, at };
        break;
      }
      case '-p': {
        const v = takeValue();
        if (!v) break;
        const p = v.text.toLowerCase();
        rule.protocol = { value: p, negate: wasNegated };
        if (!['tcp', 'udp', 'icmp', 'all', '6', '17', '1', '0'].includes(p)) skip(v, 'option', '-p');
        break;
      }
      case '--dport':
      case '--sport': {
        const v = takeValue();
        if (!v) break;
        const proto = rule.protocol?.value;
        if (!modules.has('multiport') && (!proto || !['tcp', 'udp', '6', '17'].includes(proto))) {
          report('cfg.iptables_port_without_protocol', tok.from, tok.to, { flag: flagText });
          broken();
        }
        const r = parsePortRange(v.text);
        if (!r) {
          report('cfg.iptables_bad_port', v.from, v.to, { value: v.text, flag: flagText });
          broken();
          break;
        }
        if (wasNegated) skip(tok, 'option', '!');
        if (flag === '--dport') rule.dport = r;
        else rule.sport = r;
        break;
      }
      case '-m': {
        const v = takeValue();
        if (!v) break;
        if (!(v.text in MATCH_OPTIONS)) {
          refuse('cfg.iptables_unknown_match', v, { value: v.text, ...withSuggestion(suggestName(v.text, MATCH_NAMES)) });
          break;
        }
        modules.add(v.text);
        if (!SIMULATED_MATCHES.has(v.text)) skip(v, 'match', v.text);
        break;
      }
      case '--dports':
      case '--sports':
      case '--ports': {
        // After -m multiport, getopt reads --dport as an abbreviation of multiport's --dports.
        const v = takeValue();
        if (v && !parsePortList(v.text)) {
          report('cfg.iptables_bad_port', v.from, v.to, { value: v.text, flag: raw.split('=')[0]! });
          broken();
        }
        break;
      }
      case '--state':
      case '--ctstate': {
        const v = takeValue();
        if (!v) break;
        rule.states = v.text.split(',').map((s) => s.toUpperCase());
        break;
      }
      case '--comment': {
        takeValue();
        break;
      }
      case '-w': {
        // --wait takes an optional number of seconds; it only concerns the xtables lock.
        if (cmd[i + 1] && /^\d+$/.test(cmd[i + 1]!.text)) i++;
        break;
      }
      case '-j': {
        const v = takeValue();
        if (!v) break;
        targetToken = v;
        rule.target = v.text;
        if (SIMULATED_TARGETS.has(v.text)) break;
        if (v.text in TARGET_OPTIONS || v.text === 'QUEUE') skip(v, 'target', v.text);
        else if (userChains.has(v.text)) skip(v, 'chain', v.text);
        else {
          const names = [...SIMULATED_TARGETS, ...TARGET_NAMES, ...STANDARD_TARGETS, ...userChains];
          refuse('cfg.iptables_unknown_target', v, { value: v.text, ...withSuggestion(suggestName(v.text, names)) });
        }
        break;
      }
      case '--to': {
        const v = takeValue();
        if (!v) break;
        if (rule.target === 'NETMAP') break;
        const to = parseToAddress(v.text);
        if (!to) {
          report('cfg.iptables_bad_address', v.from, v.to, { value: v.text, flag: raw.split('=')[0]! });
          broken();
          break;
        }
        rule.toAddress = to;
        break;
      }
      case '--to-ports': {
        const v = takeValue();
        if (!v) break;
        const r = parsePortRange(v.text);
        if (!r) {
          report('cfg.iptables_bad_port', v.from, v.to, { value: v.text, flag: raw.split('=')[0]! });
          broken();
          break;
        }
        rule.toPorts = r;
        break;
      }
      case '--zone': {
        const v = takeValue();
        if (!v) break;
        const z = /^\d{1,5}$/.test(v.text) ? Number(v.text) : NaN;
        if (!(z <= 65535)) {
          report('cfg.iptables_bad_port', v.from, v.to, { value: v.text, flag: raw.split('=')[0]! });
          broken();
          break;
        }
        rule.zone = z;
        break;
      }
      case '--random':
      case '--persistent':
      case '--random-fully':
        break;
      case '--reject-with':
        takeValue();
        break;
      case '-W':
      case '--wait-interval':
      case '--modprobe':
        takeValue();
        break;
      default: {
        // Options iptables accepts that the simulation does not apply: their values go with them.
        const match = [...modules, rule.protocol?.value ?? ''].find((m) => MATCH_OPTIONS[m]?.includes(flag));
        if (match) skip(tok, 'match', match);
        else if (rule.target && TARGET_OPTIONS[rule.target]?.includes(flag)) skip(tok, 'target', rule.target);
        else skip(tok, 'option', flag);
        while (cmd[i + 1] && !cmd[i + 1]!.text.startsWith('-') && cmd[i + 1]!.text !== '!') i++;
      }
    }
  }
  if (refused) return rule;
  if (!hasAction) {
    // Listing, flushing, creating chains: nothing that adds a rule.
    rule.simulated = false;
    if (!refused) report('cfg.command_not_simulated', rule.from, rule.to, { command: 'iptables ' + cmd.slice(1).map((t) => t.text).join(' ') });
    return rule;
  }
  if (policyTarget !== undefined) {
    rule.target = policyTarget;
    // iptables(8): a built-in chain's policy is ACCEPT or DROP; anything else is "Bad policy name".
    const at = cmd.find((t) => t.text === policyTarget && t !== chainToken);
    if (!['ACCEPT', 'DROP'].includes(policyTarget) && at) {
      refuse('cfg.iptables_unknown_target', at, { value: policyTarget, ...withSuggestion(suggestName(policyTarget, ['ACCEPT', 'DROP'])) });
      return rule;
    }
  }
  if (tableToken && !TABLE_NAMES.includes(tableToken.text)) return rule;
  const chains = BUILTIN_CHAINS[rule.table] ?? [];
  if (chainToken && !chains.includes(rule.chain) && !(rule.action !== 'policy' && userChains.has(rule.chain))) {
    const other = TABLE_NAMES.find((t) => t !== rule.table && BUILTIN_CHAINS[t]!.includes(rule.chain));
    if (other && !userChains.has(rule.chain)) refuse('cfg.iptables_chain_in_other_table', chainToken, { table: rule.table, chain: rule.chain, other });
    else if (rule.action === 'policy' && userChains.has(rule.chain)) skip(chainToken, 'option', '-P');
    else {
      const s = suggestName(rule.chain, [...chains, ...userChains]);
      refuse('cfg.iptables_unknown_chain', chainToken, { table: rule.table, chain: rule.chain, chains: chains.join(', '), ...withSuggestion(s) });
    }
    return rule;
  } else if (chainToken && userChains.has(rule.chain) && !chains.includes(rule.chain)) skip(chainToken, 'option', '-N');
  const target = rule.target;
  const places = target ? TARGET_PLACES[target] : undefined;
  if (target && places && chains.includes(rule.chain) && !places.includes(`${rule.table}:${rule.chain}`)) {
    report('cfg.iptables_wrong_chain', (targetToken ?? chainToken)!.from, (targetToken ?? chainToken)!.to, {
      target,
      table: rule.table,
      chain: rule.chain,
      allowed: places.map((p) => p.replace(':', ' ')).join(', '),
    });
    broken();
  }
  if (rule.action !== 'delete' && targetToken && !refused) {
    if ((target === 'SNAT' || target === 'DNAT') && !rule.toAddress) {
      report('cfg.iptables_missing_to', targetToken.from, targetToken.to, { target, option: target === 'SNAT' ? '--to-source' : '--to-destination' });
      broken();
    }
    if (target === 'CT' && rule.zone === undefined) skip(targetToken, 'target', 'CT');
  }
  return rule;
}

// ---- ip route ----

function parseIpRoute(all: ShellToken[], report: Report): RouteCommand | undefined {
  const cmd = withoutNoise(all).map((t) => t);
  let i = 1;
  while (cmd[i] && /^-(4|family)$/.test(cmd[i]!.text)) i += cmd[i]!.text === '-family' ? 2 : 1;
  const obj = cmd[i]?.text ?? '';
  if (!'route'.startsWith(obj) || obj.length < 1) return undefined;
  const verb = cmd[i + 1]?.text ?? '';
  const action = ['add', 'a'].includes(verb) ? 'add' : ['del', 'delete', 'd'].includes(verb) ? 'del' : verb === 'replace' ? 'replace' : undefined;
  if (!action) return undefined;
  const destTok = cmd[i + 2];
  if (!destTok) return undefined;
  // ip picks the family from the address: an IPv6 route is valid, just outside the IPv4 simulation.
  if (isIpv6(destTok.text)) return undefined;
  // A route type or selector first (`unreachable default`, `vrf NAME ...`, `table 100 ...`): valid, not modelled.
  if (destTok.text !== 'default' && !/^\d/.test(destTok.text)) return undefined;
  let dest: Cidr | undefined;
  if (destTok.text === 'default') dest = { ip: 0, prefix: 0 };
  else dest = parseMatchAddress(destTok.text);
  if (!dest) {
    report('cfg.iptables_bad_address', destTok.from, destTok.to, { value: destTok.text, flag: 'ip route' });
    return undefined;
  }
  const route: RouteCommand = { kind: 'route', action, dest, from: cmd[0]!.from, to: cmd[cmd.length - 1]!.to };
  for (let j = i + 3; j < cmd.length; j++) {
    const w = cmd[j]!.text;
    const v = cmd[j + 1];
    if (w === 'via' && v) {
      if (isIpv6(v.text)) return undefined;
      const ip = gatewayOf(v, 'via', report);
      if (ip === undefined) return undefined;
      route.via = ip;
      j++;
    } else if (w === 'dev' && v) {
      route.dev = v.text;
      j++;
    } else if (['src', 'metric', 'proto', 'scope', 'mtu'].includes(w)) j++;
    else if (w === 'onlink') continue;
    else return undefined;
  }
  return route;
}

/** The next hop after `via` or `gw`, or undefined after reporting what is wrong with it. */
function gatewayOf(token: ShellToken, flag: string, report: Report): number | undefined {
  const ip = parseIpv4(token.text);
  if (ip === undefined) report('cfg.iptables_bad_address', token.from, token.to, { value: token.text, flag });
  return ip;
}

// ---- route (net-tools) ----

/**
 * net-tools' `route add|del [-net|-host] TARGET [netmask MASK] [gw GW] [metric N] [[dev] IF]`, which
 * older hosting guides (Hetzner's among them) still use for routed set-ups. Without `-net` or a
 * netmask the target is a host route, as route(8) reads it.
 */
function parseNetToolsRoute(all: ShellToken[], report: Report): RouteCommand | undefined {
  const cmd = withoutNoise(all);
  const verb = cmd[1]?.text ?? '';
  const action = verb === 'add' ? 'add' : verb === 'del' ? 'del' : undefined;
  if (!action) return undefined;
  let j = 2;
  let net = false;
  if (cmd[j]?.text === '-net' || cmd[j]?.text === '-host') net = cmd[j++]!.text === '-net';
  const targetTok = cmd[j++];
  if (!targetTok) return undefined;
  let dest: Cidr | undefined =
    targetTok.text === 'default' ? { ip: 0, prefix: 0 } : targetTok.text.includes('/') ? parseCidr(targetTok.text) : undefined;
  if (!dest && targetTok.text !== 'default' && !targetTok.text.includes('/')) {
    const ip = parseIpv4(targetTok.text);
    if (ip !== undefined) dest = { ip, prefix: 32 };
  }
  if (!dest) {
    report('cfg.iptables_bad_address', targetTok.from, targetTok.to, { value: targetTok.text, flag: 'route' });
    return undefined;
  }
  const route: RouteCommand = { kind: 'route', action, dest, from: cmd[0]!.from, to: cmd[cmd.length - 1]!.to };
  for (; j < cmd.length; j++) {
    const w = cmd[j]!.text;
    const v = cmd[j + 1];
    if (w === 'netmask' && v) {
      const prefix = netmaskToPrefix(v.text);
      if (prefix === undefined || !v.text.includes('.')) {
        report('cfg.iptables_bad_address', v.from, v.to, { value: v.text, flag: 'netmask' });
        return undefined;
      }
      route.dest = { ip: dest.ip, prefix };
      j++;
    } else if ((w === 'gw' || w === 'gateway') && v) {
      const ip = gatewayOf(v, 'gw', report);
      if (ip === undefined) return undefined;
      route.via = ip;
      j++;
    } else if (w === 'dev' && v) {
      route.dev = v.text;
      j++;
    } else if (['metric', 'mss', 'window', 'irtt'].includes(w) && v) j++;
    else if (j === cmd.length - 1 && !w.startsWith('-')) route.dev = w; // the interface may close the line without `dev`
    else return undefined;
  }
  // `-net` with a bare address and no netmask: route(8) picks the classful mask; leave such lines unsimulated.
  if (net && route.dest.prefix === 32 && !targetTok.text.includes('/')) return undefined;
  return route;
}
