import { describe, expect, it } from 'vitest';
import { loadBank } from './bank-fs.ts';
import { toClientQuestion } from './localize.ts';
import { describeHops, solvePathQuestion } from './path/solve.ts';
import { followPacket } from './sim/probe.ts';
import type { PathQuestion } from './schema.ts';
import type { TraceEvent } from '../sim/trace.ts';

const bank = loadBank();
const pathQuestions = [...bank.questions.values()].filter((q): q is PathQuestion => q.type === 'path');

/**
 * What Linux does in each scenario, as the explanations in the YAML describe it. The build takes
 * the answer from the kernel, never from here: this table checks that the kernel and the written
 * explanations agree, so a kernel change that contradicts a question's text fails loudly.
 */
const LINUX_SAYS: Record<string, string> = {
  // A bridged guest is a LAN device of its own: the laptop's ping reaches it.
  'bridge-path-lan-to-guest': 'to-guest',
  // The provider's port drops every frame whose source MAC is not the registered one.
  'routed-path-bridged-behind-provider': 'at-provider',
  // Routed: the host forwards with its own MAC, so the provider lets it through.
  'routed-path-works': 'at-web',
  // ip_forward 0: a packet not addressed to the host is dropped there.
  'routed-path-no-forward': 'at-host',
  // Without DNAT, a SYN to the host's public address is for the host itself (RST).
  'nat-path-inbound-no-forward': 'at-host',
  // A routed guest's public address is reachable from outside with no extra rule.
  'rvn-path-inbound-routed': 'at-guest',
  // Private addresses are not routed on the internet: the first router has no route.
  'rvn-path-inbound-nat': 'at-gw',
  // MASQUERADE + ip_forward: the echo request reaches the internet host.
  'final-path-nat-outbound': 'at-web',
  // layer2 hashes only the MAC pair: every connection between the same two machines takes one slave.
  'bond-hash-layer2-flows': 'one-link',
  // layer3+4 hashes the ports too: connections from different source ports spread over the slaves.
  'bond-hash-layer34-flows': 'both-links',
  // balance-rr sends each packet on the next slave, whatever its flow.
  'bond-rr-one-flow': 'both-links',
  // active-backup sends everything on its active slave; the hash policy is not used.
  'bond-active-backup-flows': 'one-link',
};

describe('"predict the path" answers come from the kernel', () => {
  it('covers every path question in the bank', () => {
    expect(pathQuestions.map((q) => q.id).sort()).toEqual(Object.keys(LINUX_SAYS).sort());
  });

  for (const q of pathQuestions) {
    it(`${q.id}: the kernel's outcome is one of the options and matches the explanation`, () => {
      const verdict = solvePathQuestion(q);
      expect(verdict.choice).toBe(LINUX_SAYS[q.id]);
      const option = q.options.find((o) => o.id === verdict.choice)!;
      expect(option.outcome).toEqual(verdict.outcome);
      // The reader sees the journey in both languages, one sentence per decision.
      expect(verdict.hops.en.length).toBeGreaterThan(1);
      expect(verdict.hops.ko).toHaveLength(verdict.hops.en.length);
      // The answer key the island receives is the kernel's choice.
      const client = toClientQuestion(q, 'en', new Map([[q.id, { choice: verdict.choice, hops: verdict.hops.en }]]));
      expect(client.key).toEqual({ type: 'path', choice: verdict.choice });
    });
  }

  it('is deterministic: solving again gives the identical verdict', () => {
    for (const q of pathQuestions.slice(0, 3)) expect(solvePathQuestion(q)).toEqual(solvePathQuestion(q));
  });

  it('refuses to show a path question the kernel has not solved', () => {
    expect(() => toClientQuestion(pathQuestions[0]!, 'ko', new Map())).toThrow(/no kernel solution/);
  });
});

