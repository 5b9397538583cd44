/**
 * Texts of lab results: what each step did and whether each goal passed, in Korean and English.
 * Results carry a code and params; the CLI and the widgets translate them with this one table.
 * Korean templates write particles in both forms ("{on}이(가)"); `fill` keeps the one that fits the
 * word filled in ("pve가", "vmbr0이").
 */
import { interpolate, type Lang, type Texts } from '../config/messages.ts';
import { resolveParticles } from './particles.ts';

export const OUTCOMES: Record<string, Texts> = {
  ok: { en: 'all answered', ko: '모두 응답함' },
  partial: { en: 'some lost', ko: '일부 유실' },
  timeout: { en: 'no answer (timeout)', ko: '응답 없음(시간 초과)' },
  unreachable: { en: 'unreachable', ko: '도달 불가' },
  ttl_exceeded: { en: 'TTL exceeded', ko: 'TTL 초과' },
  no_route: { en: 'no route', ko: '경로 없음' },
  pending: { en: 'still running', ko: '진행 중' },
  established: { en: 'connection established', ko: '연결 성립' },
  refused: { en: 'refused (RST)', ko: '거부됨(RST)' },
  delivered: { en: 'delivered', ko: '전달됨' },
  replied: { en: 'answered', ko: '응답받음' },
  port_unreachable: { en: 'port unreachable', ko: '포트 도달 불가' },
  lost: { en: 'lost', ko: '유실' },
};

export const STEP_TEXTS = {
  'step.ping': { en: 'ping {from} -> {to}: {sent} sent, {received} received ({outcome})', ko: 'ping {from} -> {to}: {sent}개 보냄, {received}개 받음({outcome})' },
  'step.ping_started': { en: 'ping {from} -> {to} started ({count} packets, running on)', ko: 'ping {from} -> {to} 시작({count}개, 계속 진행)' },
  'step.tcp': { en: 'TCP {from} -> {to}:{port}: {outcome}', ko: 'TCP {from} -> {to}:{port}: {outcome}' },
  'step.udp': { en: 'UDP {from} -> {to}:{port}: {outcome}', ko: 'UDP {from} -> {to}:{port}: {outcome}' },
  'step.seen_as': { en: 'the server saw it come from {src}:{sport}', ko: '서버는 {src}:{sport}에서 온 것으로 봤습니다' },
  'step.unplug': { en: 'unplugged the cable at {endpoint}', ko: '{endpoint}의 케이블을 뽑았습니다' },
  'step.plug': { en: 'plugged the cable at {endpoint} back in', ko: '{endpoint}에 케이블을 다시 꽂았습니다' },
  'step.no_link': { en: 'there is no cable at {endpoint}', ko: '{endpoint}에는 케이블이 없습니다' },
  'step.wait': { en: 'waited {ms} ms', ko: '{ms}ms 기다렸습니다' },
  'step.show': { en: '{table} on {on}', ko: '{on}의 {table}' },
  'step.sysctl': { en: 'sysctl -w {key}={value} on {on}', ko: '{on}에서 sysctl -w {key}={value}' },
  'step.flush_neigh': { en: 'ip neigh flush dev {dev} on {on}: the ARP entries are gone', ko: '{on}에서 ip neigh flush dev {dev}: ARP 항목이 모두 지워졌습니다' },
  'step.iptables': { en: 'iptables {rule} on {on}', ko: '{on}에서 iptables {rule}' },
  'step.bridge': { en: 'created bridge {name} (no ports) on {on}', ko: '{on}에 브리지 {name}(포트 없음)을 만들었습니다' },
  'step.attach': { en: 'plugged guest {guest} in', ko: '게스트 {guest}을(를) 연결했습니다' },
  'step.failed': { en: 'step could not run: {detail}', ko: '단계를 실행할 수 없습니다: {detail}' },
} as const satisfies Record<string, Texts>;

export const TABLE_NAMES: Record<string, Texts> = {
  fdb: { en: 'MAC address table (FDB)', ko: 'MAC 주소 테이블(FDB)' },
  arp: { en: 'neighbour (ARP) table', ko: '이웃(ARP) 테이블' },
  routes: { en: 'routing table', ko: '라우팅 테이블' },
  conntrack: { en: 'conntrack table', ko: 'conntrack 테이블' },
  bond: { en: 'bond slaves', ko: '본드 슬레이브' },
  lacp: { en: 'LACP state', ko: 'LACP 상태' },
};

export interface GoalTexts {
  pass: Texts;
  fail: Texts;
}

