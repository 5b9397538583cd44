import { describe, expect, it } from 'vitest';
import { replay, goalsFor } from '../core/replay.ts';
import type { LabDefinition, LabRun } from '../core/lab-model.ts';
import { stepView } from '../core/step-view.ts';
import { topologyFromSim } from '../core/topology-from-sim.ts';
import { tablesFromSim } from '../core/tables-from-sim.ts';
import bridgeFile from '../../../content/labs/bridge.yaml?lab';
import { siteLab } from '../../labs/site-lab.ts';

const bridgeLab = siteLab(bridgeFile);
const routedLab = siteLab(routedFile);
const natLab = siteLab(natFile);
import routedFile from '../../../content/labs/routed.yaml?lab';
import natFile from '../../../content/labs/nat-site.yaml?lab';

const goalState = (def: LabDefinition, run: LabRun) => Object.fromEntries(goalsFor(def, run.variant).map((g) => [g.id, g.check(run)]));

/** Every step of a run narrated in both languages must read as text: no holes, no raw codes. */
function expectCleanNarration(run: LabRun) {
  for (const lang of ['en', 'ko'] as const) {
    run.steps.forEach((step, i) => {
      const snap = step.snapshot;
      const topo = topologyFromSim(snap, run.names, lang);
      const v = stepView(step, i, lang, run.names, topo);
      expect(v.narration.length).toBeGreaterThan(5);
      expect(v.narration).not.toMatch(/undefined|null|NaN|\[object|\(\)|\s\.|\s,|:\s*\.|\s{2}/);
      expect(v.narration).not.toMatch(/\b(fdb|arp|route|nat|ct|icmp|tcp|udp|link|bond|lacp|stp)\.[a-z_]+\b/);
      for (const p of v.packets) expect(topo.links.some((l) => l.id === p.linkId)).toBe(true);
      tablesFromSim(snap, lang, run.names);
    });
  }
}

describe('bridge lab', () => {
  it('no goal is reached before the reader does anything', () => {
    expect(Object.values(goalState(bridgeLab, replay(bridgeLab, 'default', [])))).not.toContain(true);
  });

  it('first ping floods the ARP broadcast, the bridge learns, ageing empties the table and the next frame floods as unknown unicast', () => {
    const run = replay(bridgeLab, 'default', ['ping-lan', 'wait', 'ping-lan']);
    const floods = run.trace.filter((e) => e.code === 'fdb.flood' && e.dev === 'vmbr0');
    expect(floods[0]!.params.reason).toBe('broadcast');
    expect(floods.some((e) => e.params.reason === 'unknown_unicast')).toBe(true);
    const afterWait = run.steps.find((s) => s.waitEnd)!;
    const vmbr0 = afterWait.snapshot.hosts.find((h) => h.id === 'pve')!.bridges.find((b) => b.name === 'vmbr0')!;
    expect(vmbr0.fdb.filter((e) => !e.local)).toEqual([]);
    expect(goalState(bridgeLab, run)).toMatchObject({ reach: true, learn: true, age: true, separate: false });
  });

  it('vmbr1 is a separate switch: VM 102 on it cannot reach VM 100 although both are in 192.168.10.0/24', () => {
    const run = replay(bridgeLab, 'default', ['add-vmbr1', 'ping-from-vmbr1']);
    expect(run.actions[1]!.handles[0]!.outcome).not.toBe('ok');
    expect(run.trace.some((e) => e.node === 'vm100' && e.code === 'deliver')).toBe(false);
    expect(goalState(bridgeLab, run).separate).toBe(true);
    expectCleanNarration(run);
  });

  it('narrates every step of a full session in both languages', () => {
    expectCleanNarration(replay(bridgeLab, 'default', ['ping-lan', 'ping-vm', 'wait', 'ping-lan']));
  });

  it('an unplugged uplink stops the ping, and plugging it back restores it', () => {
    const cut = replay(bridgeLab, 'default', ['link-l1', 'ping-lan']);
    expect(cut.trace.some((e) => e.code === 'link.down')).toBe(true);
    expect(cut.actions[1]!.handles[0]!.outcome).not.toBe('ok');
    const back = replay(bridgeLab, 'default', ['link-l1', 'link-l1', 'ping-lan']);
    expect(back.actions[2]!.handles[0]!.outcome).toBe('ok');
  });

  it('is deterministic: the same actions give the same trace', () => {
    const a = replay(bridgeLab, 'default', ['ping-lan', 'ping-vm']);
    const b = replay(bridgeLab, 'default', ['ping-lan', 'ping-vm']);
    expect(JSON.stringify(a.trace)).toBe(JSON.stringify(b.trace));
  });
});

describe('routed lab', () => {
  it('bridged behind a one-MAC provider port: the guest is dropped with provider.mac_rejected', () => {
    const run = replay(routedLab, 'bridged', ['ping-out', 'ping-in']);
    expect(run.trace.some((e) => e.code === 'provider.mac_rejected' && e.params.mac === 'bc:24:11:3a:5c:01')).toBe(true);
    expect(run.actions.every((a) => a.handles[0]!.outcome !== 'ok')).toBe(true);
    expect(goalState(routedLab, run)).toEqual({ rejected: true });
    expectCleanNarration(run);
  });

  it('routed with ip_forward and proxy_arp: out and in both work, and the provider only ever sees the host MAC', () => {
    const run = replay(routedLab, 'routed', ['ping-out', 'ssh']);
    expect(goalState(routedLab, run)).toMatchObject({ out: true, ssh: true });
    const provider = run.final.switches.find((s) => s.id === 'provider')!;
    expect(provider.fdb.filter((e) => e.port === 'port 1').map((e) => e.mac)).toEqual(['a0:36:9f:12:34:56']);
    expect(run.trace.some((e) => e.code === 'arp.proxy_reply')).toBe(true);
    expect(run.trace.some((e) => e.code === 'provider.mac_rejected')).toBe(false);
    expectCleanNarration(run);
  });

  it('without proxy_arp the gateway cannot resolve the guest address, so inbound traffic fails', () => {
    const run = replay(routedLab, 'routed', ['proxy-off', 'ping-in']);
    expect(run.actions[1]!.handles[0]!.outcome).not.toBe('ok');
    expect(goalState(routedLab, run).proxy).toBe(true);
  });

  it("in the lesson's order (everything works, then proxy_arp off) the gateway's cached ARP entry keeps inbound working until it is flushed", () => {
    const cached = replay(routedLab, 'routed', ['ping-out', 'ssh', 'ping-in', 'proxy-off', 'ping-in']);
    // Linux keeps using the cached MAC: the reader sees no change yet, and the goal is not met.
    expect(cached.actions[4]!.handles[0]!.outcome).toBe('ok');
    expect(goalState(routedLab, cached).proxy).toBe(false);
    const flushed = replay(routedLab, 'routed', ['ping-out', 'ssh', 'ping-in', 'proxy-off', 'flush-gw', 'ping-in']);
    expect(flushed.actions[5]!.handles[0]!.outcome).not.toBe('ok');
    // The gateway asks for the guest's address and nobody answers for it now.
    const asks = flushed.trace.slice(flushed.actions[5]!.traceFrom).filter((e) => e.code === 'arp.request' && e.node === 'gw' && e.params.target === '203.0.113.18');
    expect(asks.length).toBeGreaterThan(0);
    expect(flushed.trace.slice(flushed.actions[5]!.traceFrom).some((e) => e.code === 'arp.proxy_reply')).toBe(false);
    expect(goalState(routedLab, flushed).proxy).toBe(true);
  });

  it('the proxy_arp hint says to choose Routed again, since resetting the lab goes back to Bridged', () => {
    expect(routedLab.variants![0]!.id).toBe('bridged');
    for (const lang of ['en', 'ko'] as const) {
      const label = routedLab.variants!.find((v) => v.id === 'routed')!.label[lang].split('(')[0]!.trim();
      const hint = goalsFor(routedLab, 'routed').find((g) => g.id === 'proxy')!.hint![lang];
      expect(hint).toContain(`"${label}"`);
    }
  });
});

describe('NAT lab', () => {
  it('masquerade + conntrack out, inbound fails without DNAT, the port forward makes SSH work, and two guests get distinct ports', () => {
    const run = replay(natLab, 'default', ['ping-out', 'ssh-in', 'forward', 'ssh-in', 'same-port']);
    expect(goalState(natLab, run)).toEqual({ out: true, blocked: true, ssh: true, ports: true });
    const ssh = run.actions[3]!.handles[0]!;
    expect(ssh.kind === 'tcp' && ssh.outcome).toBe('established');
    const masq = run.trace.find((e) => e.code === 'nat.masquerade')!;
    expect(masq.frameAfter!.ip!.src).toBe('198.51.100.5');
    expect(masq.frame!.ip!.src).toBe('10.10.10.100');
    expectCleanNarration(run);
  });

  it('the conntrack table names a state once when conntrack and TCP agree (no "ESTABLISHED (ESTABLISHED)")', () => {
    const run = replay(natLab, 'default', ['ping-out', 'forward', 'ssh-in']);
    const ct = tablesFromSim(run.steps.at(-1)!.snapshot, 'en', run.names).find((tb) => tb.tab === 'conntrack')!;
    const states = ct.rows.map((r) => r.cells[3]);
    expect(states).toContain('ESTABLISHED');
    for (const s of states) expect(s).not.toMatch(/^(\w+) \(\1\)$/);
  });

  it('the forward goal is not met by connecting after the port forward only', () => {
    const run = replay(natLab, 'default', ['forward', 'ssh-in']);
    expect(goalState(natLab, run)).toMatchObject({ blocked: false, ssh: true });
  });
});

describe('narration reads like a person telling it', () => {
  const narrations = (run: LabRun, lang: 'en' | 'ko') => run.steps.map((step, i) => stepView(step, i, lang, run.names, topologyFromSim(step.snapshot, run.names, lang)).narration);

  it('identical events in one step are said once with a count (the gateway answers two queued packets with the same ICMP error)', () => {
    const run = replay(routedLab, 'bridged', ['ping-in', 'ssh']);
    const ko = narrations(run, 'ko').join('\n');
    const en = narrations(run, 'en').join('\n');
    expect(ko).toMatch(/"호스트 도달 불가"를 돌려보냅니다\(두 번\)\./);
    expect(en).toMatch(/\(twice\)\./);
    for (const text of [...narrations(run, 'ko'), ...narrations(run, 'en')]) {
      const sentences = text.split(/(?<=\.)\s+/);
      sentences.forEach((s, i) => expect(s).not.toBe(sentences[i + 1]));
    }
  });

  it('ARP in Korean: the question and the answer as an engineer says them, not "무엇입니까?" / "…에 있습니다"', () => {
    const ko = narrations(replay(bridgeLab, 'default', ['ping-lan']), 'ko').join('\n');
    expect(ko).toContain('VM 100이 eth0으로 192.168.10.50의 MAC 주소를 묻습니다(ARP 요청).');
    expect(ko).toContain('노트북이 ARP로 답합니다. 192.168.10.50의 MAC 주소는 02:00:19:45:32:FB입니다.');
    expect(ko).not.toMatch(/무엇입니까|에 있습니다\./);
  });

  it('a finished ping says where it went, so two pings from one guest are told apart', () => {
    const run = replay(bridgeLab, 'default', ['ping-lan', 'ping-vm', 'wait']);
    const ko = narrations(run, 'ko').join('\n');
    expect(ko).toContain('VM 100에서 192.168.10.50으로 보낸 ping이 끝났습니다.');
    expect(ko).toContain('VM 100에서 192.168.10.101로 보낸 ping이 끝났습니다.');
    expect(narrations(run, 'en').join('\n')).toContain('Ping from VM 100 to 192.168.10.101 finished');
  });

  it('conntrack tuples use the same arrow as the rest of the narration', () => {
    const all = [...narrations(replay(natLab, 'default', ['ping-out']), 'ko'), ...narrations(replay(natLab, 'default', ['ping-out']), 'en')].join('\n');
    expect(all).toMatch(/conntrack/);
    expect(all).not.toContain(' -> ');
  });
});

describe('a step told before the narration tables arrive', () => {
  it('shows what the reader did and a running marker, never a raw code or an error', () => {
    const run = replay(bridgeLab, 'default', ['ping-lan']);
    const step = run.steps[0]!;
    const view = stepView(step, 0, 'ko', run.names, topologyFromSim(step.snapshot, run.names, 'ko'), false);
    expect(view.narration).toBe('직접 한 일: VM 100에서 노트북으로 ping 실행 중…');
    const later = run.steps[1]!;
    expect(stepView(later, 1, 'en', run.names, topologyFromSim(later.snapshot, run.names, 'en'), false).narration).toBe('Running…');
  });
});

describe('node names', () => {
  it("the hosting provider's switch and gateway have one name in the routed and NAT labs and the mode map, in both languages", async () => {
    const { default: modeMapFile } = await import('../../../content/labs/mode-map.yaml?lab');
    const routed = routedFile.worlds.routed!.names;
    for (const names of [natFile.worlds['']!.names, modeMapFile.worlds.nat!.names]) {
      expect(names.sw).toEqual(routed.provider);
      expect(names.gw).toEqual(routed.gw);
    }
    expect(modeMapFile.worlds.routed!.names.provider).toEqual(routed.provider);
    expect(routed.provider).toEqual({ en: 'Provider switch', ko: '업체 스위치' });
  });
});
