import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sim } from '../index.ts';
import { TRACE_CODE_SET } from '../trace-codes.ts';

interface Spec {
  seed: number;
  hosts: Array<{ bridge: boolean; stp: boolean; forward: boolean; proxyArp: boolean; masquerade: boolean; bond: number; vlanAware: boolean; guests: number; firewall: boolean; dnat: boolean; dropForward: boolean }>;
  switches: number;
  links: Array<[number, number]>;
  actions: Array<{ kind: 'ping' | 'tcp' | 'udp' | 'toggle' | 'wait'; a: number; b: number; at: number }>;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  hosts: fc.array(
    fc.record({
      bridge: fc.boolean(),
      stp: fc.boolean(),
      forward: fc.boolean(),
      proxyArp: fc.boolean(),
      masquerade: fc.boolean(),
      bond: fc.integer({ min: -1, max: 6 }),
      vlanAware: fc.boolean(),
      guests: fc.integer({ min: 0, max: 2 }),
      firewall: fc.boolean(),
      dnat: fc.boolean(),
      dropForward: fc.boolean(),
    }),
    { minLength: 2, maxLength: 6 },
  ),
  switches: fc.integer({ min: 0, max: 3 }),
  links: fc.array(fc.tuple(fc.nat(20), fc.nat(20)), { minLength: 1, maxLength: 12 }),
  actions: fc.array(
    fc.record({ kind: fc.constantFrom('ping' as const, 'tcp' as const, 'udp' as const, 'toggle' as const, 'wait' as const), a: fc.nat(20), b: fc.nat(20), at: fc.integer({ min: 0, max: 3000 }) }),
    { minLength: 1, maxLength: 6 },
  ),
});

