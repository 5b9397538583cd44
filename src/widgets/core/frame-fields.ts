/** A frame's headers as labelled fields per layer, for the PacketInspector (and its diff). */
import type { Frame } from '../../sim/frame.ts';
import { fmtMac, type Lang } from '../i18n/lang.ts';
import { ui, type UiStrings } from '../i18n/ui.ts';

export interface HeaderField {
  name: string;
  value: string;
}

export interface HeaderLayer {
  id: 'eth' | 'arp' | 'ip' | 'icmp' | 'tcp' | 'udp' | 'lacp' | 'stp';
  title: string;
  fields: HeaderField[];
}

const ETHERTYPE_TEXT: Record<Frame['type'], string> = { ipv4: '0x0800 (IPv4)', arp: '0x0806 (ARP)', lacp: '0x8809 (LACP)', stp: 'LLC (STP)' };

export function frameLayers(f: Frame, lang: Lang): HeaderLayer[] {
  const t: UiStrings = ui(lang);
  const ko = lang === 'ko';
  const layers: HeaderLayer[] = [];
  const eth: HeaderField[] = [
    { name: ko ? '출발지 MAC' : 'Source MAC', value: fmtMac(f.src) },
    { name: ko ? '목적지 MAC' : 'Destination MAC', value: fmtMac(f.dst) },
    { name: 'EtherType', value: ETHERTYPE_TEXT[f.type] },
  ];
  if (f.vlan !== undefined) eth.push({ name: ko ? 'VLAN 태그' : 'VLAN tag', value: String(f.vlan) });
  layers.push({ id: 'eth', title: t.layerEthernet, fields: eth });
  if (f.arp) {
    const a = f.arp;
    layers.push({
      id: 'arp',
      title: t.layerArp,
      fields: [
        { name: ko ? '동작' : 'Operation', value: a.op === 'request' ? (ko ? '요청(who-has)' : 'request (who-has)') : ko ? '응답(is-at)' : 'reply (is-at)' },
        { name: ko ? '보낸 쪽 MAC' : 'Sender MAC', value: fmtMac(a.senderMac) },
        { name: ko ? '보낸 쪽 IP' : 'Sender IP', value: a.senderIp },
        { name: ko ? '대상 MAC' : 'Target MAC', value: fmtMac(a.targetMac) },
        { name: ko ? '대상 IP' : 'Target IP', value: a.targetIp },
      ],
    });
  }
  if (f.ip) {
    const p = f.ip;
    layers.push({
      id: 'ip',
      title: t.layerIp,
      fields: [
        { name: ko ? '출발지 IP' : 'Source IP', value: p.src },
        { name: ko ? '목적지 IP' : 'Destination IP', value: p.dst },
        { name: 'TTL', value: String(p.ttl) },
        { name: ko ? '프로토콜' : 'Protocol', value: p.proto.toUpperCase() },
      ],
    });
    if (p.icmp) {
      const fields: HeaderField[] = [
        { name: ko ? '종류' : 'Type', value: `${p.icmp.type} (${p.icmp.kind})` },
        { name: ko ? '코드' : 'Code', value: String(p.icmp.code) },
      ];
      if (p.icmp.id !== undefined) fields.push({ name: 'ID', value: String(p.icmp.id) });
      if (p.icmp.seq !== undefined) fields.push({ name: ko ? '순번' : 'Sequence', value: String(p.icmp.seq) });
      layers.push({ id: 'icmp', title: t.layerIcmp, fields });
    }
    if (p.tcp) {
      layers.push({
        id: 'tcp',
        title: t.layerTcp,
        fields: [
          { name: ko ? '출발지 포트' : 'Source port', value: String(p.tcp.sport) },
          { name: ko ? '목적지 포트' : 'Destination port', value: String(p.tcp.dport) },
          { name: ko ? '플래그' : 'Flags', value: p.tcp.flags.join(', ') },
        ],
      });
    }
    if (p.udp) {
      layers.push({
        id: 'udp',
        title: t.layerUdp,
        fields: [
          { name: ko ? '출발지 포트' : 'Source port', value: String(p.udp.sport) },
          { name: ko ? '목적지 포트' : 'Destination port', value: String(p.udp.dport) },
        ],
      });
    }
  }
  if (f.lacp) {
    const l = f.lacp;
    layers.push({
      id: 'lacp',
      title: t.layerLacp,
      fields: [
        { name: ko ? '액터 시스템' : 'Actor system', value: fmtMac(l.actorSystem) },
        { name: ko ? '액터 키/포트' : 'Actor key/port', value: `${l.actorKey}/${l.actorPort}` },
        { name: ko ? '동기화' : 'Synchronized', value: l.actorState.sync ? (ko ? '예' : 'yes') : ko ? '아니요' : 'no' },
        { name: ko ? '속도' : 'Rate', value: l.actorState.fast ? 'fast (1 s)' : 'slow (30 s)' },
        { name: ko ? '파트너 시스템' : 'Partner system', value: fmtMac(l.partnerSystem) },
      ],
    });
  }
  if (f.bpdu) {
    layers.push({
      id: 'stp',
      title: t.layerStp,
      fields: [
        { name: ko ? '루트 ID' : 'Root ID', value: f.bpdu.rootId },
        { name: ko ? '루트 경로 비용' : 'Root path cost', value: String(f.bpdu.rootCost) },
        { name: ko ? '브리지 ID' : 'Bridge ID', value: f.bpdu.bridgeId },
        { name: ko ? '포트 ID' : 'Port ID', value: f.bpdu.portId },
      ],
    });
  }
  return layers;
}

/** `layer.field` names whose value differs between two frames (e.g. after NAT). */
export function changedFields(before: HeaderLayer[], after: HeaderLayer[]): Set<string> {
  const old = new Map<string, string>();
  for (const l of before) for (const f of l.fields) old.set(`${l.id}.${f.name}`, f.value);
  const out = new Set<string>();
  for (const l of after) for (const f of l.fields) if (old.get(`${l.id}.${f.name}`) !== f.value) out.add(`${l.id}.${f.name}`);
  return out;
}
