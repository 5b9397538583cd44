/**
 * Guest NIC lines as Proxmox writes them in a VM config (`net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0,
 * firewall=1,tag=10`, plus cloud-init `ipconfig0: ip=.../24,gw=...`) or a container config
 * (`net0: name=eth0,bridge=vmbr0,hwaddr=...,ip=.../24,gw=...,type=veth`).
 */
import { Diagnostics } from './diagnostic.ts';
import { contains, formatIpv4, parseCidr, parseIpv4, parseMac, type Cidr } from './ipv4.ts';
import type { BridgeConfig, HostConfig } from './interfaces/host.ts';
import { LineIndex, type Span } from './span.ts';
import { suggest } from './suggest.ts';

/** NIC models Proxmox offers for VMs (virtio is the default and the fastest). */
export const NIC_MODELS = [
  'virtio',
  'e1000',
  'e1000e',
  'rtl8139',
  'vmxnet3',
  'e1000-82540em',
  'e1000-82544gc',
  'e1000-82545em',
  'i82551',
  'i82557b',
  'i82559er',
  'ne2k_isa',
  'ne2k_pci',
  'pcnet',
] as const;

const VM_KEYS = ['bridge', 'firewall', 'tag', 'link_down', 'mtu', 'queues', 'rate', 'trunks', 'macaddr', 'model'];
const CT_KEYS = ['name', 'bridge', 'firewall', 'tag', 'hwaddr', 'ip', 'gw', 'ip6', 'gw6', 'type', 'mtu', 'rate', 'link_down', 'trunks'];

export interface GuestNic {
  /** N of netN. */
  index: number;
  kind: 'vm' | 'ct';
  /** NIC model for VMs, 'veth' for containers. */
  model: string;
  mac: string;
  /** True when the line had no MAC and one was derived from vmid and N. */
  macGenerated: boolean;
  bridge?: string;
  tag?: number;
  firewall: boolean;
  linkDown: boolean;
  mtu?: number;
  /** From a container's ip= or a VM's ipconfigN (cloud-init). */
  address?: Cidr;
  gateway?: number;
  span: Span;
  bridgeSpan?: Span;
  tagSpan?: Span;
  gatewaySpan?: Span;
}

export interface GuestConfig {
  vmid: number;
  nics: GuestNic[];
  index: LineIndex;
}

/** FNV-1a, 32 bit: small, stable across platforms, good enough to spread MACs. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The MAC a NIC without one gets: Proxmox's BC:24:11 prefix and three bytes from a hash of vmid and N. */
export function generatedMac(vmid: number, index: number): string {
  const h = fnv1a(`${vmid}:net${index}`);
  const b = [(h >>> 16) & 255, (h >>> 8) & 255, h & 255];
  return ['BC', '24', '11', ...b.map((x) => x.toString(16).padStart(2, '0').toUpperCase())].join(':');
}

interface Field {
  key: string;
  value: string;
  span: Span;
  valueSpan: Span;
}

function fieldsOf(index: LineIndex, text: string, at: number): Field[] {
  const out: Field[] = [];
  let pos = 0;
  for (const part of text.split(',')) {
    const start = at + pos;
    pos += part.length + 1;
    const lead = part.length - part.trimStart().length;
    const t = part.trim();
    if (t === '') continue;
    const eq = t.indexOf('=');
    const key = eq === -1 ? t : t.slice(0, eq);
    const value = eq === -1 ? '' : t.slice(eq + 1);
    const s = start + lead;
    out.push({
      key,
      value,
      span: index.span(s, s + t.length),
      valueSpan: eq === -1 ? index.span(s, s + t.length) : index.span(s + eq + 1, s + t.length),
    });
  }
  return out;
}

/**
 * Parses a VM or container config (or a single netN line). `vmid` seeds generated MACs.
 * Lines other than netN/ipconfigN are ignored; snapshot sections ([name]) end the current config.
 */
export function parseGuestConfig(text: string, vmid: number, diags = new Diagnostics()): GuestConfig & { diagnostics: Diagnostics } {
  const index = new LineIndex(text);
  const nics = new Map<number, GuestNic>();
  const ipconfigs: Array<{ n: number; fields: Field[] }> = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (/^\s*\[/.test(line)) break;
    const m = /^(\s*)(net|ipconfig)(\d+)(\s*):(\s*)(.*?)\s*$/.exec(line);
    if (!m) {
      if (/^\s*(net|ipconfig)\d*\b/.test(line) && !/^\s*#/.test(line)) {
        diags.add('guest.bad_line', index.span(lineStart, lineStart + line.length), { text: line.trim().slice(0, 40) });
      }
      continue;
    }
    const [, lead, what, num, sp1, sp2, value] = m;
    const n = Number(num);
    const valueAt = lineStart + lead!.length + what!.length + num!.length + sp1!.length + 1 + sp2!.length;
    const fields = fieldsOf(index, value!, valueAt);
    const lineSpan = index.span(lineStart + lead!.length, lineStart + line.length);
    if (what === 'ipconfig') ipconfigs.push({ n, fields });
    else {
      const nic = parseNic(fields, n, vmid, lineSpan, diags);
      if (nic) nics.set(n, nic);
    }
  }
  for (const { n, fields } of ipconfigs) {
    const nic = nics.get(n);
    if (nic) readIp(fields, nic, diags);
  }
  const list = [...nics.values()].sort((a, b) => a.index - b.index);
  return { vmid, nics: list, index, diagnostics: diags };
}

