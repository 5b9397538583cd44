/**
 * Reads a lab file: YAML (the `yaml` package, with positions), validated by the zod schema, then the
 * host's interfaces text and the guests' netN lines are parsed and checked. Every problem becomes a
 * diagnostic pointing into the file where it is (the lab file, or an interfaces file it names);
 * problems inside an inline interfaces block are mapped back to their line in the lab file.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { z } from 'zod';
import { Diagnostics, sortDiagnostics, type Diagnostic } from '../config/diagnostic.ts';
import { checkGuests, parseGuestConfig, type GuestConfig } from '../config/guest.ts';
import { checkInterfaces, type CheckedInterfaces } from '../config/interfaces/index.ts';
import { parseCidr, parseIpv4 } from '../config/ipv4.ts';
import { LineIndex, type Span } from '../config/span.ts';
import type { LoadedLabFile } from './compiled.ts';
import { suggest } from '../config/suggest.ts';
import { Goal, GOAL_META_KEYS, Lab, Step, type LabFile, type LabGoal, type LabGuest, type LabStep } from './schema.ts';

export interface LabGuestConfig extends GuestConfig {
  id: string;
  diagnostics: Diagnostics;
}

export interface LoadedLab {
  /** Undefined when the file is not a valid lab (see diagnostics). */
  lab?: LoadedLabFile;
  file: string;
  index: LineIndex;
  /** Sorted; each has `file` set to where it points. */
  diagnostics: Diagnostic[];
  interfaces?: { file: string; text: string; checked: CheckedInterfaces };
  guests: LabGuestConfig[];
  /** Per variant that brings its own host or guests: what it replaces. */
  variants: Record<string, { interfaces?: { file: string; text: string; checked: CheckedInterfaces }; guests?: LabGuestConfig[] }>;
  /** Source line of every step, for the trace output. */
  stepLines: number[];
}

export interface LoadOptions {
  file?: string;
  /** Reads a file named relative to the lab file; undefined when it cannot. */
  readFile?: (path: string) => string | undefined;
}

type Path = ReadonlyArray<string | number>;

function nodeAt(doc: Document, path: Path): Node | undefined {
  for (let i = path.length; i >= 0; i--) {
    const n = doc.getIn(path.slice(0, i), true) as Node | undefined;
    if (n && typeof n === 'object' && 'range' in n && n.range) return n;
  }
  return undefined;
}

/** Span of the node at `path` (or its nearest existing parent); the key for a missing or unknown field. */
function spanAt(doc: Document, index: LineIndex, path: Path, key?: string): Span {
  const parent = nodeAt(doc, path);
  if (key !== undefined && parent && isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
    const k = pair?.key as Node | undefined;
    if (k?.range) return index.span(k.range[0], k.range[1]);
  }
  const r = parent?.range;
  if (!r) return index.span(0, 0);
  // A block node's range runs to its last child; point at its first line only.
  const end = Math.min(r[1], index.offsetAt(index.position(r[0]).line + 1, 1) - 1);
  return index.span(r[0], Math.max(r[0], end));
}

const pathText = (path: Path) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') || '(lab)';

export const STEP_KINDS = ['ping', 'tcp', 'udp', 'unplug', 'plug', 'wait', 'show', 'sysctl', 'flushNeigh', 'iptables', 'bridge', 'attach'] as const;
const KINDS: Record<'step' | 'goal', readonly string[]> = { step: STEP_KINDS, goal: ['reachable', 'unreachable', 'lostAtMost', 'carriedBy', 'slavesUsed', 'conntrack', 'macLearned', 'seenAs', 'trace', 'all'] };

interface Issue {
  path: Path;
  en: string;
  ko: string;
  key?: string;
}

/** The field names an object schema at `path` accepts, through arrays, optionals and step/goal unions. */
function keysAt(schema: z.ZodType, path: Path): string[] {
  let s: z.ZodType | undefined = schema;
  for (let i = 0; s; ) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    else if (i === path.length) return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
    else if (s instanceof z.ZodArray && typeof path[i] === 'number') (s = s.element as z.ZodType), i++;
    else if (s instanceof z.ZodObject && typeof path[i] === 'string') (s = s.shape[path[i] as string] as z.ZodType | undefined), i++;
    // A step or goal: the option that has the field the path goes through.
    else if (s instanceof z.ZodUnion && typeof path[i] === 'string') s = (s.options as z.ZodType[]).find((o) => o instanceof z.ZodObject && (path[i] as string) in o.shape);
    else return [];
  }
  return [];
}

