/**
 * MAC and IPv4 address helpers. MACs are always lowercase `aa:bb:cc:dd:ee:ff` strings inside
 * the kernel and in traces/snapshots; IPv4 addresses are dotted strings, converted to unsigned
 * 32-bit integers only for prefix matching.
 */
export type Mac = string;
export type Ipv4 = string;

export const BROADCAST_MAC: Mac = 'ff:ff:ff:ff:ff:ff';
export const ZERO_MAC: Mac = '00:00:00:00:00:00';
/** IEEE 802.3 Slow Protocols group address (LACP); bridges never forward it. */
export const SLOW_PROTOCOLS_MAC: Mac = '01:80:c2:00:00:02';
/** IEEE 802.1D STP group address; bridges consume it. */
export const STP_MAC: Mac = '01:80:c2:00:00:00';

const MAC_RE = /^([0-9a-f]{2})([:-])([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})$/i;

/** Normalises `BC:24:11:3A:5C:01` / `bc-24-11-3a-5c-01` to lowercase colon form, or null. */
export function parseMac(text: string): Mac | null {
  const m = MAC_RE.exec(text.trim());
  if (!m) return null;
  return [m[1], m[3], m[4], m[5], m[6], m[7]].join(':').toLowerCase();
}

export function macBytes(mac: Mac): number[] {
  return mac.split(':').map((b) => parseInt(b, 16));
}

/** Group (broadcast or multicast) addresses have the I/G bit set in the first octet. */
export function isGroupMac(mac: Mac): boolean {
  return (parseInt(mac.slice(0, 2), 16) & 1) === 1;
}

/** 01:80:c2:00:00:0X addresses are link-local: an 802.1D bridge never forwards them. */
export function isLinkLocalMac(mac: Mac): boolean {
  return mac.startsWith('01:80:c2:00:00:0');
}

export function macFromInt(prefix: number[], value: number): Mac {
  const tail: number[] = [];
  for (let i = 6 - prefix.length - 1; i >= 0; i--) tail.push((value >>> (8 * i)) & 0xff);
  return [...prefix, ...tail].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

const IPV4_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

const ipCache = new Map<string, number | null>();

/** Parses a dotted IPv4 address to an unsigned integer (memoised: the kernel parses the same few addresses constantly). */
export function parseIpv4(text: string): number | null {
  const hit = ipCache.get(text);
  if (hit !== undefined) return hit;
  const v = parseIpv4Uncached(text);
  if (ipCache.size > 50_000) ipCache.clear();
  ipCache.set(text, v);
  return v;
}

function parseIpv4Uncached(text: string): number | null {
  const m = IPV4_RE.exec(text.trim());
  if (!m) return null;
  let v = 0;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255) return null;
    v = v * 256 + o;
  }
  return v >>> 0;
}

export function ipToInt(ip: Ipv4): number {
  const v = parseIpv4(ip);
  if (v === null) throw new Error(`invalid IPv4 address: ${ip}`);
  return v;
}

export function intToIp(v: number): Ipv4 {
  return [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

export function prefixMask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export interface Cidr {
  /** The address as written (host part kept), e.g. 192.0.2.5 for 192.0.2.5/24. */
  ip: Ipv4;
  prefix: number;
  /** Network address as an unsigned integer. */
  network: number;
}

/** Parses `a.b.c.d/len`; a bare address means /32. Returns null when malformed. */
export function parseCidr(text: string): Cidr | null {
  const [ipPart, lenPart, extra] = text.trim().split('/');
  if (ipPart === undefined || extra !== undefined) return null;
  const ip = parseIpv4(ipPart);
  if (ip === null) return null;
  const prefix = lenPart === undefined ? 32 : /^\d{1,2}$/.test(lenPart) ? Number(lenPart) : NaN;
  if (!(prefix >= 0 && prefix <= 32)) return null;
  return { ip: intToIp(ip), prefix, network: (ip & prefixMask(prefix)) >>> 0 };
}

export function mustCidr(text: string): Cidr {
  const c = parseCidr(text);
  if (!c) throw new Error(`invalid CIDR: ${text}`);
  return c;
}

export function cidrContains(c: { network: number; prefix: number }, ip: number): boolean {
  return ((ip & prefixMask(c.prefix)) >>> 0) === c.network;
}

export function cidrText(c: { network: number; prefix: number }): string {
  return `${intToIp(c.network)}/${c.prefix}`;
}

/** The subnet's directed broadcast address (none for /31 and /32). */
export function broadcastOf(c: Cidr): number | null {
  if (c.prefix >= 31) return null;
  return (c.network | (~prefixMask(c.prefix) >>> 0)) >>> 0;
}
