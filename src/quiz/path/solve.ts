/**
 * Answers a "predict the path" question by running its scenario on the simulation kernel: the
 * right option is the one whose outcome the kernel produced. The YAML never stores the answer,
 * so a change in the kernel (or the scenario) cannot leave a stale key behind: the build and the
 * tests recompute it, and a scenario no option describes is an error.
 */
import type { PathOutcome, PathQuestion, QuizLocale } from '../schema.ts';
import { runProbe, type Hop } from '../sim/probe.ts';
import { buildWorld, type Labels } from '../sim/worlds.ts';

export interface PathVerdict {
  choice: string;
  outcome: PathOutcome;
  /** The probe's journey in words, for the explanation shown after answering. */
  hops: Record<QuizLocale, string[]>;
}

export class PathScenarioError extends Error {}

type Phrase = (who: string) => string;
const PHRASES: Record<string, { en: Phrase; ko: Phrase }> = {
  'icmp.echo_request': { en: (w) => `${w} sends the echo request.`, ko: (w) => `${w}가 에코 요청을 보냅니다.` },
  'tcp.syn': { en: (w) => `${w} sends a TCP SYN.`, ko: (w) => `${w}가 TCP SYN을 보냅니다.` },
  'udp.send': { en: (w) => `${w} sends a UDP datagram.`, ko: (w) => `${w}가 UDP 데이터그램을 보냅니다.` },
  'fdb.forward': { en: (w) => `${w} forwards the frame to the one port where the destination MAC is known.`, ko: (w) => `${w}가 목적지 MAC을 아는 포트 하나로 프레임을 전달합니다.` },
  'fdb.flood': { en: (w) => `${w} does not know the destination MAC yet and floods the frame.`, ko: (w) => `${w}가 목적지 MAC을 아직 몰라서 프레임을 플러딩합니다.` },
  'route.forward': { en: (w) => `${w} routes the packet onward (TTL minus one, new Ethernet header).`, ko: (w) => `${w}가 패킷을 라우팅합니다(TTL 1 감소, 이더넷 헤더 새로 작성).` },
  'nat.masquerade': { en: (w) => `${w} masquerades the source to its own address.`, ko: (w) => `${w}가 출발지를 자기 주소로 마스커레이드합니다.` },
  'nat.snat': { en: (w) => `${w} rewrites the source address (SNAT).`, ko: (w) => `${w}가 출발지 주소를 바꿉니다(SNAT).` },
  'nat.dnat': { en: (w) => `${w} rewrites the destination (DNAT, port forward).`, ko: (w) => `${w}가 목적지를 바꿉니다(DNAT, 포트 포워딩).` },
  deliver: { en: (w) => `${w} receives the packet.`, ko: (w) => `${w}가 패킷을 받습니다.` },
  'tcp.rst': { en: (w) => `${w} refuses the connection with a RST (nothing listens there).`, ko: (w) => `${w}가 RST로 연결을 거절합니다(그 포트에서 기다리는 프로그램이 없습니다).` },
  'icmp.echo_reply': { en: (w) => `${w} answers with an echo reply.`, ko: (w) => `${w}가 에코 응답을 보냅니다.` },
  'nat.reverse': { en: (w) => `${w} finds the conntrack entry and rewrites the reply's address back.`, ko: (w) => `${w}가 conntrack 항목을 찾아 응답의 주소를 원래대로 되돌립니다.` },
  'tcp.syn_ack': { en: (w) => `${w} answers with SYN-ACK.`, ko: (w) => `${w}가 SYN-ACK로 응답합니다.` },
  drop: { en: (w) => `${w} discards it.`, ko: (w) => `${w}가 버립니다.` },
  'provider.mac_rejected': { en: (w) => `${w} drops the frame: its source MAC is not the registered one.`, ko: (w) => `${w}가 프레임을 버립니다. 출발지 MAC이 등록된 MAC이 아닙니다.` },
  'route.forward_disabled': { en: (w) => `${w} drops it: the packet is not for it and ip_forward is 0.`, ko: (w) => `${w}가 버립니다. 자기에게 온 패킷이 아닌데 ip_forward가 0입니다.` },
  'route.no_route': { en: (w) => `${w} drops it: no route matches the destination.`, ko: (w) => `${w}가 버립니다. 목적지에 맞는 경로가 없습니다.` },
  'filter.drop': { en: (w) => `${w} drops it by a firewall rule.`, ko: (w) => `${w}가 방화벽 규칙으로 버립니다.` },
  'ip.ttl_exceeded': { en: (w) => `${w} drops it: the TTL ran out.`, ko: (w) => `${w}가 버립니다. TTL이 다 되었습니다.` },
  'bond.tx': { en: (w) => `${w} carries it: the bond picked this link.`, ko: (w) => `패킷이 ${w}로 나갑니다. 본드가 고른 링크입니다.` },
  'link.no_carrier': { en: (w) => `${w} sends it onto a dead link; it is lost.`, ko: (w) => `${w}가 끊긴 링크로 보내서 사라집니다.` },
  'bond.no_slave': { en: (w) => `${w} has no working link in its bond; it is dropped.`, ko: (w) => `${w}의 본드에 쓸 수 있는 링크가 없어서 버려집니다.` },
  'storm.detected': { en: (w) => `${w} is caught in a broadcast storm.`, ko: (w) => `${w}에서 브로드캐스트 폭풍이 일어납니다.` },
  'arp.failed': { en: (w) => `${w} never gets an ARP answer, so the packet is never sent.`, ko: (w) => `${w}가 ARP 응답을 받지 못해서 패킷을 보내지 못합니다.` },
};

