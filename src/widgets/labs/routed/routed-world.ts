/**
 * Routed lab on the kernel: a hosting provider whose switch port admits one registered MAC.
 * Bridged, the guest's own MAC reaches the provider and is dropped (provider.mac_rejected);
 * routed, the host owns the only MAC on the wire, forwards for the guest (ip_forward) and
 * answers the gateway's ARP for the guest's address (proxy_arp on eno0).
 */
import { Sim, type Host } from '../../../sim/core.ts';
import { routedNames } from '../../i18n/labs/names.ts';
import type { LabWorld } from '../../core/lab-model.ts';

/** The one MAC the provider has registered for this server's port (eno0's). */
export const HOST_MAC = 'A0:36:9F:12:34:56';

export const ROUTED_ADDR = {
  hostPublic: '198.51.100.5',
  providerGw: '198.51.100.1',
  bridgedGuest: '198.51.100.6',
  routedNet: '203.0.113.16/28',
  routedHost: '203.0.113.17',
  routedGuest: '203.0.113.18',
  inet: '192.0.2.10',
} as const;

export function guestAddress(variant: string): string {
  return variant === 'bridged' ? ROUTED_ADDR.bridgedGuest : ROUTED_ADDR.routedGuest;
}

/** Provider side: one-MAC switch port, gateway router, and a host on the internet. */
export function addProvider(sim: Sim, hostPort: { node: string; port: string }, opts: { registeredMac: string; onLink: string[] }): void {
  sim.addSwitch({ id: 'provider', kind: 'provider', registeredMac: opts.registeredMac.toLowerCase(), customerPort: 'port 1' });
  sim.connect(hostPort, { node: 'provider', port: 'port 1' });
  const gw: Host = sim.addHost({ id: 'gw', kind: 'router' });
  gw.addNic('eth0').addNic('eth1');
  sim.connect({ node: 'gw', port: 'eth0' }, { node: 'provider', port: 'port 2' });
  gw.addAddress('eth0', `${ROUTED_ADDR.providerGw}/29`).addAddress('eth1', '192.0.2.1/24').setSysctl('net.ipv4.ip_forward', 1);
  // Additional addresses are on-link at the provider: it ARPs for them on the customer segment.
  for (const net of opts.onLink) gw.addRoute({ dst: net, dev: 'eth0' });
  const inet = sim.addHost({ id: 'inet', kind: 'external' });
  inet.addNic('eth0');
  sim.connect({ node: 'inet', port: 'eth0' }, { node: 'gw', port: 'eth1' });
  inet.addAddress('eth0', `${ROUTED_ADDR.inet}/24`).addRoute({ dst: 'default', via: '192.0.2.1' });
}

export function buildRouted(variant: string): LabWorld {
  const sim = new Sim({ seed: 2 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno0', HOST_MAC);
  if (variant === 'bridged') {
    // vmbr0 bridges eno0: the guest's frames leave with the guest's own MAC.
    pve.addBridge('vmbr0', { ports: ['eno0'], stp: false, forwardDelayS: 0 }).addAddress('vmbr0', `${ROUTED_ADDR.hostPublic}/29`);
    pve.addRoute({ dst: 'default', via: ROUTED_ADDR.providerGw });
    addProvider(sim, { node: 'pve', port: 'eno0' }, { registeredMac: HOST_MAC, onLink: [] });
    const vm = sim.attachGuest('pve', 'vmbr0', 'vm100', 'eth0', { mac: 'BC:24:11:3A:5C:01' }).guest;
    vm.addAddress('eth0', `${ROUTED_ADDR.bridgedGuest}/29`).addRoute({ dst: 'default', via: ROUTED_ADDR.providerGw }).listen('tcp', 22);
  } else {
    // The reference routed config: public address on eno0, forwarding and proxy ARP, guests on vmbr0 (no ports).
    pve.addAddress('eno0', `${ROUTED_ADDR.hostPublic}/29`).addRoute({ dst: 'default', via: ROUTED_ADDR.providerGw });
    pve.setSysctl('net.ipv4.ip_forward', 1).setSysctl('net.ipv4.conf.eno0.proxy_arp', 1);
    pve.addBridge('vmbr0', { ports: [], stp: false, forwardDelayS: 0 }).addAddress('vmbr0', `${ROUTED_ADDR.routedHost}/28`);
    addProvider(sim, { node: 'pve', port: 'eno0' }, { registeredMac: HOST_MAC, onLink: [ROUTED_ADDR.routedNet] });
    const vm = sim.attachGuest('pve', 'vmbr0', 'vm100', 'eth0', { mac: 'BC:24:11:3A:5C:01' }).guest;
    vm.addAddress('eth0', `${ROUTED_ADDR.routedGuest}/28`).addRoute({ dst: 'default', via: ROUTED_ADDR.routedHost }).listen('tcp', 22);
  }
  return { sim, names: { ...routedNames } };
}

