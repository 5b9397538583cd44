/**
 * The worlds quiz scenarios run in: a Proxmox host configured from a real interfaces file, its
 * guests, and what is at the other end of its cables. Each world has a default file (the
 * reference configuration of its lesson) and a few settings that change the file the way a
 * reader's mistake would (a deleted line), so a question states its variation in words and the
 * kernel decides what happens.
 */
import { checkInterfaces } from '../../config/interfaces/index.ts';
import { BOND_LACP, DEFAULT_BRIDGE, NAT, ROUTED } from '../../config/reference-configs.ts';
import type { Diagnostic } from '../../config/diagnostic.ts';
import { Sim } from '../../sim/index.ts';
import type { Host } from '../../sim/host.ts';
import type { Topology } from '../schema.ts';
import { applyHostConfig } from './apply-host.ts';
import { WORLD_LABELS, type Labels } from './labels.ts';

export type { Labels };

export type Settings = Readonly<Record<string, boolean | number | string>>;


export interface World {
  sim: Sim;
  labels: Labels;
  /** Problems in the interfaces file the Proxmox host was built from. */
  diagnostics: Diagnostic[];
  /**
   * Periodic protocols run in this world (LACP, the bond's link monitor), so it never goes idle:
   * a probe runs it for a fixed time instead of until nothing is left to do.
   */
  runMs?: number;
}

interface GuestSpec {
  id: string;
  bridge: string;
  cidr: string;
  gateway: string;
  listen?: number[];
}

/**
 * What a reader does when they bridge on a one-MAC provider: the host's address moves to vmbr0.
 * A mistake, not a reference configuration, so it lives here rather than in reference-configs.
 */
const BRIDGED_AT_PROVIDER = `auto lo
iface lo inet loopback

iface eno0 inet manual

auto vmbr0
iface vmbr0 inet static
        address 198.51.100.5/29
        gateway 198.51.100.1
        bridge-ports eno0
        bridge-stp off
        bridge-fd 0
`;

const BOND_SETTLE_MS = 3000;

const withoutLines = (text: string, pattern: RegExp) =>
  text
    .split('\n')
    .filter((line) => !pattern.test(line))
    .join('\n');

/** The interfaces file a world's Proxmox host runs with these settings. */
export function hostFile(topology: Topology, settings: Settings = {}): string {
  switch (topology) {
    case 'bridge-lan':
      return DEFAULT_BRIDGE;
    case 'provider-one-mac': {
      let text = settings.bridged ? BRIDGED_AT_PROVIDER : ROUTED;
      if (settings.ipForward === false) text = withoutLines(text, /ip_forward/);
      if (settings.proxyArp === false) text = withoutLines(text, /proxy_arp/);
      return text;
    }
    case 'bond-lan': {
      // The lesson's bond under vmbr0, with the mode and transmit hash policy a question names.
      let text = BOND_LACP;
      if (typeof settings.mode === 'string') text = text.replace(/bond-mode .*/, `bond-mode ${settings.mode}`);
      if (typeof settings.hash === 'string') text = text.replace(/bond-xmit-hash-policy .*/, `bond-xmit-hash-policy ${settings.hash}`);
      return text;
    }
    case 'nat-host': {
      let text = NAT;
      if (settings.masquerade === false) text = withoutLines(text, /MASQUERADE/);
      if (settings.portForward === false) text = withoutLines(text, /DNAT/);
      if (settings.ipForward === false) text = withoutLines(text, /ip_forward/);
      return text;
    }
  }
}

function external(sim: Sim, id: string, nic: string, cidr: string, gateway?: string, kind: 'external' | 'router' = 'external'): Host {
  const host = sim.addHost({ id, kind });
  host.addNic(nic).addAddress(nic, cidr);
  if (gateway) host.addRoute({ dst: '0.0.0.0/0', via: gateway, dev: nic });
  return host;
}

/** A guest whose bridge the file no longer defines stays unplugged (it is not created). */
function addGuest(sim: Sim, pve: Host, g: GuestSpec): void {
  if (!pve.devices.has(g.bridge)) return;
  const guest = sim.addHost({ id: g.id, kind: 'guest' });
  guest.addNic('eth0').addAddress('eth0', g.cidr);
  guest.addRoute({ dst: '0.0.0.0/0', via: g.gateway, dev: 'eth0' });
  for (const port of g.listen ?? []) guest.listen('tcp', port);
  sim.attachGuest(pve.id, g.bridge, g.id, 'eth0', { tapName: `tap${g.id.replace(/\D/g, '')}i0` });
}

/**
 * Builds a world. `hostText` replaces the Proxmox host's file (the "fix the config" answer);
 * without it the world uses its reference file varied by `settings`.
 */
