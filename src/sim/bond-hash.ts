/**
 * Transmit hash policies of the Linux bonding driver (balance-xor and 802.3ad), as in
 * Documentation/networking/bonding.rst and drivers/net/bonding/bond_main.c:
 *
 *   layer2:   hash = srcMAC[5] ^ dstMAC[5] ^ ethertype                      (0x0800 for IPv4)
 *   layer2+3: hash = layer2 ^ srcIP ^ dstIP; hash ^= hash >> 16; hash ^= hash >> 8
 *   layer3+4: hash = ports ^ srcIP ^ dstIP;  hash ^= hash >> 16; hash ^= hash >> 8; hash >>= 1
 *   slave index = hash % (number of usable slaves)
 *
 * The kernel reads the IP addresses and the source/destination port pair straight from the
 * packet as 32-bit words on a little-endian CPU (x86, where Proxmox runs): the first octet of
 * the address is the low byte. After the two folds the low byte is the XOR of all four bytes, so
 * for 2, 4 or 8 slaves byte order does not change the result; for 3 slaves it can, and we follow
 * the kernel on x86. Non-IP frames (ARP, LACP) use the layer2 formula under every policy; under
 * layer3+4, IPv4 traffic that is neither TCP nor UDP (ICMP) hashes on the addresses only, as the
 * bonding documentation describes. IPv6 is not modelled.
 */
import { parseIpv4 } from './addr.ts';
import { ETHERTYPE_NUMBER, type Frame } from './frame.ts';

export type XmitHashPolicy = 'layer2' | 'layer2+3' | 'layer3+4';

export const XMIT_HASH_POLICIES: readonly XmitHashPolicy[] = ['layer2', 'layer2+3', 'layer3+4'];

/** An IPv4 address read from the packet as a little-endian 32-bit word. */
export function ipWordLE(ip: string): number {
  const v = parseIpv4(ip) ?? 0;
  // Byte-swap the big-endian value: the first octet becomes the low byte.
  return (((v >>> 24) & 0xff) | (((v >>> 16) & 0xff) << 8) | (((v >>> 8) & 0xff) << 16) | ((v & 0xff) << 24)) >>> 0;
}

/** The TCP/UDP source+destination port pair read as one little-endian 32-bit word. */
export function portsWordLE(sport: number, dport: number): number {
  return ((sport >>> 8) | ((sport & 0xff) << 8) | ((dport >>> 8) << 16) | ((dport & 0xff) << 24)) >>> 0;
}

export function layer2Hash(frame: Pick<Frame, 'src' | 'dst' | 'type'>): number {
  // The last octet: characters 15-16 of the normalised aa:bb:cc:dd:ee:ff form.
  const s = parseInt(frame.src.slice(15), 16) || 0;
  const d = parseInt(frame.dst.slice(15), 16) || 0;
  return (s ^ d ^ ETHERTYPE_NUMBER[frame.type]) >>> 0;
}

function fold(h: number): number {
  h = (h ^ (h >>> 16)) >>> 0;
  h = (h ^ (h >>> 8)) >>> 0;
  return h;
}

export function xmitHash(policy: XmitHashPolicy, frame: Frame): number {
  const ip = frame.ip;
  if (policy === 'layer2' || !ip) return layer2Hash(frame);
  const addrs = (ipWordLE(ip.src) ^ ipWordLE(ip.dst)) >>> 0;
  if (policy === 'layer2+3') return fold((layer2Hash(frame) ^ addrs) >>> 0);
  const l4 = ip.tcp ?? ip.udp;
  const ports = l4 ? portsWordLE(l4.sport, l4.dport) : 0;
  return fold((ports ^ addrs) >>> 0) >>> 1;
}

/** Slave index the kernel picks among `count` usable slaves. */
export function selectSlaveIndex(policy: XmitHashPolicy, frame: Frame, count: number): number {
  if (count <= 0) return -1;
  return xmitHash(policy, frame) % count;
}
