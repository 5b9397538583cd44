/**
 * Reads the option values of every stanza into a HostConfig, checking each value on its own (bad
 * address, unknown bond mode, ...), then runs the up-phase commands in file order to find the state
 * the host ends in: ip_forward, proxy_arp, iptables rules, extra routes.
 */
import type { Diagnostics } from '../diagnostic.ts';
import { broadcastOf, netmaskToPrefix, networkOf, parseCidr, parseIpv4, parseMac, isIpv6 } from '../ipv4.ts';
import type { LineIndex, Span } from '../span.ts';
import { suggest } from '../suggest.ts';
import { misspeltSysctl, sysctlKey } from './sysctl-keys.ts';
import { parseCommandLine, userChainsIn, type Command, type IptablesRule, type SysctlWrite } from './commands.ts';
import type { Word } from './lexer.ts';
import { KEYWORDS, SELECTION_ONLY_KEYWORDS } from './parse.ts';
import type { IfaceStanza, InterfacesDocument, OptionLine } from './model.ts';
import {
  BOND_MODES,
  COMMAND_OPTIONS,
  HASH_POLICIES,
  SINGLE_VALUED,
  SUGGESTIONS,
  classifyOption,
  normalizeOption,
  parseBondMode,
  parseHashPolicy,
  type CommandPhase,
} from './options.ts';
import type { AppliedRule, BondConfig, BridgeConfig, HostConfig, HostInterface, InterfaceKind, Located, PhaseCommand } from './host.ts';

const ON = new Set(['on', 'yes', '1', 'true']);
/** Every character an IPv4 or IPv6 address (with a prefix) can hold. */
const ADDRESS_CHARS = /^[0-9a-fA-F.:/]+$/;
const OFF = new Set(['off', 'no', '0', 'false']);
const UP_PHASES = new Set<CommandPhase>(['pre-up', 'up', 'post-up']);

interface Ctx {
  index: LineIndex;
  diags: Diagnostics;
  /** Chains some command in the file creates with `iptables -N`: rules may use them. */
  userChains: ReadonlySet<string>;
  /** Known-but-not-simulated options already reported: once per name and file is enough to say so. */
  reportedAccepted: Set<string>;
}

/** Span from the first to the last value word of an option (the name if it has no value). */
function valueSpan(ctx: Ctx, opt: OptionLine): Span {
  const words = opt.words ?? [];
  const first = words[1] ?? words[0];
  const last = words[words.length - 1];
  if (!first || !last) return opt.span ?? ctx.index.span(0, 0);
  return ctx.index.span(first.span.start, last.span.end);
}

function valueWords(opt: OptionLine): Word[] {
  return (opt.words ?? []).slice(1);
}

/** Maps offsets in an option's value text to source spans through its words. */
function valueMapper(ctx: Ctx, opt: OptionLine): (from: number, to: number) => Span {
  const words = valueWords(opt);
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    const i = opt.value.indexOf(w.text, at);
    starts.push(i === -1 ? at : i);
    at = (i === -1 ? at : i) + w.text.length;
  }
  const toSource = (o: number, end: boolean): number => {
    let k = -1;
    for (let j = 0; j < words.length; j++) if (starts[j]! <= (end ? o - 1 : o)) k = j;
    if (k === -1) return words[0]?.span.start ?? opt.span?.start ?? 0;
    const w = words[k]!;
    const rel = Math.min((end ? o - 1 : o) - starts[k]!, w.text.length - 1);
    return w.span.start + rel + (end ? 1 : 0);
  };
  return (from, to) => {
    const s = toSource(from, false);
    return ctx.index.span(s, Math.max(s, toSource(Math.max(to, from + 1), true)));
  };
}

function kindOf(iface: HostInterface, hasBridge: boolean, hasBond: boolean): InterfaceKind {
  if (iface.name === 'lo' || iface.method === 'loopback') return 'loopback';
  if (hasBridge) return 'bridge';
  if (hasBond) return 'bond';
  if (iface.vlan) return 'vlan';
  // Proxmox VE 9's interface pinning names NICs nic0, nic1, ...
  if (/^(en|eth|em|wl|ib|p\d|lan|usb|nic\d)/.test(iface.name)) return 'nic';
  return 'other';
}