/** Builds a random but valid topology: every host has 3 NICs, optionally bonded and bridged. */
function build(spec: Spec): Sim {
  const sim = new Sim({ seed: spec.seed });
  const endpoints: Array<{ node: string; port: string }> = [];
  spec.hosts.forEach((h, i) => {
    const host = sim.addHost({ id: `h${i}`, kind: i === 0 ? 'proxmox' : 'external' });
    const nics = ['eth0', 'eth1', 'eth2'];
    for (const n of nics) {
      host.addNic(n);
      endpoints.push({ node: host.id, port: n });
    }
    let l3 = 'eth0';
    if (h.bond >= 0) host.addBond('bond0', { slaves: ['eth1', 'eth2'], mode: h.bond, miimonMs: 100, xmitHashPolicy: 'layer3+4' });
    if (h.bridge) {
      host.addBridge('vmbr0', { ports: h.bond >= 0 ? ['eth0', 'bond0'] : nics, stp: h.stp, forwardDelayS: 2, vlanAware: h.vlanAware, vids: [1, 10] });
      l3 = 'vmbr0';
      for (let g = 0; g < h.guests; g++) {
        const guest = sim.attachGuest(host.id, 'vmbr0', `${i}0${g}`, 'eth0', { firewall: h.firewall, ...(g === 1 ? { tag: 10 } : {}) }).guest;
        guest.addAddress('eth0', `10.10.10.${100 + i * 10 + g}/24`);
        guest.addRoute({ dst: 'default', via: `10.10.10.${i + 1}` });
        guest.listen('tcp', 22);
      }
    }
    if (h.dnat) host.iptables({ table: 'nat', chain: 'PREROUTING', match: { proto: 'tcp', dport: 22 }, target: { kind: 'DNAT', toDestination: `10.10.10.${100 + i * 10}:22` } });
    if (h.dropForward) host.iptablesPolicy('filter', 'FORWARD', 'DROP');
    if (h.firewall) host.iptables({ op: 'insert', table: 'raw', chain: 'PREROUTING', match: { inIface: 'fwbr+' }, target: { kind: 'CT', zone: 1 } });
    host.addAddress(l3, `10.10.10.${i + 1}/24`);
    if (!h.bridge) host.addAddress(h.bond >= 0 ? 'bond0' : 'eth1', `192.168.10.${i + 1}/24`);
    host.addRoute({ dst: 'default', via: `10.10.10.${((i + 1) % spec.hosts.length) + 1}` });
    if (h.forward) host.setSysctl('net.ipv4.ip_forward', 1);
    if (h.proxyArp) host.setSysctl(`net.ipv4.conf.${l3}.proxy_arp`, 1);
    if (h.masquerade) host.iptables({ table: 'nat', chain: 'POSTROUTING', match: { outIface: l3 }, target: { kind: 'MASQUERADE' } });
    host.listen('tcp', 22);
    host.listen('udp', 53, { echo: true });
  });
  for (let s = 0; s < spec.switches; s++) {
    const sw = sim.addSwitch({ id: `s${s}`, kind: s === 1 ? 'lacp' : s === 2 ? 'provider' : 'learning' });
    for (let p = 0; p < 4; p++) endpoints.push({ node: sw.id, port: `p${p}` });
  }
  const used = new Set<string>();
  const links: string[] = [];
  for (const [x, y] of spec.links) {
    const a = endpoints[x % endpoints.length]!;
    const b = endpoints[y % endpoints.length]!;
    const ka = `${a.node}:${a.port}`;
    const kb = `${b.node}:${b.port}`;
    if (ka === kb || used.has(ka) || used.has(kb)) continue;
    used.add(ka);
    used.add(kb);
    links.push(sim.connect(a, b));
  }
  for (const act of spec.actions) {
    const src = `h${act.a % spec.hosts.length}`;
    const dst = `10.10.10.${(act.b % spec.hosts.length) + 1}`;
    sim.at(act.at, () => {
      if (act.kind === 'ping') sim.ping(src, dst, { count: 2, intervalMs: 200 });
      else if (act.kind === 'tcp') sim.tcpConnect(src, dst, 22);
      else if (act.kind === 'udp') sim.udpSend(src, dst, 53);
      else if (act.kind === 'toggle' && links.length) {
        const id = links[act.b % links.length]!;
        sim.setLinkUp(id, !sim.linkList().find((l) => l.id === id)!.up);
      }
    });
  }
  return sim;
}

const MAX_EVENTS = 300_000;
/** SIM_FUZZ_RUNS=2000 npx vitest run src/sim/test/property.test.ts for a longer local fuzz. */
const RUNS = Number(process.env.SIM_FUZZ_RUNS ?? 60);

describe('kernel properties (fast-check)', () => {
  it('random topologies never throw and always come to rest; every emitted code is documented', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const sim = build(spec);
        const r = sim.runUntilIdle({ maxEvents: MAX_EVENTS });
        expect(r.idle).toBe(true);
        sim.advance(5_000);
        sim.snapshot();
        for (const e of sim.trace) expect(TRACE_CODE_SET.has(e.code)).toBe(true);
      }),
      { numRuns: RUNS, seed: Number(process.env.SIM_FUZZ_SEED ?? 42) },
    );
  });

  it('same seed, same scenario => byte-identical trace', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const a = build(spec);
        a.runUntilIdle({ maxEvents: MAX_EVENTS });
        const b = build(spec);
        b.runUntilIdle({ maxEvents: MAX_EVENTS });
        expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace));
        expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.snapshot()));
      }),
      { numRuns: 25, seed: 7 },
    );
  });

  it('no bridge or switch ever sends a frame back out of the port it came in on', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const sim = build(spec);
        sim.runUntilIdle({ maxEvents: MAX_EVENTS });
        for (const e of sim.trace) {
          if (e.code === 'fdb.flood' && e.port !== undefined) expect(String(e.params.ports).split(',')).not.toContain(e.port);
          if (e.code === 'fdb.forward' && e.params.from !== undefined) expect(e.port).not.toBe(e.params.from);
        }
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});