export function buildWorld(topology: Topology, settings: Settings = {}, hostText?: string): World {
  const sim = new Sim({ seed: 1 });
  const text = hostText ?? hostFile(topology, settings);
  const checked = checkInterfaces(text);
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  const labels: Labels = WORLD_LABELS[topology];

  switch (topology) {
    case 'bridge-lan': {
      const lan = sim.addSwitch({ id: 'lan', kind: 'learning' });
      pve.addNic('eno1');
      applyHostConfig(pve, checked.host);
      sim.connect({ node: 'pve', port: 'eno1' }, { node: lan.id, port: 'p1' });
      // The bridge lesson's office: laptop .50, VM 100 .100, VM 101 .101.
      external(sim, 'laptop', 'eth0', '192.168.10.50/24', '192.168.10.1');
      sim.connect({ node: 'laptop', port: 'eth0' }, { node: 'lan', port: 'p2' });
      external(sim, 'router', 'eth0', '192.168.10.1/24', undefined, 'router');
      sim.connect({ node: 'router', port: 'eth0' }, { node: 'lan', port: 'p3' });
      addGuest(sim, pve, { id: 'vm100', bridge: 'vmbr0', cidr: '192.168.10.100/24', gateway: '192.168.10.1' });
      addGuest(sim, pve, { id: 'vm101', bridge: 'vmbr0', cidr: '192.168.10.101/24', gateway: '192.168.10.1' });
      break;
    }
    case 'provider-one-mac': {
      pve.addNic('eno0');
      applyHostConfig(pve, checked.host);
      const provider = sim.addSwitch({ id: 'provider', kind: 'provider', registeredMac: pve.devMac('eno0') });
      // The customer port is the first one cabled: the host's.
      sim.connect({ node: 'pve', port: 'eno0' }, { node: provider.id, port: 'customer' });
      const gw = external(sim, 'gw', 'eth0', '198.51.100.1/29', undefined, 'router');
      gw.addNic('eth1').addAddress('eth1', '192.0.2.1/24');
      gw.addRoute({ dst: '203.0.113.16/28', via: '198.51.100.5', dev: 'eth0' });
      gw.setSysctl('net.ipv4.ip_forward', 1);
      sim.connect({ node: 'gw', port: 'eth0' }, { node: 'provider', port: 'uplink' });
      external(sim, 'web', 'eth0', '192.0.2.80/24', '192.0.2.1');
      sim.connect({ node: 'web', port: 'eth0' }, { node: 'gw', port: 'eth1' });
      if (settings.bridged) addGuest(sim, pve, { id: 'vm100', bridge: 'vmbr0', cidr: '198.51.100.6/29', gateway: '198.51.100.1' });
      else addGuest(sim, pve, { id: 'vm100', bridge: 'vmbr0', cidr: '203.0.113.18/28', gateway: '203.0.113.17' });
      break;
    }
    case 'bond-lan': {
      pve.addNic('eno1').addNic('eno2');
      applyHostConfig(pve, checked.host);
      sim.addSwitch({ id: 'sw', kind: 'lacp' });
      sim.connect({ node: 'pve', port: 'eno1' }, { node: 'sw', port: 'p1' });
      sim.connect({ node: 'pve', port: 'eno2' }, { node: 'sw', port: 'p2' });
      const nas = external(sim, 'nas', 'eth0', '192.168.10.30/24', '192.168.10.1');
      nas.listen('tcp', 873);
      sim.connect({ node: 'nas', port: 'eth0' }, { node: 'sw', port: 'p3' });
      addGuest(sim, pve, { id: 'vm100', bridge: 'vmbr0', cidr: '192.168.10.50/24', gateway: '192.168.10.1' });
      break;
    }
    case 'nat-host': {
      pve.addNic('eno1');
      applyHostConfig(pve, checked.host);
      const upstream = sim.addSwitch({ id: 'upstream', kind: 'learning' });
      sim.connect({ node: 'pve', port: 'eno1' }, { node: upstream.id, port: 'p1' });
      const gw = external(sim, 'gw', 'eth0', '198.51.100.1/24', undefined, 'router');
      gw.addNic('eth1').addAddress('eth1', '192.0.2.1/24');
      gw.setSysctl('net.ipv4.ip_forward', 1);
      sim.connect({ node: 'gw', port: 'eth0' }, { node: 'upstream', port: 'p2' });
      external(sim, 'web', 'eth0', '192.0.2.80/24', '192.0.2.1');
      sim.connect({ node: 'web', port: 'eth0' }, { node: 'gw', port: 'eth1' });
      addGuest(sim, pve, { id: 'vm100', bridge: 'vmbr1', cidr: '10.10.10.100/24', gateway: '10.10.10.1', listen: [22] });
      break;
    }
  }
  if (topology === 'bond-lan') {
    // Let the LACP partners exchange their first LACPDUs and agree on an aggregator before any probe.
    sim.advance(BOND_SETTLE_MS);
    return { sim, labels, diagnostics: checked.diagnostics, runMs: 2000 };
  }
  return { sim, labels, diagnostics: checked.diagnostics };
}