export function interpret(doc: InterfacesDocument, index: LineIndex, diags: Diagnostics): HostConfig {
  const commandTexts = doc.items.flatMap((i) => (i.kind === 'iface' ? i.body.flatMap((b) => (b.kind === 'option' ? [b.value] : [])) : []));
  const ctx: Ctx = { index, diags, reportedAccepted: new Set(), userChains: userChainsIn(commandTexts) };
  const byName = new Map<string, HostInterface>();
  const autoNames = new Set<string>();
  const firstStanza = new Map<string, IfaceStanza>();
  const bondMasters: BondMaster[] = [];

  for (const item of doc.items) {
    if (item.kind === 'auto' && !SELECTION_ONLY_KEYWORDS.has(item.keyword)) for (const n of item.names) autoNames.add(n);
    if (item.kind !== 'iface' || item.name === '') continue;
    const key = `${item.name}/${item.family || 'inet'}`;
    const nameWord = item.words?.[1];
    const headSpan = nameWord?.span ?? item.span ?? index.span(0, 0);
    if (firstStanza.has(key)) {
      diags.add('cfg.duplicate_iface', headSpan, {
        name: item.name,
        family: item.family || 'inet',
        line: firstStanza.get(key)!.span?.line ?? 0,
      });
    } else firstStanza.set(key, item);
    let iface = byName.get(item.name);
    if (!iface) {
      iface = { name: item.name, span: headSpan, auto: false, kind: 'other', method: 'manual', addresses: [], commands: [] };
      byName.set(item.name, iface);
    }
    const stanza = withInherited(ctx, item, doc);
    if (stanza.family === 'inet6') readInet6(ctx, stanza, iface);
    else readInet(ctx, stanza, iface, bondMasters);
  }

  for (const iface of byName.values()) {
    iface.auto = autoNames.has(iface.name);
    const dot = iface.name.lastIndexOf('.');
    if (!iface.vlan && dot > 0) {
      const tag = Number(iface.name.slice(dot + 1));
      if (/^\d+$/.test(iface.name.slice(dot + 1))) iface.vlan = { parent: iface.name.slice(0, dot), tag };
    }
    iface.kind = kindOf(iface, iface.bridge !== undefined, iface.bond !== undefined);
  }
  // Old ifenslave style: the slave names its bond with bond-master.
  for (const { slave, master, primary } of bondMasters) {
    const bond = byName.get(master.value)?.bond;
    if (bond && !bond.slaves.some((s) => s.value === slave)) bond.slaves.push({ value: slave, span: master.span });
    if (bond && primary && !bond.primary) bond.primary = primary;
  }
  const host = applyCommands([...byName.values()], byName);
  reportRulesNeverRemoved([...byName.values()], diags);
  const sources = doc.items.flatMap((item) => (item.kind === 'source' ? [item.path] : []));
  if (sources.length) host.sources = sources;
  return host;
}

/**
 * `iface eth0 inet static inherits ethernet` (interfaces(5), INTERFACE TEMPLATES): the template's
 * options come first, and the stanza's own lines replace any option of the same name.
 */
function withInherited(ctx: Ctx, stanza: IfaceStanza, doc: InterfacesDocument, depth = 0): IfaceStanza {
  if (stanza.extra[0] !== 'inherits' || !stanza.extra[1]) return stanza;
  const name = stanza.extra[1];
  const family = stanza.family || 'inet';
  const template = doc.items.find(
    (i): i is IfaceStanza => i.kind === 'iface' && i.name === name && (i.family || 'inet') === family && i !== stanza,
  );
  const at = stanza.words?.[5]?.span ?? stanza.span ?? ctx.index.span(0, 0);
  if (!template || depth > 8) {
    ctx.diags.add('cfg.template_not_defined', at, { name, family, iface: stanza.name });
    return stanza;
  }
  const base = withInherited(ctx, template, doc, depth + 1);
  const own = new Set(stanza.body.flatMap((b) => (b.kind === 'option' ? [normalizeOption(b.name)] : [])));
  const inherited = base.body.filter((b) => b.kind === 'option' && !own.has(normalizeOption(b.name)));
  return { ...stanza, method: stanza.method || base.method, body: [...inherited, ...stanza.body] };
}

