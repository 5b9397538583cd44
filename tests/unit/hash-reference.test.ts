/**
 * The bonding module cannot be loaded on the machines this suite runs on, so the kernel's transmit
 * hash policies are checked against an independent reference instead of against real Linux.
 *
 * The reference is written from Documentation/networking/bonding.rst ("xmit_hash_policy") and
 * reads its inputs the way the Linux driver does: it serialises each flow into the bytes of a real
 * Ethernet + IPv4 + TCP/UDP header and loads the fields from those bytes (MAC[5] bytes, the
 * ethertype as a big-endian u16, the IPv4 addresses and the port pair as raw 32-bit words on a
 * little-endian CPU, as x86 Proxmox nodes are). It shares no code with src/sim/bond-hash.ts.
 *
 *   layer2:   hash = srcMAC[5] XOR dstMAC[5] XOR packet type ID;                    slave = hash % n
 *   layer2+3: hash = layer2 XOR srcIP XOR dstIP; hash ^= hash>>16; hash ^= hash>>8;  slave = hash % n
 *   layer3+4: hash = ports XOR srcIP XOR dstIP; hash ^= hash>>16; hash ^= hash>>8; hash >>= 1; slave = hash % n
 *   non-IP traffic uses layer2 under every policy; non-TCP/UDP IPv4 under layer3+4 omits the ports.
 */
import { describe, expect, it } from 'vitest';
import { selectSlaveIndex, xmitHash, type XmitHashPolicy } from '../../src/sim/bond-hash.ts';
import type { Frame, IpProto } from '../../src/sim/frame.ts';

interface Flow {
  srcMac: number[];
  dstMac: number[];
  ethertype: number;
  srcIp?: number[];
  dstIp?: number[];
  proto?: IpProto;
  sport?: number;
  dport?: number;
}

const IPPROTO: Record<IpProto, number> = { icmp: 1, tcp: 6, udp: 17 };

/** The first 38 bytes of the frame as they sit in the skb (Ethernet, 20-byte IPv4 header, ports). */
function wireBytes(f: Flow): DataView {
  const buf = new Uint8Array(38);
  buf.set(f.dstMac, 0);
  buf.set(f.srcMac, 6);
  buf[12] = f.ethertype >> 8;
  buf[13] = f.ethertype & 0xff;
  if (f.srcIp && f.dstIp && f.proto) {
    buf[14] = 0x45;
    buf[22] = 64;
    buf[23] = IPPROTO[f.proto];
    buf.set(f.srcIp, 26);
    buf.set(f.dstIp, 30);
    if (f.proto !== 'icmp') {
      buf[34] = (f.sport ?? 0) >> 8;
      buf[35] = (f.sport ?? 0) & 0xff;
      buf[36] = (f.dport ?? 0) >> 8;
      buf[37] = (f.dport ?? 0) & 0xff;
    }
  }
  return new DataView(buf.buffer);
}

function referenceHash(policy: XmitHashPolicy, f: Flow): number {
  const v = wireBytes(f);
  const l2 = (v.getUint8(5) ^ v.getUint8(11) ^ v.getUint16(12, false)) >>> 0;
  const isIpv4 = v.getUint16(12, false) === 0x0800;
  if (policy === 'layer2' || !isIpv4) return l2;
  const proto = v.getUint8(23);
  const addrs = (v.getUint32(26, true) ^ v.getUint32(30, true)) >>> 0;
  const start = policy === 'layer2+3' ? l2 : proto === 6 || proto === 17 ? v.getUint32(34, true) : 0;
  let h = (start ^ addrs) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  h = (h ^ (h >>> 8)) >>> 0;
  return policy === 'layer3+4' ? h >>> 1 : h;
}

const hex = (bytes: number[]): string => bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');

function toKernelFrame(f: Flow): Frame {
  const type = f.ethertype === 0x0800 ? 'ipv4' : 'arp';
  const frame: Frame = { id: 1, src: hex(f.srcMac), dst: hex(f.dstMac), type };
  if (type === 'ipv4' && f.srcIp && f.dstIp && f.proto) {
    const ip: NonNullable<Frame['ip']> = { id: 1, src: f.srcIp.join('.'), dst: f.dstIp.join('.'), ttl: 64, proto: f.proto };
    if (f.proto === 'tcp') ip.tcp = { sport: f.sport ?? 0, dport: f.dport ?? 0, flags: ['SYN'] };
    if (f.proto === 'udp') ip.udp = { sport: f.sport ?? 0, dport: f.dport ?? 0 };
    if (f.proto === 'icmp') ip.icmp = { kind: 'echo-request', type: 8, code: 0, id: f.sport ?? 1, seq: 1 };
    frame.ip = ip;
  } else {
    const ip4 = (b: number[] | undefined): string => (b ?? [192, 0, 2, 1]).join('.');
    frame.arp = { op: 'request', senderMac: frame.src, senderIp: ip4(f.srcIp), targetMac: '00:00:00:00:00:00', targetIp: ip4(f.dstIp) };
  }
  return frame;
}

/** xorshift32 with a fixed seed: the same 10,000 flows on every run, independent of the kernel's RNG. */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

const DOC_NETS = [
  [192, 0, 2],
  [198, 51, 100],
  [203, 0, 113],
  [10, 10, 10],
  [192, 168, 10],
];