function readIp(fields: Field[], nic: GuestNic, diags: Diagnostics) {
  for (const f of fields) {
    if (f.key === 'ip') {
      if (f.value === 'dhcp' || f.value === 'manual') continue;
      const c = parseCidr(f.value);
      if (!c) diags.add('guest.bad_ip', f.valueSpan, { value: f.value });
      else nic.address = c;
    } else if (f.key === 'gw') {
      const g = parseIpv4(f.value);
      if (g === undefined) diags.add('guest.bad_ip', f.valueSpan, { value: f.value });
      else {
        nic.gateway = g;
        nic.gatewaySpan = f.valueSpan;
      }
    }
  }
}

function parseNic(fields: Field[], n: number, vmid: number, span: Span, diags: Diagnostics): GuestNic | undefined {
  const first = fields[0];
  if (!first) {
    diags.add('guest.bad_line', span, { text: `net${n}:` });
    return undefined;
  }
  const isCt = fields.some((f) => f.key === 'name' || f.key === 'hwaddr' || f.key === 'type');
  const nic: GuestNic = { index: n, kind: isCt ? 'ct' : 'vm', model: isCt ? 'veth' : 'virtio', mac: '', macGenerated: false, firewall: false, linkDown: false, span };
  const keys = isCt ? CT_KEYS : VM_KEYS;
  let mac: { text: string; span: Span } | undefined;
  let sawModel = isCt;
  for (const [i, f] of fields.entries()) {
    const key = f.key.toLowerCase();
    if (!isCt && i === 0 && !keys.includes(key)) {
      // The first field names the model, with the MAC as its value (`virtio=BC:24:...`) or alone.
      if (!(NIC_MODELS as readonly string[]).includes(key)) {
        const s = suggest(key, NIC_MODELS);
        diags.add('guest.unknown_model', f.span, { value: f.key, ...(s ? { suggestion: s } : {}) });
      }
      nic.model = key;
      sawModel = true;
      if (f.value !== '') mac = { text: f.value, span: f.valueSpan };
      continue;
    }
    switch (key) {
      case 'model':
        nic.model = f.value;
        sawModel = true;
        if (!(NIC_MODELS as readonly string[]).includes(f.value)) {
          const s = suggest(f.value, NIC_MODELS);
          diags.add('guest.unknown_model', f.valueSpan, { value: f.value, ...(s ? { suggestion: s } : {}) });
        }
        break;
      case 'macaddr':
      case 'hwaddr':
        mac = { text: f.value, span: f.valueSpan };
        break;
      case 'bridge':
        nic.bridge = f.value;
        nic.bridgeSpan = f.valueSpan;
        break;
      case 'tag': {
        const t = /^\d{1,4}$/.test(f.value) ? Number(f.value) : NaN;
        if (!(t >= 1 && t <= 4094)) diags.add('guest.bad_tag', f.valueSpan, { value: f.value });
        else {
          nic.tag = t;
          nic.tagSpan = f.valueSpan;
        }
        break;
      }
      case 'firewall':
      case 'link_down': {
        if (f.value !== '0' && f.value !== '1') diags.add('guest.bad_value', f.valueSpan, { value: f.value, key });
        if (key === 'firewall') nic.firewall = f.value === '1';
        else nic.linkDown = f.value === '1';
        break;
      }
      case 'mtu': {
        const v = /^\d{1,5}$/.test(f.value) ? Number(f.value) : NaN;
        if (!(v >= 1 && v <= 65520)) diags.add('guest.bad_value', f.valueSpan, { value: f.value, key });
        else nic.mtu = v;
        break;
      }
      case 'ip':
      case 'gw':
        readIp([f], nic, diags);
        break;
      default:
        if (!keys.includes(key)) {
          const s = suggest(key, keys);
          diags.add('guest.unknown_key', f.span, { key: f.key, ...(s ? { suggestion: s } : {}) });
        }
    }
  }
  if (!sawModel) diags.add('guest.unknown_model', span, { value: '' });
  if (mac) {
    const m = parseMac(mac.text);
    if (!m) diags.add('guest.bad_mac', mac.span, { value: mac.text });
    // The I/G bit: a multicast source MAC is dropped by every bridge and switch.
    else if ((parseInt(m.slice(0, 2), 16) & 1) === 1) diags.add('guest.multicast_mac', mac.span, { value: m });
    nic.mac = m ?? generatedMac(vmid, n);
    nic.macGenerated = !m;
  } else {
    nic.mac = generatedMac(vmid, n);
    nic.macGenerated = true;
  }
  if (nic.bridge === undefined) diags.add('guest.no_bridge', span, { nic: `net${n}` });
  return nic;
}

