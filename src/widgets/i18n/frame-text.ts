/** One-line, localized descriptions of frames for narration and link labels. */
import type { Frame } from '../../sim/frame.ts';
import { fmtMac, type Lang } from './lang.ts';

export function frameText(f: Frame | undefined, lang: Lang): string {
  if (!f) return '';
  const ko = lang === 'ko';
  if (f.arp) {
    const a = f.arp;
    if (a.op === 'request') {
      if (a.senderIp === a.targetIp) return ko ? `ARP 알림(${a.senderIp} = ${fmtMac(a.senderMac)})` : `ARP announcement (${a.senderIp} is at ${fmtMac(a.senderMac)})`;
      return ko ? `ARP 요청(${a.targetIp}의 MAC은?)` : `ARP request (who has ${a.targetIp}?)`;
    }
    return ko ? `ARP 응답(${a.senderIp} = ${fmtMac(a.senderMac)})` : `ARP reply (${a.senderIp} is at ${fmtMac(a.senderMac)})`;
  }
  if (f.ip) {
    const p = f.ip;
    if (p.icmp) {
      const kind = {
        'echo-request': ko ? 'ping 요청' : 'ping request',
        'echo-reply': ko ? 'ping 응답' : 'ping reply',
        'dest-unreachable': ko ? 'ICMP 도달 불가' : 'ICMP unreachable',
        'time-exceeded': ko ? 'ICMP 시간 초과' : 'ICMP time exceeded',
      }[p.icmp.kind];
      return `${kind} ${p.src} → ${p.dst}`;
    }
    if (p.tcp) return `TCP ${p.tcp.flags.join('+') || '-'} ${p.src}:${p.tcp.sport} → ${p.dst}:${p.tcp.dport}`;
    if (p.udp) return `UDP ${p.src}:${p.udp.sport} → ${p.dst}:${p.udp.dport}`;
    return `IPv4 ${p.src} → ${p.dst}`;
  }
  if (f.lacp) return ko ? `LACPDU(포트 ${f.lacp.actorPort})` : `LACPDU (port ${f.lacp.actorPort})`;
  if (f.bpdu) return ko ? `STP BPDU(루트 ${f.bpdu.rootId})` : `STP BPDU (root ${f.bpdu.rootId})`;
  return `${f.type} ${fmtMac(f.src)} → ${fmtMac(f.dst)}`;
}

/** Short label drawn next to a moving frame ("ARP", "ping", "TCP SYN"). */
export function frameBadge(f: Frame | undefined): string {
  if (!f) return '';
  if (f.arp) return 'ARP';
  if (f.ip?.icmp) return f.ip.icmp.kind.startsWith('echo') ? 'ping' : 'ICMP';
  if (f.ip?.tcp) return `TCP ${f.ip.tcp.flags.join('+')}`;
  if (f.ip?.udp) return 'UDP';
  if (f.lacp) return 'LACP';
  if (f.bpdu) return 'BPDU';
  return f.type.toUpperCase();
}