/** A slave stanza's `bond-master` line, and a `bond-primary` it gives for its master. */
interface BondMaster {
  slave: string;
  master: Located<string>;
  primary?: Located<string>;
}

function readInet6(ctx: Ctx, stanza: IfaceStanza, iface: HostInterface) {
  const span = stanza.words?.[1]?.span ?? stanza.span ?? ctx.index.span(0, 0);
  ctx.diags.add('cfg.inet6_not_simulated', span, { name: stanza.name });
  for (const line of stanza.body) {
    if (line.kind !== 'option') continue;
    const n = normalizeOption(line.name);
    checkOptionName(ctx, line);
    // ifupdown2 runs an inet6 stanza's commands like any other: IPv4 NAT and forwarding set up there count.
    if ((COMMAND_OPTIONS as readonly string[]).includes(n)) {
      if (line.value !== '') readCommands(ctx, line, n as CommandPhase, iface);
      continue;
    }
    const opt = withoutInlineComment(ctx, line);
    if (n === 'address' || n === 'gateway') {
      for (const w of valueWords(opt)) if (!isIpv6(w.text)) ctx.diags.add('cfg.bad_ipv6_address', w.span, { value: w.text });
    }
  }
}

/**
 * ifupdown reads `#` as a comment only at the start of a line; after an option it is part of the
 * value (`bridge-ports eno1 # uplink` asks for ports '#' and 'uplink'). Commands are the exception:
 * the shell that runs them drops the comment. Reports it and returns the option without it, so the
 * reader gets one clear message instead of one per stray word.
 */
function withoutInlineComment(ctx: Ctx, opt: OptionLine): OptionLine {
  const words = valueWords(opt);
  const k = words.findIndex((w) => w.text.startsWith('#'));
  if (k === -1) return opt;
  const hash = words[k]!;
  const last = words[words.length - 1]!;
  ctx.diags.add('cfg.inline_comment', ctx.index.span(hash.span.start, last.span.end), {
    name: opt.name,
    text: words.slice(k).map((w) => w.text).join(' ').slice(0, 40),
  });
  const kept = words.slice(0, k);
  return { ...opt, value: kept.map((w) => w.text).join(' '), words: [opt.words![0]!, ...kept] };
}

function readCommands(ctx: Ctx, opt: OptionLine, phase: CommandPhase, iface: HostInterface) {
  const { diags } = ctx;
  const map = valueMapper(ctx, opt);
  const commands: Command[] = parseCommandLine(opt.value, (code, from, to, params) => diags.add(code, map(from, to), params ?? {}), iface.name, {
    userChains: ctx.userChains,
  });
  for (const command of commands) {
    const entry: PhaseCommand = { phase, command, span: map(command.from, command.to) };
    if (command.kind === 'iptables') {
      if (command.inInterface?.at) entry.inSpan = map(command.inInterface.at.from, command.inInterface.at.to);
      if (command.outInterface?.at) entry.outSpan = map(command.outInterface.at.from, command.outInterface.at.to);
    }
    if (command.kind === 'sysctl') checkSysctlValue(ctx, command, entry.span, command.keyAt ? map(command.keyAt.from, command.keyAt.to) : entry.span);
    iface.commands.push(entry);
  }
}

function checkOptionName(ctx: Ctx, opt: OptionLine): void {
  const cls = classifyOption(opt.name);
  const nameSpan = opt.words?.[0]?.span ?? opt.span ?? ctx.index.span(0, 0);
  if (cls === 'unknown') {
    const s = suggest(normalizeOption(opt.name), SUGGESTIONS);
    // `ifcae eno1 inet manual` is read as an option of the stanza above; say what was meant.
    const keyword = s ? undefined : suggest(opt.name, KEYWORDS);
    if (keyword) ctx.diags.add('cfg.unknown_keyword', nameSpan, { name: opt.name, suggestion: keyword });
    else ctx.diags.add('cfg.unknown_option', nameSpan, { name: opt.name, ...(s ? { suggestion: s } : {}) });
  } else if (cls === 'ovs') ctx.diags.add('cfg.ovs_not_simulated', nameSpan, { name: opt.name });
  else if (cls === 'accepted') {
    const n = normalizeOption(opt.name);
    if (!ctx.reportedAccepted.has(n)) {
      ctx.reportedAccepted.add(n);
      ctx.diags.add('cfg.option_not_simulated', nameSpan, { name: opt.name });
    }
  }
}

