/**
 * Kernel benchmarks (tinybench), wired into `npm run bench` by scripts/bench.mjs.
 * Each row: mean time of one iteration and its budget. Measurements, not unit tests.
 */
import { Bench } from 'tinybench';
import { Bond } from '../bond.ts';
import type { Frame } from '../frame.ts';
import { Sim } from '../sim.ts';

export interface BenchRow {
  name: string;
  /** Median time of one iteration (robust against GC pauses and other processes on a shared machine). */
  ms: number;
  meanMs: number;
  budgetMs: number;
}

/** NAT lab (7 nodes): a guest pings an internet server 50 times = 100 IP packets through NAT. */
export function labScenario(): Sim {
  const sim = new Sim({ seed: 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno1');
  pve.addBridge('vmbr0', { ports: ['eno1'] });
  pve.addAddress('vmbr0', '198.51.100.5/24');
  pve.addRoute({ dst: 'default', via: '198.51.100.1' });
  pve.addBridge('vmbr1', { ports: [] });
  pve.addAddress('vmbr1', '10.10.10.1/24');
  pve.setSysctl('net.ipv4.ip_forward', 1);
  pve.iptables({ table: 'nat', chain: 'POSTROUTING', match: { src: '10.10.10.0/24', outIface: 'vmbr0' }, target: { kind: 'MASQUERADE' } });
  sim.addSwitch({ id: 'lan', kind: 'learning' });
  sim.connect({ node: 'pve', port: 'eno1' }, { node: 'lan', port: 'p1' });
  const gw = sim.addHost({ id: 'gw', kind: 'router' });
  gw.addNic('eth0').addAddress('eth0', '198.51.100.1/24');
  gw.addNic('eth1').addAddress('eth1', '203.0.113.1/24');
  gw.setSysctl('net.ipv4.ip_forward', 1);
  sim.connect({ node: 'gw', port: 'eth0' }, { node: 'lan', port: 'p2' });
  const server = sim.addHost({ id: 'server' });
  server.addNic('eth0').addAddress('eth0', '203.0.113.10/24');
  server.addRoute({ dst: 'default', via: '203.0.113.1' });
  sim.connect({ node: 'server', port: 'eth0' }, { node: 'gw', port: 'eth1' });
  const g = sim.attachGuest('pve', 'vmbr1', '100').guest;
  g.addAddress('eth0', '10.10.10.100/24');
  g.addRoute({ dst: 'default', via: '10.10.10.1' });
  sim.ping('100', '203.0.113.10', { count: 50, intervalMs: 10 });
  sim.runUntilIdle();
  return sim;
}

/** 10 000 distinct TCP flows (prepared once, outside the measurement). */
const FLOWS: Frame[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: i + 1,
  src: '02:00:00:00:00:01',
  dst: '02:00:00:00:00:02',
  type: 'ipv4',
  ip: { id: i + 1, src: `10.10.${(i >> 8) & 255}.${i & 255}`, dst: '203.0.113.10', ttl: 64, proto: 'tcp', tcp: { sport: 32768 + (i % 20000), dport: 443, flags: ['SYN'] } },
}));

/**
 * A 4-slave 802.3ad-style bond (balance-xor, layer3+4) choosing the slave for 10 000 flows, with
 * its bond.tx trace; the frames are counted per slave instead of being put on cables (the wire
 * path is measured by the other two benchmarks).
 */
export function bondFlows(): number[] {
  const sim = new Sim({ seed: 1 });
  const counts = [0, 0, 0, 0];
  const slaves = ['eno1', 'eno2', 'eno3', 'eno4'];
  const bond = new Bond(sim.kernel, 'pve', 'bond0', '02:00:00:00:00:01', { slaves, mode: 'balance-xor', xmitHashPolicy: 'layer3+4' }, {
    sendOnSlave: (slave) => void counts[slaves.indexOf(slave)]!++,
    carrier: () => true,
    announce: () => undefined,
  });
  for (const f of FLOWS) bond.transmit(f);
  return counts;
}

/** One broadcast flooded through a bridge with 1 000 guests (each gets a copy). */
export function floodThousand(): Sim {
  const sim = new Sim({ seed: 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addBridge('vmbr0', { ports: [] });
  for (let i = 0; i < 1000; i++) {
    const g = sim.attachGuest('pve', 'vmbr0', `g${i}`, 'eth0', { tapName: `tap${i}i0` }).guest;
    g.addAddress('eth0', `10.10.${Math.floor(i / 250)}.${(i % 250) + 1}/16`);
  }
  sim.ping('g0', '10.10.3.250', { count: 1 });
  sim.runUntilIdle();
  return sim;
}

export async function runKernelBenchmarks(): Promise<BenchRow[]> {
  const bench = new Bench({ time: 500, warmupTime: 200, warmupIterations: 20 });
  const budgets: Record<string, number> = {
    'lab scenario: 7 nodes, 100 packets through NAT': 2,
    '10,000 flows over a 4-slave bond (layer3+4)': 20,
    'broadcast flood through 1,000 bridged guests': 50,
  };
  bench.add('lab scenario: 7 nodes, 100 packets through NAT', () => void labScenario());
  bench.add('10,000 flows over a 4-slave bond (layer3+4)', () => void bondFlows());
  bench.add('broadcast flood through 1,000 bridged guests', () => void floodThousand());
  await bench.run();
  return bench.tasks.map((t) => {
    const r = t.result as { latency?: { mean: number; p50: number } } | undefined;
    return { name: t.name, ms: r?.latency?.p50 ?? Number.NaN, meanMs: r?.latency?.mean ?? Number.NaN, budgetMs: budgets[t.name] ?? 0 };
  });
}
