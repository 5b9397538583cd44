/** IPv4 addresses and prefixes as numbers, parsed strictly (no leading zeros, no shorthand). */

export interface Cidr {
  /** Address as an unsigned 32-bit number. */
  ip: number;
  prefix: number;
}

export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

export function formatIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** `A.B.C.D/N`; `undefined` when malformed. A missing prefix is reported separately by callers. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash === -1) return undefined;
  const ip = parseIpv4(text.slice(0, slash));
  const p = text.slice(slash + 1);
  if (ip === undefined || !/^(0|[1-9][0-9]?)$/.test(p)) return undefined;
  const prefix = Number(p);
  if (prefix > 32) return undefined;
  return { ip, prefix };
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function networkOf(c: Cidr): number {
  return (c.ip & maskOf(c.prefix)) >>> 0;
}

export function broadcastOf(c: Cidr): number {
  return (networkOf(c) | (~maskOf(c.prefix) >>> 0)) >>> 0;
}

export function contains(net: Cidr, ip: number): boolean {
  return ((ip & maskOf(net.prefix)) >>> 0) === networkOf(net);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  const p = Math.min(a.prefix, b.prefix);
  return ((a.ip & maskOf(p)) >>> 0) === ((b.ip & maskOf(p)) >>> 0);
}

export function formatCidr(c: Cidr): string {
  return `${formatIpv4(c.ip)}/${c.prefix}`;
}

/** A dotted netmask (`255.255.255.0`) or a bare prefix length (`24`) to a prefix length. */
export function netmaskToPrefix(text: string): number | undefined {
  if (/^(0|[1-9][0-9]?)$/.test(text)) {
    const n = Number(text);
    return n <= 32 ? n : undefined;
  }
  const m = parseIpv4(text);
  if (m === undefined) return undefined;
  const inv = ~m >>> 0;
  // Contiguous masks have all host bits set in a block at the bottom: inv + 1 is a power of two.
  if ((inv & (inv + 1)) !== 0) return undefined;
  return 32 - Math.log2(inv + 1);
}

/** IPv6 syntax check (the kernel does not simulate IPv6; configs may still carry it). */
export function isIpv6(text: string): boolean {
  const [addr, prefix, ...rest] = text.split('/');
  if (rest.length > 0 || addr === undefined) return false;
  if (prefix !== undefined && (!/^[0-9]{1,3}$/.test(prefix) || Number(prefix) > 128)) return false;
  let groups = addr;
  let extra = 0;
  const lastColon = groups.lastIndexOf(':');
  const tail = groups.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (parseIpv4(tail) === undefined) return false;
    groups = `${groups.slice(0, lastColon + 1)}0`;
    extra = 1;
  }
  const halves = groups.split('::');
  if (halves.length > 2) return false;
  const count = (h: string) => (h === '' ? [] : h.split(':'));
  const parts = halves.flatMap(count);
  if (!parts.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const total = parts.length + extra;
  return halves.length === 2 ? total <= 7 : total === 8;
}

/** `AA:BB:CC:DD:EE:FF` (or with dashes), normalised to upper case with colons. */
export function parseMac(text: string): string | undefined {
  if (!/^[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}$/.test(text)) return undefined;
  return text.replace(/-/g, ':').toUpperCase();
}