function readInet(ctx: Ctx, stanza: IfaceStanza, iface: HostInterface, bondMasters: BondMaster[]) {
  const { diags } = ctx;
  if (stanza.method) iface.method = stanza.method;
  if (stanza.method === 'dhcp') diags.add('cfg.dhcp_not_simulated', iface.span, { name: iface.name });
  const seen = new Map<string, OptionLine>();
  const rawAddresses: Word[] = [];
  let netmask: { prefix: number; opt: OptionLine } | undefined;
  let bridge: BridgeConfig | undefined;
  let bond: BondConfig | undefined;
  let slaveOf: BondMaster | undefined;
  let miimonWritten = false;
  const ensureBridge = () => (bridge ??= { ports: [], stp: false, forwardDelay: 15, ageing: 300, vlanAware: false, vids: [] });
  const ensureBond = () =>
    (bond ??= { slaves: [], mode: 'balance-rr', miimon: 0, updelay: 0, downdelay: 0, hashPolicy: 'layer2', lacpRate: 'slow' });

  const bool = (opt: OptionLine): boolean | undefined => {
    const v = opt.value.toLowerCase();
    if (ON.has(v)) return true;
    if (OFF.has(v)) return false;
    diags.add('cfg.bad_bool', valueSpan(ctx, opt), { value: opt.value, name: opt.name });
    return undefined;
  };
  const int = (opt: OptionLine, min: number, max: number): number | undefined => {
    const v = opt.value;
    const n = /^\d{1,9}$/.test(v) ? Number(v) : NaN;
    if (!(n >= min && n <= max)) {
      diags.add('cfg.bad_number', valueSpan(ctx, opt), { value: v, name: opt.name, min, max });
      return undefined;
    }
    return n;
  };
  // `all`, `regex RE`, `glob GLOB` and `noregex` (bridge-utils, ifupdown2) pick ports by pattern at ifup time.
  const names = (opt: OptionLine): Located<string>[] => {
    const out: Located<string>[] = [];
    let pattern = false;
    for (const w of valueWords(opt)) {
      const t = w.text.toLowerCase();
      if (t === 'none' || t === 'noregex') {
        pattern = false;
        continue;
      }
      if (t === 'all' || t === 'regex' || t === 'glob') {
        const rest = valueWords(opt).slice(valueWords(opt).indexOf(w));
        diags.add('cfg.port_pattern_not_expanded', ctx.index.span(w.span.start, rest[rest.length - 1]!.span.end), { name: opt.name, owner: iface.name });
        iface.portPatterns = true;
        pattern = t !== 'all';
        if (t !== 'all') break;
        continue;
      }
      if (!pattern) out.push({ value: w.text, span: w.span });
    }
    return out;
  };

  for (const line of stanza.body) {
    if (line.kind !== 'option') continue;
    checkOptionName(ctx, line);
    const n = normalizeOption(line.name);
    const isCommand = (COMMAND_OPTIONS as readonly string[]).includes(n);
    const opt = isCommand ? line : withoutInlineComment(ctx, line);
    if (SINGLE_VALUED.has(n)) {
      const prev = seen.get(n);
      if (prev) diags.add('cfg.duplicate_option', opt.words?.[0]?.span ?? opt.span!, { name: opt.name, line: prev.span?.line ?? 0 });
      else seen.set(n, opt);
    }
    if (opt.value === '') continue;
    switch (n) {
      case 'address':
        rawAddresses.push(...valueWords(opt));
        break;
      case 'netmask': {
        const p = netmaskToPrefix(opt.value);
        if (p === undefined) diags.add('cfg.bad_netmask', valueSpan(ctx, opt), { value: opt.value });
        else netmask = { prefix: p, opt };
        break;
      }
      case 'gateway': {
        const ip = parseIpv4(opt.value);
        if (ip === undefined && isIpv6(opt.value)) diags.add('cfg.ipv6_address_not_simulated', valueSpan(ctx, opt), { value: opt.value, name: iface.name });
        else if (ip === undefined) diags.add('cfg.bad_gateway', valueSpan(ctx, opt), { value: opt.value });
        else iface.gateway = { value: ip, span: valueSpan(ctx, opt) };
        break;
      }
      case 'metric': {
        const v = int(opt, 0, 4_294_967_295);
        if (v !== undefined) iface.metric = v;
        break;
      }
      case 'pointopoint': {
        const ip = parseIpv4(opt.value);
        if (ip === undefined) diags.add('cfg.bad_gateway', valueSpan(ctx, opt), { value: opt.value });
        else iface.pointopoint = ip;
        break;
      }
      case 'mtu': {
        const v = /^\d{1,6}$/.test(opt.value) ? Number(opt.value) : NaN;
        if (!(v >= 68 && v <= 65535)) diags.add('cfg.bad_mtu', valueSpan(ctx, opt), { value: opt.value });
        else iface.mtu = v;
        break;
      }
      case 'hwaddress': {
        const text = opt.value.replace(/^ether\s+/, '');
        // interfaces(5): "Link local address or 'random'"; the simulated NIC keeps its own MAC, as random as any.
        if (text.toLowerCase() === 'random') break;
        const mac = parseMac(text);
        if (!mac) diags.add('cfg.bad_mac', valueSpan(ctx, opt), { value: text });
        // Linux refuses a group address for a NIC (EADDRNOTAVAIL), so the interface would not come up.
        else if ((parseInt(mac.slice(0, 2), 16) & 1) === 1) diags.add('cfg.multicast_mac', valueSpan(ctx, opt), { value: mac });
        else iface.hwaddress = mac;
        break;
      }
      case 'bridge-ports':
        ensureBridge().ports = names(opt);
        break;
      case 'bridge-stp': {
        const b = bool(opt);
        if (b !== undefined) ensureBridge().stp = b;
        break;
      }
      case 'bridge-fd': {
        const v = int(opt, 0, 30);
        if (v !== undefined) ensureBridge().forwardDelay = v;
        break;
      }
      case 'bridge-ageing': {
        const v = int(opt, 0, 1_000_000);
        if (v !== undefined) ensureBridge().ageing = v;
        break;
      }
      case 'bridge-vlan-aware': {
        const b = bool(opt);
        if (b !== undefined) ensureBridge().vlanAware = b;
        break;
      }
      case 'bridge-vids': {
        const ranges: Array<{ from: number; to: number }> = [];
        for (const w of valueWords(opt)) {
          const m = /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(w.text);
          const a = m ? Number(m[1]) : NaN;
          const b = m ? (m[2] === undefined ? a : Number(m[2])) : NaN;
          if (!(a >= 1 && b <= 4094 && a <= b)) diags.add('cfg.bad_vids', w.span, { value: w.text });
          else ranges.push({ from: a, to: b });
        }
        ensureBridge().vids = ranges;
        break;
      }
      case 'ovs-type':
        iface.ovsType = opt.value;
        // An Open vSwitch bridge is not simulated as such, but it is a bridge guests can plug into.
        if (opt.value === 'OVSBridge') ensureBridge();
        break;
      case 'ovs-ports':
        ensureBridge().ports = names(opt);
        break;
      case 'bond-slaves':
        ensureBond().slaves = names(opt);
        break;
      case 'bond-master': {
        const w = valueWords(opt)[0];
        if (w) bondMasters.push((slaveOf = { slave: iface.name, master: { value: w.text, span: w.span } }));
        break;
      }
      case 'bond-mode': {
        const m = parseBondMode(opt.value);
        if (!m) {
          const s = suggest(opt.value, BOND_MODES);
          diags.add('cfg.bad_bond_mode', valueSpan(ctx, opt), { value: opt.value, ...(s ? { suggestion: s } : {}) });
        } else ensureBond().mode = m;
        break;
      }
      case 'bond-miimon':
      case 'bond-updelay':
      case 'bond-downdelay': {
        const v = int(opt, 0, 1_000_000);
        if (v === undefined) break;
        const b = ensureBond();
        if (n === 'bond-miimon') {
          b.miimon = v;
          miimonWritten = true;
        }
        else if (n === 'bond-updelay') b.updelay = v;
        else b.downdelay = v;
        break;
      }
      case 'bond-arp-interval': {
        const v = int(opt, 0, 1_000_000);
        if (v) ensureBond().arpInterval = v;
        break;
      }
      case 'bond-xmit-hash-policy': {
        const policy = parseHashPolicy(opt.value);
        if (!policy) {
          const s = suggest(opt.value.toLowerCase(), HASH_POLICIES);
          diags.add('cfg.bad_hash_policy', valueSpan(ctx, opt), { value: opt.value, ...(s ? { suggestion: s } : {}) });
        } else ensureBond().hashPolicy = policy;
        break;
      }
      case 'bond-lacp-rate': {
        const v = opt.value.toLowerCase();
        if (v === 'slow' || v === '0') ensureBond().lacpRate = 'slow';
        else if (v === 'fast' || v === '1') ensureBond().lacpRate = 'fast';
        else diags.add('cfg.bad_lacp_rate', valueSpan(ctx, opt), { value: opt.value });
        break;
      }
      case 'bond-primary': {
        const w = valueWords(opt)[0]!;
        ensureBond().primary = { value: w.text, span: w.span };
        break;
      }
      case 'ip-proxy-arp': {
        // The vlan package's if-up.d/ip hook writes it to /proc/sys/net/ipv4/conf/IFACE/proxy_arp.
        const b = bool(opt);
        if (b !== undefined) {
          iface.proxyArpOption = b;
          // As that sysctl write, so the kernel builder turns proxy ARP on too, not only the checker.
          const path = ['net', 'ipv4', 'conf', iface.name, 'proxy_arp'];
          iface.commands.push({ phase: 'up', command: { kind: 'sysctl', path, value: b ? '1' : '0', from: 0, to: 0 }, span: opt.span ?? valueSpan(ctx, opt) });
        }
        break;
      }
      case 'ip-forward': {
        // ifupdown2's address addon writes it to net.ipv4.conf.IFACE.forwarding as the interface comes up
        // (Proxmox SDN sets it on its vnets), so the checker and the kernel see it like that sysctl.
        const b = bool(opt);
        const span = opt.span ?? valueSpan(ctx, opt);
        if (b !== undefined) {
          const path = ['net', 'ipv4', 'conf', iface.name, 'forwarding'];
          iface.commands.push({ phase: 'up', command: { kind: 'sysctl', path, value: b ? '1' : '0', from: 0, to: 0 }, span });
        }
        break;
      }
      case 'vlan-raw-device': {
        const tag = iface.vlan?.tag ?? Number(/\.(\d+)$/.exec(iface.name)?.[1] ?? /(\d+)$/.exec(iface.name)?.[1] ?? NaN);
        iface.vlan = { parent: opt.value, tag };
        break;
      }
      case 'vlan-id': {
        const v = int(opt, 0, 4095);
        if (v !== undefined) iface.vlan = { parent: iface.vlan?.parent ?? '', tag: v };
        break;
      }
      default:
        if (isCommand) readCommands(ctx, opt, n as CommandPhase, iface);
    }
  }

  for (const w of rawAddresses) {
    // Only hex digits, dots, colons and a slash make an IPv4 or IPv6 address: anything else is reported
    // at once, without three parsers (10,000 stray words on one line took 27-36 ms of CPU, now 6-9).
    if (!ADDRESS_CHARS.test(w.text)) {
      diags.add('cfg.bad_address', w.span, { value: w.text });
      continue;
    }
    const cidr = parseCidr(w.text);
    if (cidr) {
      if (netmask) diags.add('cfg.netmask_conflict', valueSpan(ctx, netmask.opt), { value: w.text });
      iface.addresses.push({ cidr, span: w.span });
      checkHostPart(ctx, w, cidr);
      continue;
    }
    const ip = parseIpv4(w.text);
    // ifupdown2 takes the family from the address itself, so an IPv6 address in any stanza is valid.
    if (ip === undefined && isIpv6(w.text)) {
      diags.add('cfg.ipv6_address_not_simulated', w.span, { value: w.text, name: iface.name });
      continue;
    }
    if (ip === undefined) {
      diags.add('cfg.bad_address', w.span, { value: w.text });
      continue;
    }
    if (!netmask) diags.add('cfg.address_without_prefix', w.span, { value: w.text });
    const c = { ip, prefix: netmask?.prefix ?? 32 };
    iface.addresses.push({ cidr: c, span: w.span });
    checkHostPart(ctx, w, c);
  }
  if (netmask && rawAddresses.length === 0) diags.add('cfg.netmask_without_address', netmask.opt.words?.[0]?.span ?? netmask.opt.span!);
  if (bridge) iface.bridge = bridge;
  // ifenslave style: bond options in a slave's own stanza (`bond-primary eth0`) configure its master.
  if (bond && slaveOf) {
    if (bond.primary) slaveOf.primary = bond.primary;
  } else if (bond) iface.bond = bond;
  // Linux's bond_option_mode_set: a mode without ARP monitoring (802.3ad, balance-tlb, balance-alb)
  // turns MII monitoring on at 100 ms when none is set, and ifupdown2 sends only what the file writes.
  if (bond && !slaveOf && !miimonWritten && (bond.mode === '802.3ad' || bond.mode === 'balance-tlb' || bond.mode === 'balance-alb')) {
    bond.miimon = 100;
    bond.miimonByKernel = true;
  }
}