function randomFlows(count: number, seed: number): Flow[] {
  const r = prng(seed);
  const mac = (): number[] => [0xbc, 0x24, 0x11, r() & 0xff, r() & 0xff, r() & 0xff];
  const ip = (): number[] => [...DOC_NETS[r() % DOC_NETS.length]!, r() & 0xff];
  const flows: Flow[] = [];
  for (let i = 0; i < count; i++) {
    const kind = r() % 10;
    const base = { srcMac: mac(), dstMac: mac(), srcIp: ip(), dstIp: ip() };
    if (kind === 0) flows.push({ ...base, ethertype: 0x0806 });
    else if (kind === 1) flows.push({ ...base, ethertype: 0x0800, proto: 'icmp', sport: r() & 0xffff });
    else flows.push({ ...base, ethertype: 0x0800, proto: kind % 2 ? 'tcp' : 'udp', sport: r() & 0xffff, dport: r() & 0xffff });
  }
  return flows;
}

const POLICIES: XmitHashPolicy[] = ['layer2', 'layer2+3', 'layer3+4'];
const FLOWS = randomFlows(10_000, 0x9e3779b9);

describe('bond transmit hash: kernel vs. reference from the bonding documentation', () => {
  it('hand-computed cases match the documented formulas', () => {
    // layer2: 0x22 ^ 0x11 ^ 0x0800 = 0x0833 -> odd, slave 1 of 2.
    const l2: Flow = { srcMac: [2, 0, 0, 0, 0, 0x22], dstMac: [2, 0, 0, 0, 0, 0x11], ethertype: 0x0800, srcIp: [192, 0, 2, 10], dstIp: [198, 51, 100, 20], proto: 'udp', sport: 5000, dport: 53 };
    expect(referenceHash('layer2', l2)).toBe(0x0833);
    expect(xmitHash('layer2', toKernelFrame(l2))).toBe(0x0833);
    // layer2+3: 192.0.2.10 and 198.51.100.20 read as little-endian words are 0x0a0200c0 and 0x146433c6.
    let h = (0x0833 ^ 0x0a0200c0 ^ 0x146433c6) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
    h = (h ^ (h >>> 8)) >>> 0;
    expect(referenceHash('layer2+3', l2)).toBe(h);
    expect(xmitHash('layer2+3', toKernelFrame(l2))).toBe(h);
    // layer3+4: ports 5000 (0x1388) and 53 (0x0035) sit on the wire as 13 88 00 35: the LE word 0x35008813.
    let p = (0x35008813 ^ 0x0a0200c0 ^ 0x146433c6) >>> 0;
    p = (p ^ (p >>> 16)) >>> 0;
    p = (p ^ (p >>> 8)) >>> 0;
    expect(referenceHash('layer3+4', l2)).toBe(p >>> 1);
    expect(xmitHash('layer3+4', toKernelFrame(l2))).toBe(p >>> 1);
  });

  it('ARP uses the layer2 formula under every policy', () => {
    const arp: Flow = { srcMac: [2, 0, 0, 0, 0, 0x05], dstMac: [0xff, 0xff, 0xff, 0xff, 0xff, 0xff], ethertype: 0x0806 };
    for (const policy of POLICIES) {
      expect(referenceHash(policy, arp)).toBe(0x05 ^ 0xff ^ 0x0806);
      expect(xmitHash(policy, toKernelFrame(arp))).toBe(0x05 ^ 0xff ^ 0x0806);
    }
  });

  it('ICMP under layer3+4 hashes on the addresses only (documented fallback)', () => {
    const a: Flow = { srcMac: [2, 0, 0, 0, 0, 1], dstMac: [2, 0, 0, 0, 0, 2], ethertype: 0x0800, srcIp: [10, 10, 10, 5], dstIp: [203, 0, 113, 9], proto: 'icmp', sport: 1 };
    const b: Flow = { ...a, sport: 999 };
    expect(xmitHash('layer3+4', toKernelFrame(a))).toBe(referenceHash('layer3+4', a));
    expect(xmitHash('layer3+4', toKernelFrame(a))).toBe(xmitHash('layer3+4', toKernelFrame(b)));
  });

  for (const policy of POLICIES) {
    it(`${policy}: the kernel picks the reference slave for 10,000 seeded random flows (2 to 5 slaves)`, () => {
      const mismatches: string[] = [];
      for (const f of FLOWS) {
        const frame = toKernelFrame(f);
        const want = referenceHash(policy, f);
        if (xmitHash(policy, frame) !== want) mismatches.push(`hash ${frame.src}>${frame.dst} ${frame.ip?.proto ?? 'arp'}`);
        for (let n = 2; n <= 5; n++) {
          const got = selectSlaveIndex(policy, frame, n);
          if (got !== want % n) mismatches.push(`${n} slaves: got ${got}, want ${want % n}`);
        }
        if (mismatches.length > 5) break;
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('the flows spread: with 4 slaves every slave gets between 15% and 35% of TCP/UDP flows under layer3+4', () => {
    const counts = [0, 0, 0, 0];
    let total = 0;
    for (const f of FLOWS) {
      if (f.proto !== 'tcp' && f.proto !== 'udp') continue;
      counts[referenceHash('layer3+4', f) % 4]!++;
      total++;
    }
    for (const c of counts) {
      expect(c / total).toBeGreaterThan(0.15);
      expect(c / total).toBeLessThan(0.35);
    }
  });
});