const didYouMean = (s: string | undefined) => (s ? { en: ` (did you mean '${s}'?)`, ko: ` (혹시 '${s}'인가요?)` } : { en: '', ko: '' });

/** zod issues in both languages; a failed union of step or goal kinds is re-checked against the kind it names. */
function issuesOf(error: z.ZodError, input: unknown, schema: z.ZodType = Lab): Issue[] {
  const ko = z.locales.ko().localeError;
  const out: Issue[] = [];
  const valueAt = (path: Path): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), input);
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'invalid_union' && (path[0] === 'steps' || path[0] === 'goals') && path.length === 2) {
      const which = path[0] === 'steps' ? 'step' : 'goal';
      const value = valueAt(path);
      const kinds = KINDS[which];
      const kind = value && typeof value === 'object' ? kinds.find((k) => k in value) : undefined;
      const schema = which === 'step' ? Step : Goal;
      const option = kind ? schema.options.find((o) => kind in o.shape) : undefined;
      if (option) {
        const r = option.safeParse(value, { reportInput: true });
        if (!r.success) {
          out.push(...issuesOf(r.error, value, option).map((i) => ({ ...i, path: [...path, ...i.path] })));
          continue;
        }
      }
      // A misspelt kind (`pnig:`) is the one key that is neither a kind nor a common field.
      const common = which === 'step' ? Object.keys(Step.options[0]!.shape).filter((k) => !kinds.includes(k)) : GOAL_META_KEYS;
      const stray = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).find((k) => !common.includes(k) && !kinds.includes(k)) : undefined;
      if (stray !== undefined) {
        const hint = didYouMean(suggest(stray, kinds));
        out.push({
          path,
          key: stray,
          en: `unknown ${which} '${stray}'${hint.en}; expected one of: ${kinds.join(', ')}`,
          ko: `'${stray}'은(는) 알 수 없는 ${which === 'step' ? '단계' : '목표'}입니다${hint.ko}. 다음 중 하나여야 합니다: ${kinds.join(', ')}`,
        });
        continue;
      }
      out.push({
        path,
        en: `expected one of: ${kinds.join(', ')}`,
        ko: `다음 중 하나여야 합니다: ${kinds.join(', ')}`,
      });
      continue;
    }
    const koText = (ko as (i: unknown) => string | { message: string } | undefined)(issue);
    const koMsg = typeof koText === 'string' ? koText : (koText?.message ?? issue.message);
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, path);
      for (const key of issue.keys) {
        const hint = didYouMean(suggest(key, known.filter((k) => !(k in ((valueAt(path) as object | undefined) ?? {})))));
        out.push({ path, key, en: `unknown field '${key}'${hint.en}`, ko: `알 수 없는 필드 '${key}'입니다${hint.ko}` });
      }
      continue;
    }
    if (path.length === 0 && schema === Lab && issue.code === 'invalid_type') {
      // Not a mapping at all: most often an interfaces file or a VM config given to `netmodes run`.
      const what = input === null || input === undefined ? { en: 'is empty', ko: '비어 있습니다' } : Array.isArray(input) ? { en: 'is a list', ko: '목록입니다' } : { en: 'is plain text', ko: '일반 텍스트입니다' };
      out.push({
        path,
        en: `not a lab: the file ${what.en}, but a lab is a YAML mapping (id:, title:, host:, steps: ...); to check an interfaces file or a VM config, use 'netmodes check'`,
        ko: `랩 파일이 아닙니다. 파일이 ${what.ko}. 랩은 id:, title:, host:, steps: 등이 있는 YAML 매핑입니다. interfaces 파일이나 VM 설정을 검사하려면 'netmodes check'를 쓰세요`,
      });
      continue;
    }
    const last = path[path.length - 1];
    const missing = issue.code === 'invalid_type' && valueAt(path) === undefined;
    out.push({
      path: missing ? path.slice(0, -1) : path,
      ...(missing && typeof last === 'string' ? { key: undefined } : {}),
      en: missing ? `missing field '${String(last)}'` : issue.message,
      ko: missing ? `'${String(last)}' 필드가 없습니다` : koMsg,
    });
  }
  return out;
}