const SWITCH_SYSCTLS = new Set(['ip_forward', 'forwarding', 'proxy_arp']);

function checkSysctlValue(ctx: Ctx, w: SysctlWrite, span: Span, keySpan: Span) {
  const meant = misspeltSysctl(w.path);
  if (meant) {
    ctx.diags.add('cfg.unknown_sysctl', keySpan, { key: sysctlKey(w.path), suggestion: sysctlKey(meant) });
    return;
  }
  const leaf = w.path[w.path.length - 1] ?? '';
  if (w.path[0] === 'net' && SWITCH_SYSCTLS.has(leaf) && w.value !== '0' && w.value !== '1') {
    ctx.diags.add('cfg.bad_sysctl_value', span, { value: w.value, key: w.path.join('.') });
  }
}

function checkHostPart(ctx: Ctx, w: Word, c: { ip: number; prefix: number }) {
  if (c.prefix >= 31) return;
  if (c.ip === networkOf(c)) ctx.diags.add('cfg.address_is_network', w.span, { value: w.text, which: 'network' });
  else if (c.ip === broadcastOf(c)) ctx.diags.add('cfg.address_is_network', w.span, { value: w.text, which: 'broadcast' });
}

/** What makes two rules the same for `iptables -D`: every match and the target, not where they were written. */
function ruleKey(r: IptablesRule): string {
  const plain = <T>(n: { value: T; negate: boolean } | undefined) => (n ? [n.value, n.negate] : null);
  return JSON.stringify([
    r.table,
    r.chain,
    plain(r.source),
    plain(r.destination),
    plain(r.inInterface),
    plain(r.outInterface),
    plain(r.protocol),
    r.sport ?? null,
    r.dport ?? null,
    r.states ?? null,
    r.target ?? null,
    r.toAddress ?? null,
    r.toPorts ?? null,
    r.zone ?? null,
  ]);
}