/** Korean subject particle after a label: 이 after a final consonant, 가 otherwise. */
function koSubject(label: string): string {
  const last = label.trim().slice(-1);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 === 0 ? `${label}가` : `${label}이`;
  // Digits and Latin letters: read the way Korean speakers say them (100 = 백 -> 이).
  return /[013678lmnLMN]$/.test(last) ? `${label}이` : `${label}가`;
}

export function describeHops(hops: readonly Hop[], labels: Labels): Record<QuizLocale, string[]> {
  const en: string[] = [];
  const ko: string[] = [];
  for (const hop of hops) {
    const phrase = PHRASES[hop.code];
    if (!phrase) continue;
    const node = labels[hop.node] ?? { en: hop.node, ko: hop.node };
    // A bridge inside a host is named with its host: "vmbr0 on the Proxmox host".
    const label = hop.dev ? { en: `${hop.dev} on ${node.en}`, ko: `${node.ko}의 ${hop.dev}` } : node;
    const enText = phrase.en(label.en);
    en.push(enText.replace(/^the /, 'The '));
    ko.push(phrase.ko(`\u0000`).replace(`\u0000가`, koSubject(label.ko)).replace('\u0000', label.ko));
  }
  return { en, ko };
}

export function solvePathQuestion(q: PathQuestion): PathVerdict {
  const world = buildWorld(q.scenario.topology, q.scenario.settings);
  const errors = world.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new PathScenarioError(`question ${q.id}: the scenario's host file has errors (${errors.map((d) => d.code).join(', ')})`);
  const result = runProbe(world, q.scenario.packet);
  // An option that says nothing about the bond's links matches on where the packet ended alone.
  const match = q.options.find(
    (o) => o.outcome.result === result.outcome.result && o.outcome.at === result.outcome.at && (o.outcome.links === undefined || o.outcome.links === result.outcome.links),
  );
  if (!match) {
    const links = result.outcome.links ? ` on ${result.outcome.links === 'one' ? 'one link' : 'both links'}` : '';
    throw new PathScenarioError(
      `question ${q.id}: the kernel says the packet is ${result.outcome.result} at ${result.outcome.at}${links}, and no option describes that outcome`,
    );
  }
  const hops = describeHops([...result.hops, ...result.replyHops], world.labels);
  // The hops follow the first probe; with several, say which link each of them took.
  if (result.slaves.length > 1) {
    const n = result.slaves.length;
    const same = new Set(result.slaves).size === 1;
    hops.en.push(same ? `All ${n} left the Proxmox host on ${result.slaves[0]}.` : `The ${n} left the Proxmox host on ${result.slaves.join(', ')}, in that order.`);
    hops.ko.push(same ? `${n}개 모두 Proxmox 호스트의 ${result.slaves[0]}로 나갔습니다.` : `${n}개가 차례로 Proxmox 호스트의 ${result.slaves.join(', ')}로 나갔습니다.`);
  }
  return { choice: match.id, outcome: result.outcome, hops };
}
