/** Small topologies shared by the kernel tests (documentation address ranges only). */
import { Sim } from '../index.ts';

/** Proxmox default: vmbr0 on eno1 to a LAN switch, two guests, one LAN host. */
export function bridgeLab(seed = 1): Sim {
  const sim = new Sim({ seed });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno1');
  pve.addBridge('vmbr0', { ports: ['eno1'] });
  pve.addAddress('vmbr0', '192.168.10.2/24');
  pve.addRoute({ dst: 'default', via: '192.168.10.1' });
  sim.addSwitch({ id: 'lan', kind: 'learning' });
  sim.connect({ node: 'pve', port: 'eno1' }, { node: 'lan', port: 'p1' });
  const lanHost = sim.addHost({ id: 'pc', kind: 'external' });
  lanHost.addNic('eth0');
  lanHost.addAddress('eth0', '192.168.10.50/24');
  sim.connect({ node: 'pc', port: 'eth0' }, { node: 'lan', port: 'p2' });
  const a = sim.attachGuest('pve', 'vmbr0', '100', 'eth0', { mac: 'BC:24:11:00:01:00' }).guest;
  a.addAddress('eth0', '192.168.10.100/24');
  const b = sim.attachGuest('pve', 'vmbr0', '101', 'eth0', { mac: 'BC:24:11:00:01:01' }).guest;
  b.addAddress('eth0', '192.168.10.101/24');
  return sim;
}

/**
 * The reference NAT set-up: vmbr0 (198.51.100.5/24, eno1) to the provider LAN with the gateway
 * router 198.51.100.1 and an internet server 203.0.113.10 behind it; guests on vmbr1 10.10.10.0/24.
 */