function applied(pc: PhaseCommand, rule: IptablesRule): AppliedRule {
  const a: AppliedRule = { rule, span: pc.span };
  if (pc.inSpan) a.inSpan = pc.inSpan;
  if (pc.outSpan) a.outSpan = pc.outSpan;
  return a;
}

/**
 * An iptables rule added by an up-command and never deleted by a down-command is added once more
 * at every `ifreload -a` or `ifdown`/`ifup` (Proxmox applies network changes with ifreload), so
 * the chain fills with copies. Worth saying, but the host works: info, once per rule.
 */
function reportRulesNeverRemoved(interfaces: HostInterface[], diags: Diagnostics): void {
  const removed = new Set<string>();
  // `post-down iptables -t nat -F` (or -F CHAIN) removes every rule of the table (or chain) at once.
  const flushed: Array<{ table: string; chain: string }> = [];
  for (const iface of interfaces) {
    for (const { phase, command } of iface.commands) {
      if (UP_PHASES.has(phase) || command.kind !== 'iptables') continue;
      if (command.flush !== undefined) flushed.push({ table: command.table, chain: command.flush });
      else if (command.action === 'delete') removed.add(ruleKey(command));
    }
  }
  const isFlushed = (r: IptablesRule) => flushed.some((f) => f.table === r.table && (f.chain === '' || f.chain === r.chain));
  for (const iface of interfaces) {
    for (const { phase, command, span } of iface.commands) {
      if (!UP_PHASES.has(phase) || command.kind !== 'iptables' || !command.simulated) continue;
      if (command.action !== 'append' && command.action !== 'insert') continue;
      if (!removed.has(ruleKey(command)) && !isFlushed(command)) diags.add('cfg.rule_never_removed', span, { table: command.table, chain: command.chain, name: iface.name });
    }
  }
}