/** Keys whose values name nodes or steps: `from: 100` (a vmid) is read as the id "100". */
const ID_KEYS = new Set(['from', 'on', 'name', 'step', 'reachable', 'unreachable', 'id', 'unplug', 'plug']);

function numbersToIds(v: unknown, key?: string, path: Set<object> = new Set()): unknown {
  if (typeof v === 'number' && key !== undefined && ID_KEYS.has(key)) return String(v);
  if (!v || typeof v !== 'object') return v;
  // YAML anchors can make a value contain itself; such a loop is no lab, so cut it.
  if (path.has(v)) return null;
  path.add(v);
  const out = Array.isArray(v) ? v.map((x) => numbersToIds(x, undefined, path)) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, numbersToIds(x, k, path)]));
  path.delete(v);
  return out;
}

/** Maps spans inside a literal block scalar (`interfaces: |`) to the lab file. */
function blockMapper(doc: Document, index: LineIndex, path: Path, inner: LineIndex): ((s: Span) => Span) | undefined {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || node.type !== 'BLOCK_LITERAL' || !node.range) return undefined;
  const headerLine = index.position(node.range[0]).line;
  let indent = 0;
  for (let l = headerLine + 1; l <= index.lineCount; l++) {
    const t = index.lineText(l);
    if (t.trim() === '') continue;
    indent = t.length - t.trimStart().length;
    break;
  }
  return (s) => {
    const start = index.offsetAt(headerLine + s.line, s.col + indent);
    const end = index.offsetAt(headerLine + s.endLine, s.endCol + indent);
    void inner;
    return index.span(start, Math.max(start, end));
  };
}