describe('following a packet through a trace', () => {
  const ev = (seq: number, code: string, node: string, ip?: { id: number; kind?: 'echo-request' | 'echo-reply' }): TraceEvent =>
    ({
      seq,
      t: seq,
      code,
      node,
      params: {},
      ...(ip
        ? { frame: { id: seq, src: 'a', dst: 'b', type: 'ipv4', ip: { id: ip.id, src: '10.10.10.100', dst: '192.0.2.80', ttl: 64, proto: 'icmp', icmp: { kind: ip.kind ?? 'echo-request', type: 8, code: 0 } } } }
        : {}),
    }) as TraceEvent;

  it('ends at the first node that drops the packet, and follows it by IP id after the first sighting', () => {
    const trace = [
      ev(0, 'icmp.echo_request', 'vm100'),
      ev(1, 'link.tx', 'vm100', { id: 7 }),
      ev(2, 'route.forward', 'pve', { id: 7 }),
      ev(3, 'drop', 'other', { id: 9 }), // another packet: ignored
      ev(4, 'route.no_route', 'gw', { id: 7 }),
      ev(5, 'drop', 'web', { id: 7 }),
    ];
    const fate = followPacket(trace, { from: 'vm100', sendCode: 'icmp.echo_request', first: (ip) => ip.icmp?.kind === 'echo-request' });
    expect(fate.outcome).toEqual({ result: 'dropped', at: 'gw' });
    expect(fate.hops.map((h) => `${h.node}:${h.code}`)).toEqual(['vm100:icmp.echo_request', 'pve:route.forward', 'gw:route.no_route', 'web:drop']);
  });

  it('counts a refused ARP as the end of the journey at the node that refused it', () => {
    const arp = { ...ev(1, 'provider.mac_rejected', 'provider'), frame: { id: 1, src: 'a', dst: 'b', type: 'arp' } } as TraceEvent;
    const fate = followPacket([ev(0, 'icmp.echo_request', 'vm100'), arp], { from: 'vm100', sendCode: 'icmp.echo_request', first: () => true });
    expect(fate.outcome).toEqual({ result: 'dropped', at: 'provider' });
  });

  it('uses the Korean subject particle that fits each label', () => {
    const labels = { vm100: { en: 'VM 100', ko: 'VM 100' }, pve: { en: 'the Proxmox host', ko: 'Proxmox 호스트' }, laptop: { en: 'the laptop', ko: '노트북' } };
    const text = describeHops(
      [
        { node: 'vm100', code: 'icmp.echo_request' },
        { node: 'pve', code: 'route.forward' },
        { node: 'laptop', code: 'deliver' },
      ],
      labels,
    );
    expect(text.ko).toEqual(['VM 100이 에코 요청을 보냅니다.', 'Proxmox 호스트가 패킷을 라우팅합니다(TTL 1 감소, 이더넷 헤더 새로 작성).', '노트북이 패킷을 받습니다.']);
    expect(text.en[0]).toBe('VM 100 sends the echo request.');
    expect(text.en[1]).toMatch(/^The Proxmox host routes/);
  });
});

describe('every quiz can be embedded', () => {
  it('localizes every question of every mode in both languages, as QuizBlock does at build time', async () => {
    const { quizQuestions } = await import('./bank.ts');
    const solutions = new Map(pathQuestions.map((q) => [q.id, solvePathQuestion(q)] as const));
    for (const mode of bank.quizzes.keys()) {
      for (const lang of ['ko', 'en'] as const) {
        const local = new Map([...solutions].map(([id, v]) => [id, { choice: v.choice, hops: v.hops[lang] }]));
        const questions = quizQuestions(bank, mode).map((q) => toClientQuestion(q, lang, local));
        expect(questions.length, `${mode} ${lang}`).toBeGreaterThanOrEqual(4);
        for (const q of questions) expect(q.href, q.id).toMatch(new RegExp(`^/${lang}/lessons/[a-z-]+/`));
      }
    }
  });
});