/** Runs pre-up/up/post-up commands interface by interface, as `ifup -a` would. */
function applyCommands(interfaces: HostInterface[], byName: Map<string, HostInterface>): HostConfig {
  const host: HostConfig = {
    interfaces,
    byName,
    ipForward: false,
    forwardingOn: new Set(),
    proxyArp: new Set(),
    rules: [],
    policies: new Map(),
    routes: [],
    sysctls: [],
  };
  for (const iface of interfaces) {
    if (iface.proxyArpOption === true) host.proxyArp.add(iface.name);
    for (const pc of iface.commands) {
      const { phase, command, span } = pc;
      if (!UP_PHASES.has(phase)) continue;
      if (command.kind === 'sysctl') {
        host.sysctls.push({ write: command, span });
        const [a, b, c, dev, leaf] = command.path;
        if (a !== 'net' || b !== 'ipv4') continue;
        const on = command.value === '1';
        // Writing a new value to ip_forward or conf/all/forwarding sets every interface's flag (Linux's
        // devinet_sysctl_forward); writing the value it already has changes nothing.
        if ((c === 'ip_forward' && command.path.length === 3) || (c === 'conf' && leaf === 'forwarding' && dev === 'all')) {
          if (host.ipForward !== on) host.forwardingOn.clear();
          host.ipForward = on;
        } else if (c === 'conf' && leaf === 'forwarding' && dev && dev !== 'default') {
          if (on) host.forwardingOn.add(dev);
          else host.forwardingOn.delete(dev);
        }
        else if (c === 'conf' && leaf === 'proxy_arp' && dev) {
          if (on) host.proxyArp.add(dev);
          else host.proxyArp.delete(dev);
        }
      } else if (command.kind === 'iptables' && command.flush !== undefined) {
        const { table, flush } = command;
        host.rules = host.rules.filter((r) => r.rule.table !== table || (flush !== '' && r.rule.chain !== flush));
      } else if (command.kind === 'iptables' && command.simulated) {
        if (command.action === 'policy') host.policies.set(`${command.table}:${command.chain}`, command.target ?? 'ACCEPT');
        else if (command.action === 'delete') {
          const k = ruleKey(command);
          const i = host.rules.findIndex((r) => ruleKey(r.rule) === k);
          if (i !== -1) host.rules.splice(i, 1);
        } else if (command.action === 'insert') {
          const sameChain = host.rules.filter((r) => r.rule.table === command.table && r.rule.chain === command.chain);
          const before = sameChain[(command.position ?? 1) - 1];
          const at = before ? host.rules.indexOf(before) : host.rules.length;
          host.rules.splice(at, 0, applied(pc, command));
        } else host.rules.push(applied(pc, command));
      } else if (command.kind === 'other' && /^(\S*\/)?sysctl\s+(-\w*p\w*|--load|--system)\b/.test(command.text)) {
        host.sysctlFileLoad ??= span;
      } else if (command.kind === 'route') {
        if (command.action === 'del') {
          const i = host.routes.findIndex((r) => r.route.dest.ip === command.dest.ip && r.route.dest.prefix === command.dest.prefix);
          if (i !== -1) host.routes.splice(i, 1);
        } else host.routes.push({ route: command, span });
      }
    }
  }
  return host;
}
