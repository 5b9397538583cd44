/**
 * The mode map's three scenarios: the same Proxmox node with VM 100 and VM 101, wired the way
 * each mode wires them. NAT is the NAT lab's own scenario; routed is the routed lab's provider
 * with a second guest on vmbr0 (the routed lab has one guest only). The bridge scenario is the
 * bridge lab's, rebuilt here because bridge-lab.ts carries that lab's definition and text
 * (2 KB gzip the overview page cannot afford); a test checks the two stay the same network.
 */
import { buildNat, NAT_ADDR } from '../nat/nat-world.ts';
import { addProvider, HOST_MAC, ROUTED_ADDR } from '../routed/routed-world.ts';
import { Sim } from '../../../sim/core.ts';
import type { LabWorld } from '../../core/lab-model.ts';
import { modeMapText as T } from '../../i18n/mode-map.ts';

export type ModeId = 'bridge' | 'routed' | 'nat';

export const MODES: readonly ModeId[] = ['bridge', 'routed', 'nat'];

export interface ModeMapWorld extends LabWorld {
  /** The host VM 100 pings: the LAN host (bridge) or the internet host (routed, NAT). */
  outsideIp: string;
  /** Node ids that are part of the Proxmox node (the host and its guests). */
  inside: readonly string[];
}

export const ROUTED_VM101 = '203.0.113.19';

export const BRIDGE_ADDR = { host: '192.168.10.2/24', vm100: '192.168.10.100', vm101: '192.168.10.101', lan: '192.168.10.50' } as const;

export function isMode(v: string): v is ModeId {
  return (MODES as readonly string[]).includes(v);
}

/** The installer's set-up: eno1 enslaved to vmbr0, the host address on vmbr0, a LAN host on the switch. */
export function buildBridgePair(): LabWorld {
  const sim = new Sim({ seed: 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox', label: 'pve' });
  pve.addNic('eno1').addBridge('vmbr0', { ports: ['eno1'], stp: false, forwardDelayS: 0 }).addAddress('vmbr0', BRIDGE_ADDR.host);
  sim.addSwitch({ id: 'sw', kind: 'learning' });
  sim.connect({ node: 'pve', port: 'eno1' }, { node: 'sw', port: 'port 1' });
  const lan = sim.addHost({ id: 'lan', kind: 'external' });
  lan.addNic('eth0');
  sim.connect({ node: 'lan', port: 'eth0' }, { node: 'sw', port: 'port 2' });
  lan.addAddress('eth0', `${BRIDGE_ADDR.lan}/24`);
  sim.attachGuest('pve', 'vmbr0', 'vm100', 'eth0', { mac: 'BC:24:11:3A:5C:01' }).guest.addAddress('eth0', `${BRIDGE_ADDR.vm100}/24`);
  sim.attachGuest('pve', 'vmbr0', 'vm101', 'eth0', { mac: 'BC:24:11:3A:5C:02' }).guest.addAddress('eth0', `${BRIDGE_ADDR.vm101}/24`);
  return { sim, names: { ...T.names.bridge } };
}

/** The routed lesson's set-up: public /29 on eno0, forwarding + proxy ARP, guests on vmbr0 (no ports). */
export function buildRoutedPair(): LabWorld {
  const sim = new Sim({ seed: 2 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno0', HOST_MAC);
  pve.addAddress('eno0', `${ROUTED_ADDR.hostPublic}/29`).addRoute({ dst: 'default', via: ROUTED_ADDR.providerGw });
  pve.setSysctl('net.ipv4.ip_forward', 1).setSysctl('net.ipv4.conf.eno0.proxy_arp', 1);
  pve.addBridge('vmbr0', { ports: [], stp: false, forwardDelayS: 0 }).addAddress('vmbr0', `${ROUTED_ADDR.routedHost}/28`);
  addProvider(sim, { node: 'pve', port: 'eno0' }, { registeredMac: HOST_MAC, onLink: [ROUTED_ADDR.routedNet] });
  for (const [id, ip, mac] of [
    ['vm100', ROUTED_ADDR.routedGuest, 'BC:24:11:3A:5C:01'],
    ['vm101', ROUTED_VM101, 'BC:24:11:3A:5C:02'],
  ] as const) {
    sim.attachGuest('pve', 'vmbr0', id, 'eth0', { mac }).guest.addAddress('eth0', `${ip}/28`).addRoute({ dst: 'default', via: ROUTED_ADDR.routedHost });
  }
  return { sim, names: { ...T.names.routed } };
}

/** The Proxmox host and its guests; everything else in a scenario is outside the node. */
export const INSIDE: readonly string[] = ['pve', 'vm100', 'vm101'];

export const OUTSIDE_IP: Record<ModeId, string> = { bridge: BRIDGE_ADDR.lan, routed: ROUTED_ADDR.inet, nat: NAT_ADDR.inet };

export function modeOf(variant: string): ModeId {
  return isMode(variant) ? variant : 'bridge';
}

export function buildModeMap(variant: string): ModeMapWorld {
  const mode = modeOf(variant);
  const world = mode === 'routed' ? buildRoutedPair() : mode === 'nat' ? buildNat() : buildBridgePair();
  return { sim: world.sim, names: { ...T.names[mode] }, outsideIp: OUTSIDE_IP[mode], inside: INSIDE };
}