export const GOAL_TEXTS = {
  'goal.reachable': {
    pass: { en: '{step}: {to} is reachable from {from}', ko: '{step}: {from}에서 {to}까지 닿습니다' },
    fail: { en: '{step}: {to} should be reachable from {from}, but the result was: {outcome}', ko: '{step}: {from}에서 {to}까지 닿아야 하는데 결과는 "{outcome}"입니다' },
  },
  'goal.unreachable': {
    pass: { en: '{step}: {to} is not reachable from {from}, as expected', ko: '{step}: 예상대로 {from}에서 {to}까지 닿지 않습니다' },
    fail: { en: '{step}: {to} should not be reachable from {from}, but it is', ko: '{step}: {from}에서 {to}까지 닿지 않아야 하는데 닿습니다' },
  },
  'goal.lost_at_most': {
    pass: { en: '{step}: {lost} of {sent} pings lost (at most {max} allowed)', ko: '{step}: ping {sent}개 중 {lost}개 유실(최대 {max}개 허용)' },
    fail: { en: '{step}: {lost} of {sent} pings lost, more than the {max} allowed', ko: '{step}: ping {sent}개 중 {lost}개가 유실되어 허용치 {max}개를 넘었습니다' },
  },
  'goal.carried_by': {
    pass: { en: '{step}: every frame left {bond} on {on} through {slave}', ko: '{step}: {on}의 {bond}에서 나간 프레임이 모두 {slave}을(를) 지났습니다' },
    fail: { en: '{step}: frames should leave {bond} on {on} through {slave}, but used: {used}', ko: '{step}: {on}의 {bond}에서 프레임이 {slave}(으)로 나가야 하는데 실제로는 {used}을(를) 썼습니다' },
  },
  'goal.slaves_used': {
    pass: { en: '{bond} on {on} sent on {count} slave(s): {used}', ko: '{on}의 {bond}은(는) 슬레이브 {count}개로 보냈습니다: {used}' },
    fail: { en: '{bond} on {on} should send on {count} slave(s), but used {actual}: {used}', ko: '{on}의 {bond}은(는) 슬레이브 {count}개로 보내야 하는데 {actual}개를 썼습니다: {used}' },
  },
  'goal.conntrack': {
    pass: { en: 'conntrack on {on} has the entry {entry}', ko: '{on}의 conntrack에 {entry} 항목이 있습니다' },
    fail: { en: 'conntrack on {on} has no entry matching {wanted} (entries: {entries})', ko: '{on}의 conntrack에 {wanted}에 맞는 항목이 없습니다(항목: {entries})' },
  },
  'goal.mac_learned': {
    pass: { en: '{on} learned {mac} on port {port}', ko: '{on}이(가) {mac}을(를) {port} 포트에서 학습했습니다' },
    fail: { en: '{on} should have learned {mac} on port {port}, but has it on: {actual}', ko: '{on}이(가) {mac}을(를) {port} 포트에서 학습해야 하는데 실제 위치는 {actual}입니다' },
  },
  'goal.seen_as': {
    pass: { en: '{step}: the server saw the traffic from {actual}', ko: '{step}: 서버는 트래픽이 {actual}에서 왔다고 봤습니다' },
    fail: { en: '{step}: the server should see the traffic from {wanted}, but saw {actual}', ko: '{step}: 서버가 트래픽을 {wanted}에서 온 것으로 봐야 하는데 {actual}(으)로 봤습니다' },
  },
  'goal.all': {
    pass: { en: 'all {count} checks pass', ko: '확인 {count}개를 모두 통과했습니다' },
    fail: { en: 'check {failed} of {count} fails ({first})', ko: '확인 {count}개 중 {failed}번째가 통과하지 못했습니다({first})' },
  },
  'goal.trace': {
    pass: { en: "'{code}' {presence} in the trace{where}", ko: "트레이스에 '{code}'이(가) {presence}{where}" },
    fail: { en: "'{code}' should {want} in the trace{where}", ko: "트레이스에 '{code}'이(가) {want}{where}" },
  },
} as const satisfies Record<string, GoalTexts>;

export type StepCode = keyof typeof STEP_TEXTS;
export type GoalCode = keyof typeof GOAL_TEXTS;

function fill(template: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  const text = interpolate(template, params);
  return lang === 'ko' ? resolveParticles(text) : text;
}

export function stepText(code: StepCode, params: Record<string, string | number>, lang: Lang): string {
  return fill(STEP_TEXTS[code][lang], params, lang);
}

export function goalText(code: GoalCode, passed: boolean, params: Record<string, string | number>, lang: Lang): string {
  const t = GOAL_TEXTS[code][passed ? 'pass' : 'fail'][lang];
  // Some params come in both languages (outcome words); pick the reader's.
  const local: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) if (!k.endsWith('Ko')) local[k] = lang === 'ko' && params[`${k}Ko`] !== undefined ? params[`${k}Ko`]! : v;
  return fill(t, local, lang);
}

export function outcomeText(outcome: string, lang: Lang): string {
  return OUTCOMES[outcome]?.[lang] ?? outcome;
}
