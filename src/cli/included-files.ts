/**
 * ifupdown reads a `source`d file as if its text stood where the source line is, so an interfaces
 * file and the files it includes are one host: Proxmox SDN's vnets live in /etc/network/interfaces.d/sdn,
 * bridged onto vmbr0 of the main file. Given both on one command line, they are checked together.
 */
import type { InterfacesDocument } from '../config/interfaces/model.ts';

export interface InterfacesInput {
  file: string;
  /** The file's path as the host would see it (absolute), to match source patterns against. */
  path: string;
  text: string;
  doc: InterfacesDocument;
}

/** What Proxmox SDN writes as the first line of /etc/network/interfaces.d/sdn. */
const SDN_HEADER = /^\uFEFF?#version:\d+[ \t]*\r?$/m;

/** A shell glob (`*`, `?`, `[...]`) as a regular expression over a whole path; `*` stays within one folder. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The source patterns of `into` that include `candidate`, by path (source PATTERN, source-directory DIR). */
export function matchingSources(into: InterfacesInput, candidate: InterfacesInput, resolve: (from: string, p: string) => string): string[] {
  const found: string[] = [];
  for (const item of into.doc.items) {
    if (item.kind !== 'source' || item.path === '') continue;
    const target = resolve(into.path, item.path);
    const hit =
      item.keyword === 'source'
        ? globToRegExp(target).test(candidate.path)
        : candidate.path.startsWith(`${target.replace(/\/+$/, '')}/`) && !candidate.path.slice(target.replace(/\/+$/, '').length + 1).includes('/');
    if (hit) found.push(item.path);
  }
  return found;
}

/**
 * For each interfaces file, the other given files it includes. A file is included by a file whose
 * source line matches its path; an SDN file (copied elsewhere, its path no longer matches) is included
 * by every file that sources anything, as SDN writes the same vnets on every node of the cluster.
 */
export function groupIncluded(inputs: readonly InterfacesInput[], resolve: (from: string, p: string) => string): Map<InterfacesInput, { parts: InterfacesInput[]; followed: Set<string> }> {
  const groups = new Map<InterfacesInput, { parts: InterfacesInput[]; followed: Set<string> }>();
  const included = new Set<InterfacesInput>();
  for (const into of inputs) {
    const sources = into.doc.items.filter((i) => i.kind === 'source');
    if (sources.length === 0) continue;
    const parts: InterfacesInput[] = [];
    const followed = new Set<string>();
    for (const c of inputs) {
      if (c === into) continue;
      const byPath = matchingSources(into, c, resolve);
      const sdn = byPath.length === 0 && SDN_HEADER.test(c.text.split('\n', 1)[0] ?? '') && !c.doc.items.some((i) => i.kind === 'source');
      if (byPath.length === 0 && !sdn) continue;
      parts.push(c);
      included.add(c);
      for (const p of byPath) followed.add(p);
      if (sdn) for (const s of sources) if (s.kind === 'source' && /interfaces\.d/.test(s.path)) followed.add(s.path);
    }
    if (parts.length > 0) groups.set(into, { parts, followed });
  }
  // A file that includes others but is itself included is checked within its includer only.
  for (const f of included) groups.delete(f);
  return groups;
}