/** One interfaces file guests are checked against; `file` names it when there are several (a cluster's nodes). */
export interface GuestHost {
  host: HostConfig;
  file?: string;
}

/**
 * Checks guests against the host: bridges that exist, MACs that are unique, gateways the guest can
 * reach. Given several interfaces files (the nodes of a cluster), every guest is checked against each
 * of them, since a guest may be started or migrated on any node and needs its bridge there too.
 */
export function checkGuests(
  guests: ReadonlyArray<GuestConfig & { diagnostics: Diagnostics }>,
  hosts: HostConfig | undefined | ReadonlyArray<GuestHost>,
): void {
  const list: ReadonlyArray<GuestHost> = hosts === undefined ? [] : Array.isArray(hosts) ? hosts : [{ host: hosts as HostConfig }];
  const named = list.length > 1;
  const macs = new Map<string, string>();
  for (const g of guests) {
    for (const nic of g.nics) {
      const where = `${g.vmid}/net${nic.index}`;
      const other = macs.get(nic.mac);
      if (other) g.diagnostics.add('guest.duplicate_mac', nic.span, { value: nic.mac, other });
      else macs.set(nic.mac, where);
      for (const { host, file } of list) checkBridge(g.diagnostics, nic, host, named ? file : undefined);
      checkGateway(g.diagnostics, nic, list);
    }
  }
}

function checkBridge(diags: Diagnostics, nic: GuestNic, host: HostConfig, file: string | undefined): void {
  if (nic.bridge === undefined) return;
  const br = host.byName.get(nic.bridge);
  if (br && br.kind === 'bridge') {
    checkTag(diags, nic, br.name, br.bridge!, file);
    return;
  }
  const bridges = host.interfaces.filter((i) => i.kind === 'bridge').map((i) => i.name);
  const s = suggest(nic.bridge, bridges);
  const at = nic.bridgeSpan ?? nic.span;
  const onFile: Record<string, string> = file === undefined ? {} : { file };
  // Proxmox SDN writes its vnets to /etc/network/interfaces.d/sdn, which the file only sources.
  if (!br && !s && host.sources?.length) {
    diags.add(file === undefined ? 'guest.bridge_maybe_sourced' : 'guest.bridge_maybe_sourced_in', at, { bridge: nic.bridge, source: host.sources[0]!, ...onFile });
  } else {
    diags.add(file === undefined ? 'guest.unknown_bridge' : 'guest.unknown_bridge_in', at, {
      bridge: nic.bridge,
      known: bridges.join(', ') || '-',
      ...onFile,
      ...(s ? { suggestion: s } : {}),
    });
  }
}

/**
 * On a VLAN-aware bridge Proxmox puts the guest's tag on its tap port, but the uplink port carries only
 * the VLANs in bridge-vids: a tag outside them never leaves the host. Checked only where bridge-vids is written.
 */
function checkTag(diags: Diagnostics, nic: GuestNic, bridge: string, br: BridgeConfig, file: string | undefined): void {
  const tag = nic.tag;
  if (tag === undefined || !br.vlanAware || br.vids.length === 0 || br.ports.length === 0) return;
  if (br.vids.some((r) => tag >= r.from && tag <= r.to)) return;
  const vids = br.vids.map((r) => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`)).join(' ');
  diags.add('guest.tag_not_in_bridge_vids', nic.tagSpan ?? nic.span, { tag, nic: `net${nic.index}`, bridge, vids, ...(file === undefined ? {} : { file }) });
}

/**
 * A VM's gateway must be on its own subnet. A container's need not: for `ip=203.0.113.10/32,gw=...`
 * (the routed set-up for CTs) Proxmox writes `post-up ip route add GW dev eth0` into the container,
 * so the gateway is on-link as long as something on the bridge answers ARP for it.
 */
function checkGateway(diags: Diagnostics, nic: GuestNic, hosts: ReadonlyArray<GuestHost>): void {
  if (!nic.address || nic.gateway === undefined || contains(nic.address, nic.gateway)) return;
  const at = nic.gatewaySpan ?? nic.span;
  const params = { value: formatIpv4(nic.gateway), nic: `net${nic.index}` };
  if (nic.kind === 'vm') {
    if (nic.address.prefix < 32) diags.add('guest.gateway_not_on_link', at, params);
    return;
  }
  const bridge = nic.bridge ?? '';
  for (const { host } of hosts) {
    const br = host.byName.get(bridge);
    if (!br?.bridge) continue;
    const answered =
      br.bridge.ports.length > 0 ||
      br.portPatterns === true ||
      br.addresses.some((a) => a.cidr.ip === nic.gateway) ||
      host.proxyArp.has(bridge) ||
      host.proxyArp.has('all');
    if (!answered) {
      diags.add('guest.ct_gateway_unanswered', at, { ...params, bridge });
      return;
    }
  }
  diags.add('guest.ct_gateway_onlink', at, { ...params, bridge });
}

/** Whether a text looks like a guest config rather than an interfaces file. */
export function looksLikeGuestConfig(text: string): boolean {
  return /^\s*net\d+\s*:/m.test(text) && !/^\s*iface\s/m.test(text);
}