export function natLab(opts: { seed?: number; portForward?: boolean; guests?: number } = {}): Sim {
  const sim = new Sim({ seed: opts.seed ?? 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno1');
  pve.addBridge('vmbr0', { ports: ['eno1'] });
  pve.addAddress('vmbr0', '198.51.100.5/24');
  pve.addRoute({ dst: 'default', via: '198.51.100.1' });
  pve.addBridge('vmbr1', { ports: [] });
  pve.addAddress('vmbr1', '10.10.10.1/24');
  pve.setSysctl('/proc/sys/net/ipv4/ip_forward', 1);
  pve.iptables({ table: 'nat', chain: 'POSTROUTING', match: { src: '10.10.10.0/24', outIface: 'vmbr0' }, target: { kind: 'MASQUERADE' } });
  if (opts.portForward) {
    pve.iptables({ table: 'nat', chain: 'PREROUTING', match: { inIface: 'vmbr0', proto: 'tcp', dport: 2222 }, target: { kind: 'DNAT', toDestination: '10.10.10.100:22' } });
  }
  sim.addSwitch({ id: 'lan', kind: 'learning' });
  sim.connect({ node: 'pve', port: 'eno1' }, { node: 'lan', port: 'p1' });
  const gw = sim.addHost({ id: 'gw', kind: 'router' });
  gw.addNic('eth0').addAddress('eth0', '198.51.100.1/24');
  gw.addNic('eth1').addAddress('eth1', '203.0.113.1/24');
  gw.setSysctl('net.ipv4.ip_forward', 1);
  sim.connect({ node: 'gw', port: 'eth0' }, { node: 'lan', port: 'p2' });
  const server = sim.addHost({ id: 'server', kind: 'external' });
  server.addNic('eth0').addAddress('eth0', '203.0.113.10/24');
  server.addRoute({ dst: 'default', via: '203.0.113.1' });
  server.listen('tcp', 80);
  server.listen('udp', 53, { echo: true });
  sim.connect({ node: 'server', port: 'eth0' }, { node: 'gw', port: 'eth1' });
  const n = opts.guests ?? 1;
  for (let i = 0; i < n; i++) {
    const g = sim.attachGuest('pve', 'vmbr1', String(100 + i), 'eth0').guest;
    g.addAddress('eth0', `10.10.10.${100 + i}/24`);
    g.addRoute({ dst: 'default', via: '10.10.10.1' });
    g.listen('tcp', 22);
  }
  return sim;
}

/** Trace codes of a sim, optionally only for one node. */
export function codes(sim: Sim, node?: string): string[] {
  return sim.trace.filter((e) => node === undefined || e.node === node).map((e) => e.code);
}

export interface RoutedLabOptions {
  seed?: number;
  /** 'routed' (the reference config) or 'bridged' (guest bridged straight onto the provider port). */
  mode: 'routed' | 'bridged';
  proxyArp?: boolean;
  ipForward?: boolean;
}

/**
 * Hosting provider with a one-MAC port. The provider's gateway 198.51.100.1 believes the guest
 * subnet 203.0.113.16/28 is on its wire (as for additional single IPs), so it ARPs for guests.
 */
export function providerLab(opts: RoutedLabOptions): Sim {
  const sim = new Sim({ seed: opts.seed ?? 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno0');
  const sw = sim.addSwitch({ id: 'provider', kind: 'provider', registeredMac: pve.devMac('eno0')!, customerPort: 'server' });
  sim.connect({ node: 'pve', port: 'eno0' }, { node: 'provider', port: 'server' });
  const gw = sim.addHost({ id: 'gw', kind: 'router' });
  gw.addNic('eth0').addAddress('eth0', '198.51.100.1/29');
  gw.addRoute({ dst: '203.0.113.16/28', dev: 'eth0' });
  gw.addNic('eth1').addAddress('eth1', '192.0.2.1/24');
  gw.setSysctl('net.ipv4.ip_forward', 1);
  sim.connect({ node: 'gw', port: 'eth0' }, { node: 'provider', port: 'uplink' });
  const inet = sim.addHost({ id: 'inet', kind: 'external' });
  inet.addNic('eth0').addAddress('eth0', '192.0.2.10/24');
  inet.addRoute({ dst: 'default', via: '192.0.2.1' });
  sim.connect({ node: 'inet', port: 'eth0' }, { node: 'gw', port: 'eth1' });
  if (opts.mode === 'routed') {
    pve.addAddress('eno0', '198.51.100.5/29');
    pve.addRoute({ dst: 'default', via: '198.51.100.1' });
    if (opts.ipForward ?? true) pve.setSysctl('/proc/sys/net/ipv4/ip_forward', 1);
    if (opts.proxyArp ?? true) pve.setSysctl('/proc/sys/net/ipv4/conf/eno0/proxy_arp', 1);
    pve.addBridge('vmbr0', { ports: [] });
    pve.addAddress('vmbr0', '203.0.113.17/28');
    const g = sim.attachGuest('pve', 'vmbr0', '100', 'eth0').guest;
    g.addAddress('eth0', '203.0.113.18/28');
    g.addRoute({ dst: 'default', via: '203.0.113.17' });
  } else {
    pve.addBridge('vmbr0', { ports: ['eno0'] });
    pve.addAddress('vmbr0', '198.51.100.5/29');
    pve.addRoute({ dst: 'default', via: '198.51.100.1' });
    const g = sim.attachGuest('pve', 'vmbr0', '100', 'eth0').guest;
    g.addAddress('eth0', '203.0.113.18/28');
    g.addRoute({ dst: 'default', via: '203.0.113.17', onlink: true, dev: 'eth0' });
  }
  void sw;
  return sim;
}

export interface BondLabOptions {
  seed?: number;
  mode: string | number;
  switchKind?: 'learning' | 'lacp';
  slaves?: number;
  miimonMs?: number;
  xmitHashPolicy?: 'layer2' | 'layer2+3' | 'layer3+4';
  lacpRate?: 'slow' | 'fast';
  downdelayMs?: number;
  updelayMs?: number;
}

/** Proxmox node with bond0 (eno1..N) under vmbr0, cabled to one switch with `clients` LAN hosts. */
export function bondLab(opts: BondLabOptions, clients = 1): Sim {
  const sim = new Sim({ seed: opts.seed ?? 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  const n = opts.slaves ?? 2;
  const slaves = Array.from({ length: n }, (_, i) => `eno${i + 1}`);
  for (const s of slaves) pve.addNic(s);
  sim.addSwitch({ id: 'sw', kind: opts.switchKind ?? 'learning', lacpRate: opts.lacpRate ?? 'slow' });
  slaves.forEach((s, i) => sim.connect({ node: 'pve', port: s }, { node: 'sw', port: `p${i + 1}` }));
  pve.addBond('bond0', {
    slaves,
    mode: opts.mode,
    miimonMs: opts.miimonMs ?? 100,
    xmitHashPolicy: opts.xmitHashPolicy ?? 'layer2',
    lacpRate: opts.lacpRate ?? 'slow',
    downdelayMs: opts.downdelayMs ?? 0,
    updelayMs: opts.updelayMs ?? 0,
  });
  pve.addBridge('vmbr0', { ports: ['bond0'] });
  pve.addAddress('vmbr0', '192.168.10.2/24');
  for (let i = 0; i < clients; i++) {
    const c = sim.addHost({ id: `pc${i + 1}`, kind: 'external' });
    c.addNic('eth0').addAddress('eth0', `192.168.10.${50 + i}/24`);
    c.listen('tcp', 443);
    sim.connect({ node: c.id, port: 'eth0' }, { node: 'sw', port: `c${i + 1}` });
  }
  return sim;
}