export function loadLab(text: string, opts: LoadOptions = {}): LoadedLab {
  const file = opts.file ?? 'lab.yaml';
  const index = new LineIndex(text);
  const diags = new Diagnostics();
  const out: Diagnostic[] = [];
  const loaded: LoadedLab = { file, index, diagnostics: out, guests: [], variants: {}, stepLines: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    const at = e.pos[0];
    diags.add('lab.yaml_syntax', index.span(at, Math.max(at, e.pos[1])), { detail: e.message.split('\n')[0] ?? e.message });
  }
  const finish = (): LoadedLab => {
    for (const d of diags.list) out.push({ ...d, file: d.file ?? file });
    loaded.diagnostics = sortDiagnostics(out).sort((a, b) => (a.file === b.file ? 0 : a.file === file ? -1 : 1));
    return loaded;
  };
  if (doc.errors.length) return finish();
  const input: unknown = numbersToIds(doc.toJS({ maxAliasCount: 100 }));
  const parsed = Lab.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    for (const issue of issuesOf(parsed.error, input)) {
      diags.add('lab.schema', spanAt(doc, index, issue.path, issue.key), { path: pathText(issue.key ? [...issue.path, issue.key] : issue.path), detail: issue.en, detailKo: issue.ko });
    }
    return finish();
  }
  const lab = parsed.data;
  // A lab without steps runs its solution: the actions' steps, each traffic step named after its action.
  if (!lab.steps) {
    const solution = lab.variants?.[0]?.solution ?? lab.solution;
    if (!solution || !lab.actions) {
      diags.add('lab.schema', spanAt(doc, index, []), { path: 'steps', detail: "missing field 'steps' (or 'actions' with a 'solution')", detailKo: "'steps' 필드(또는 'actions'와 'solution')가 없습니다" });
      return finish();
    }
    lab.steps = solutionSteps(lab, solution, lab.variants?.[0]?.id);
    loaded.stepLines = lab.steps.map(() => spanAt(doc, index, lab.variants?.[0]?.solution ? ['variants', 0, 'solution'] : ['solution']).line);
  } else loaded.stepLines = lab.steps.map((_, i) => spanAt(doc, index, ['steps', i]).line);
  const steps: LabStep[] = lab.steps;

  // ---- host interfaces and guests, of the lab and of each variant ----
  const loadHost = (src: LabFile['host']['interfaces'], at: Path): LoadedLab['interfaces'] => {
    let ifText: string | undefined;
    let ifFile = file;
    if (typeof src === 'string') ifText = src;
    else {
      ifFile = src.file;
      ifText = opts.readFile?.(src.file);
      if (ifText === undefined) diags.add('lab.file_not_found', spanAt(doc, index, [...at, 'file']), { path: src.file });
    }
    if (ifText === undefined) return undefined;
    const checked = checkInterfaces(ifText);
    if (typeof src === 'string') {
      const map = blockMapper(doc, index, at, checked.index);
      const fallback = spanAt(doc, index, at);
      for (const d of checked.diagnostics) out.push({ ...d, span: map ? map(d.span) : fallback, file });
    } else for (const d of checked.diagnostics) out.push({ ...d, file: ifFile });
    return { file: ifFile, text: ifText, checked };
  };
  const loadGuests = (guests: LabGuest[], at: Path, host: LoadedLab['interfaces']): LabGuestConfig[] => {
    const list: LabGuestConfig[] = [];
    for (const [gi, g] of guests.entries()) {
      const gd = new Diagnostics();
      const nics: GuestConfig['nics'] = [];
      for (const [ni, line] of g.net.entries()) {
        const one = parseGuestConfig(line, g.vmid);
        const node = doc.getIn([...at, gi, 'net', ni], true);
        const start = isScalar(node) && node.range ? node.range[0] + (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0) : 0;
        const move = (sp: Span) => index.span(start + sp.start, start + sp.end);
        for (const d of one.diagnostics.list) gd.list.push({ ...d, span: move(d.span) });
        for (const nic of one.nics) {
          nic.span = move(nic.span);
          if (nic.bridgeSpan) nic.bridgeSpan = move(nic.bridgeSpan);
          if (nic.gatewaySpan) nic.gatewaySpan = move(nic.gatewaySpan);
          nics.push(nic);
        }
      }
      const first = nics[0];
      if (first && g.ip) {
        const c = parseCidr(g.ip);
        if (c) first.address = c;
        else gd.add('guest.bad_ip', spanAt(doc, index, [...at, gi, 'ip']), { value: g.ip });
      }
      if (first && g.gw) {
        const ip = parseIpv4(g.gw);
        if (ip !== undefined) {
          first.gateway = ip;
          first.gatewaySpan = spanAt(doc, index, [...at, gi, 'gw']);
        } else gd.add('guest.bad_ip', spanAt(doc, index, [...at, gi, 'gw']), { value: g.gw });
      }
      list.push({ id: g.name ?? String(g.vmid), vmid: g.vmid, nics, index, diagnostics: gd });
    }
    // A guest plugged in later may sit on a bridge an earlier action creates.
    const checkable = list.filter((g) => !guests.find((x) => (x.name ?? String(x.vmid)) === g.id)?.later);
    checkGuests(checkable, host?.checked.host);
    for (const g of list) for (const d of g.diagnostics.list) diags.list.push(d);
    return list;
  };
  loaded.interfaces = loadHost(lab.host.interfaces, ['host', 'interfaces']);
  loaded.guests = loadGuests(lab.guests ?? [], ['guests'], loaded.interfaces);
  for (const [vi, v] of (lab.variants ?? []).entries()) {
    const own: LoadedLab['variants'][string] = {};
    if (v.host) {
      const h = loadHost(v.host.interfaces, ['variants', vi, 'host', 'interfaces']);
      if (h) own.interfaces = h;
    }
    if (v.guests || v.host) own.guests = loadGuests(v.guests ?? lab.guests ?? [], v.guests ? ['variants', vi, 'guests'] : ['guests'], own.interfaces ?? loaded.interfaces);
    loaded.variants[v.id] = own;
  }

  // ---- references between steps, goals and nodes ----
  const hostId = lab.host.id ?? 'pve';
  const allGuests = [...loaded.guests, ...Object.values(loaded.variants).flatMap((v) => v.guests ?? [])];
  const worlds = [lab.world, ...(lab.variants ?? []).map((v) => v.world)];
  const nodes = [...new Set([hostId, ...allGuests.map((g) => g.id), ...worlds.flatMap((w) => [...(w?.hosts ?? []).map((h) => h.id), ...(w?.switches ?? []).map((s) => s.id)])])];
  const actions = lab.actions ?? [];
  const stepIds = [...steps.map((s) => s.id).filter((x): x is string => x !== undefined), ...actions.map((a) => a.id)];
  // Node ids and step ids must be unique; world addresses must be real addresses.
  const seenIds = new Set<string>();
  const unique = (id: string, path: Path) => {
    if (seenIds.has(id)) diags.add('lab.duplicate_id', spanAt(doc, index, path), { name: id });
    seenIds.add(id);
  };
  unique(hostId, ['host']);
  for (const [i, g] of loaded.guests.entries()) unique(g.id, ['guests', i]);
  for (const [i, h] of (lab.world?.hosts ?? []).entries()) unique(h.id, ['world', 'hosts', i, 'id']);
  for (const [i, s] of (lab.world?.switches ?? []).entries()) unique(s.id, ['world', 'switches', i, 'id']);
  seenIds.clear();
  if (lab.steps === steps && doc.getIn(['steps'])) for (const [i, s] of steps.entries()) if (s.id !== undefined) unique(s.id, ['steps', i, 'id']);
  seenIds.clear();
  // One action id may appear once per variant: the same button does the variant's own thing.
  for (const [i, a] of actions.entries()) {
    const twin = actions.slice(0, i).find((b) => b.id === a.id);
    const disjoint = twin && a.variants && twin.variants && !a.variants.some((v) => twin.variants!.includes(v));
    if (twin && !disjoint) diags.add('lab.duplicate_id', spanAt(doc, index, ['actions', i, 'id']), { name: a.id });
  }
  seenIds.clear();
  for (const [i, v] of (lab.variants ?? []).entries()) unique(v.id, ['variants', i, 'id']);
  for (const [wi, w] of worlds.entries()) {
    const base: Path = wi === 0 ? ['world'] : ['variants', wi - 1, 'world'];
    for (const [i, h] of (w?.hosts ?? []).entries()) {
      for (const [j, n] of h.nics.entries()) {
        const ips = Array.isArray(n.ip) ? n.ip : n.ip ? [n.ip] : [];
        for (const [k, ip] of ips.entries()) if (!parseCidr(ip)) diags.add('cfg.bad_address', spanAt(doc, index, Array.isArray(n.ip) ? [...base, 'hosts', i, 'nics', j, 'ip', k] : [...base, 'hosts', i, 'nics', j, 'ip']), { value: ip });
      }
      if (h.gw && parseIpv4(h.gw) === undefined) diags.add('cfg.bad_gateway', spanAt(doc, index, [...base, 'hosts', i, 'gw']), { value: h.gw });
    }
  }
  const ref = (name: string, what: 'node' | 'step', path: Path) => {
    const known = what === 'node' ? nodes : stepIds;
    if (known.includes(name)) return;
    const s = suggest(name, known);
    diags.add('lab.unknown_ref', spanAt(doc, index, path), { name, what, whatKo: what === 'node' ? '노드' : '단계', ...(s ? { suggestion: s } : {}) });
  };
  const endpointNode = (e: string) => e.split('/')[0]!;
  const checkStep = (s: LabStep, at: Path) => {
    if ('ping' in s) ref(s.ping.from, 'node', [...at, 'ping', 'from']), badIp(s.ping.to, [...at, 'ping', 'to']);
    if ('tcp' in s) ref(s.tcp.from, 'node', [...at, 'tcp', 'from']), badIp(s.tcp.to, [...at, 'tcp', 'to']);
    if ('udp' in s) ref(s.udp.from, 'node', [...at, 'udp', 'from']), badIp(s.udp.to, [...at, 'udp', 'to']);
    if ('unplug' in s) ref(endpointNode(s.unplug), 'node', [...at, 'unplug']);
    if ('plug' in s) ref(endpointNode(s.plug), 'node', [...at, 'plug']);
    if ('show' in s) ref(s.on, 'node', [...at, 'on']);
    if ('attach' in s) ref(s.attach, 'node', [...at, 'attach']);
    for (const k of ['sysctl', 'flushNeigh', 'iptables', 'bridge'] as const) if (k in s) ref((s as unknown as Record<string, { on: string }>)[k]!.on, 'node', [...at, k, 'on']);
  };
  const badIp = (ip: string, path: Path) => {
    if (parseIpv4(ip) === undefined) diags.add('cfg.bad_address', spanAt(doc, index, path), { value: ip });
  };
  if (doc.getIn(['steps'])) for (const [i, s] of steps.entries()) checkStep(s, ['steps', i]);
  for (const [i, a] of actions.entries()) {
    for (const [j, s] of a.do.entries()) checkStep(s, ['actions', i, 'do', j]);
    if (a.requires !== undefined) ref(a.requires, 'step', ['actions', i, 'requires']);
  }
  const variantIds = (lab.variants ?? []).map((v) => v.id);
  const variantRef = (v: string, path: Path) => {
    if (variantIds.includes(v)) return;
    const s = suggest(v, variantIds);
    diags.add('lab.unknown_ref', spanAt(doc, index, path), { name: v, what: 'variant', whatKo: '변형', ...(s ? { suggestion: s } : {}) });
  };
  for (const [i, a] of actions.entries()) for (const [j, v] of (a.variants ?? []).entries()) variantRef(v, ['actions', i, 'variants', j]);
  const solutions: Array<[string[], Path]> = [[lab.solution ?? [], ['solution']], ...(lab.variants ?? []).map((v, i): [string[], Path] => [v.solution ?? [], ['variants', i, 'solution']])];
  for (const [ids, at] of solutions) for (const [j, id] of ids.entries()) if (!actions.some((a) => a.id === id)) ref(id, 'step', [...at, j]);
  for (const [wi, w] of worlds.entries()) {
    const base: Path = wi === 0 ? ['world'] : ['variants', wi - 1, 'world'];
    for (const [i, l] of (w?.links ?? []).entries()) {
      ref(endpointNode(l.from), 'node', [...base, 'links', i, 'from']);
      ref(endpointNode(l.to), 'node', [...base, 'links', i, 'to']);
    }
    for (const [i, h] of (w?.hosts ?? []).entries()) {
      for (const [j, n] of h.nics.entries()) if (n.connect) ref(endpointNode(n.connect), 'node', [...base, 'hosts', i, 'nics', j, 'connect']);
    }
  }
  const checkGoalRefs = (g: object, at: Path) => {
    const kind = Object.keys(g).find((k) => KINDS.goal.includes(k))!;
    const body = (g as Record<string, unknown>)[kind];
    if (kind === 'all') for (const [j, c] of (body as object[]).entries()) checkGoalRefs(c, [...at, 'all', j]);
    else if (typeof body === 'string') ref(body, 'step', [...at, kind]);
    else if (body && typeof body === 'object') {
      const b = body as { step?: string; on?: string };
      if (b.step !== undefined) ref(b.step, 'step', [...at, kind, 'step']);
      if (b.on !== undefined) ref(b.on, 'node', [...at, kind, 'on']);
    }
  };
  seenIds.clear();
  for (const [i, g] of (lab.goals ?? []).entries()) {
    checkGoalRefs(g, ['goals', i]);
    const meta = g as LabGoal;
    if (meta.after !== undefined) ref(meta.after, 'step', ['goals', i, 'after']);
    if (meta.before !== undefined) ref(meta.before, 'step', ['goals', i, 'before']);
    for (const [j, v] of (meta.variants ?? []).entries()) variantRef(v, ['goals', i, 'variants', j]);
    if (meta.id !== undefined) unique(meta.id, ['goals', i, 'id']);
  }
  if (!diags.list.some((d) => d.severity === 'error') && !out.some((d) => d.severity === 'error')) loaded.lab = { ...lab, steps };
  return finish();
}

/** The steps of a solution: every action's steps in order, each (unless it has its own) named after its action. */
export function solutionSteps(lab: LabFile, solution: readonly string[], variant?: string): LabStep[] {
  return solution.flatMap((id) => {
    const action = lab.actions?.find((a) => a.id === id && (!a.variants || variant === undefined || a.variants.includes(variant)));
    if (!action) return [];
    const steps: LabStep[] = action.do.map((s) => (s.id === undefined ? { ...s, id: action.id } : s));
    return action.wait ? [...steps, { id: action.id, wait: action.wait }] : steps;
  });
}
