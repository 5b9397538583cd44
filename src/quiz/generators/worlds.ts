/**
 * The small worlds generated questions run in, built straight on the kernel from a seed's
 * numbers (the lesson worlds in src/quiz/sim have fixed addresses). Every address is from the
 * documentation ranges: the office LAN 192.168.10.0/24, NAT guests 10.10.10.0/24, the provider
 * 198.51.100.0/24, routed guests 203.0.113.16/28, the outside web 192.0.2.0/24.
 */
import { Sim } from '../../sim/index.ts';
import type { Host } from '../../sim/host.ts';
import type { World } from '../sim/worlds.ts';
import type { Labels } from '../sim/labels.ts';

const L = (en: string, ko: string) => ({ en, ko });

export const vmNode = (vmid: number) => `vm${vmid}`;
const vmLabel = (vmid: number) => L(`VM ${vmid}`, `VM ${vmid}`);
const guestLabels = (vm: { vmid: number; extra?: { vmid: number } }): Labels => ({
  [vmNode(vm.vmid)]: vmLabel(vm.vmid),
  ...(vm.extra ? { [vmNode(vm.extra.vmid)]: vmLabel(vm.extra.vmid) } : {}),
});

function nic(host: Host, name: string, cidr: string, gateway?: string, mac?: string): Host {
  host.addNic(name, mac).addAddress(name, cidr);
  if (gateway) host.addRoute({ dst: '0.0.0.0/0', via: gateway, dev: name });
  return host;
}

function guest(
  sim: Sim,
  bridge: string,
  g: {
    vmid: number;
    cidr: string;
    gateway?: string;
    mac?: string;
    listen?: number[];
  },
): Host {
  const { guest: vm } = sim.attachGuest('pve', bridge, vmNode(g.vmid), 'eth0', {
    tapName: `tap${g.vmid}i0`,
    ...(g.mac ? { mac: g.mac } : {}),
  });
  vm.addAddress('eth0', g.cidr);
  if (g.gateway) vm.addRoute({ dst: '0.0.0.0/0', via: g.gateway, dev: 'eth0' });
  for (const port of g.listen ?? []) vm.listen('tcp', port);
  return vm;
}

/** The outside: a router with a web server behind it on 192.0.2.0/24. */
function outside(sim: Sim, routerId: string, routerCidr: string, webIp: string, webPorts: readonly number[] = [80, 443]): Host {
  const router = sim.addHost({ id: routerId, kind: 'router' });
  nic(router, 'eth0', routerCidr);
  nic(router, 'eth1', '192.0.2.1/24');
  router.setSysctl('net.ipv4.ip_forward', 1);
  const web = nic(sim.addHost({ id: 'web', kind: 'external' }), 'eth0', `${webIp}/24`, '192.0.2.1');
  for (const port of webPorts) web.listen('tcp', port);
  sim.connect({ node: 'web', port: 'eth0' }, { node: routerId, port: 'eth1' });
  return router;
}

/** A routed or NAT guest; `extra` is a second guest on the same bridge. */
export interface GuestSpec {
  vmid: number;
  ip: string;
  listen?: number[];
  extra?: { vmid: number; ip: string };
}

export interface LanVm {
  vmid: number;
  cidr: string;
  mac: string;
  gateway?: string;
}

/**
 * The bridge lesson's office: vmbr0 on eno1 (or with no port), a switch, a laptop, the office
 * router at 192.168.10.1 with the web behind it, guests on vmbr0.
 */
export function lanWorld(o: { vms: readonly LanVm[]; laptop: { ip: string; mac: string }; hostIp: string; bridgePorts?: boolean; webIp?: string }): World {
  const sim = new Sim({ seed: 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno1');
  pve.addBridge('vmbr0', {
    ports: o.bridgePorts === false ? [] : ['eno1'],
    stp: false,
    forwardDelayS: 0,
  });
  pve.addAddress('vmbr0', `${o.hostIp}/24`);
  pve.addRoute({ dst: '0.0.0.0/0', via: '192.168.10.1' });
  sim.addSwitch({ id: 'lan', kind: 'learning' });
  sim.connect({ node: 'pve', port: 'eno1' }, { node: 'lan', port: 'p1' });
  nic(sim.addHost({ id: 'laptop', kind: 'external' }), 'eth0', `${o.laptop.ip}/24`, '192.168.10.1', o.laptop.mac);
  sim.connect({ node: 'laptop', port: 'eth0' }, { node: 'lan', port: 'p2' });
  outside(sim, 'router', '192.168.10.1/24', o.webIp ?? '192.0.2.80');
  sim.connect({ node: 'router', port: 'eth0' }, { node: 'lan', port: 'p3' });
  const labels: Labels = {
    pve: L('the Proxmox host', 'Proxmox 호스트'),
    lan: L('the office switch', '사무실 스위치'),
    laptop: L('the laptop', '노트북'),
    router: L('the office router', '사무실 라우터'),
    web: L('the web server', '웹 서버'),
  };
  for (const vm of o.vms) {
    guest(sim, 'vmbr0', vm);
    labels[vmNode(vm.vmid)] = vmLabel(vm.vmid);
  }
  return { sim, labels, diagnostics: [] };
}

/**
 * The routed lesson: the host's one public address on eno0 (the provider accepts only eno0's
 * MAC), guests on 203.0.113.16/28 behind vmbr0, the provider's gateway routing that subnet to
 * the host. `bridged` is the reader's mistake of bridging the guest onto eno0 instead.
 */
export function routedWorld(o: { hostIp: string; vm: GuestSpec; webIp: string; ipForward?: boolean; gatewayRoute?: boolean; bridged?: boolean }): World {
  const sim = new Sim({ seed: 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno0');
  if (o.bridged) {
    pve.addBridge('vmbr0', { ports: ['eno0'], stp: false, forwardDelayS: 0 });
    pve.addAddress('vmbr0', `${o.hostIp}/29`);
  } else {
    pve.addAddress('eno0', `${o.hostIp}/29`);
    pve.addBridge('vmbr0', { ports: [], stp: false, forwardDelayS: 0 });
    pve.addAddress('vmbr0', '203.0.113.17/28');
    if (o.ipForward !== false) pve.setSysctl('net.ipv4.ip_forward', 1);
    pve.setSysctl('net.ipv4.conf.eno0.proxy_arp', 1);
  }
  pve.addRoute({ dst: '0.0.0.0/0', via: '198.51.100.1' });
  sim.addSwitch({
    id: 'provider',
    kind: 'provider',
    registeredMac: pve.devMac('eno0'),
  });
  sim.connect({ node: 'pve', port: 'eno0' }, { node: 'provider', port: 'customer' });
  const gw = outside(sim, 'gw', '198.51.100.1/29', o.webIp);
  if (o.gatewayRoute !== false) gw.addRoute({ dst: '203.0.113.16/28', via: o.hostIp, dev: 'eth0' });
  sim.connect({ node: 'gw', port: 'eth0' }, { node: 'provider', port: 'uplink' });
  guest(sim, 'vmbr0', {
    vmid: o.vm.vmid,
    cidr: o.bridged ? `${o.vm.ip}/29` : `${o.vm.ip}/28`,
    gateway: o.bridged ? '198.51.100.1' : '203.0.113.17',
    ...(o.vm.listen ? { listen: o.vm.listen } : {}),
  });
  if (o.vm.extra)
    guest(sim, 'vmbr0', {
      vmid: o.vm.extra.vmid,
      cidr: `${o.vm.extra.ip}/28`,
      gateway: '203.0.113.17',
    });
  return {
    sim,
    labels: {
      pve: L('the Proxmox host', 'Proxmox 호스트'),
      provider: L("the provider's switch", '업체 스위치'),
      gw: L("the provider's gateway", '업체 게이트웨이'),
      web: L('the web server', '웹 서버'),
      ...guestLabels(o.vm),
    },
    diagnostics: [],
  };
}

export interface PortForward {
  hostPort: number;
  vmPort: number;
}

/**
 * The NAT lesson: the host's public address on vmbr0 (on eno1), guests on vmbr1 with
 * 10.10.10.1/24, MASQUERADE out of vmbr0 and port forwards to the guest; the host itself runs
 * SSH on 22 as every Proxmox host does.
 */
export function natWorld(o: { hostIp: string; vm: GuestSpec; webIp: string; masquerade?: boolean; ipForward?: boolean; forwards?: readonly PortForward[] }): World {
  const sim = new Sim({ seed: 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno1');
  pve.addBridge('vmbr0', { ports: ['eno1'], stp: false, forwardDelayS: 0 });
  pve.addAddress('vmbr0', `${o.hostIp}/24`);
  pve.addRoute({ dst: '0.0.0.0/0', via: '198.51.100.1' });
  pve.addBridge('vmbr1', { ports: [], stp: false, forwardDelayS: 0 });
  pve.addAddress('vmbr1', '10.10.10.1/24');
  pve.listen('tcp', 22);
  if (o.ipForward !== false) pve.setSysctl('net.ipv4.ip_forward', 1);
  if (o.masquerade !== false)
    pve.iptables({
      table: 'nat',
      chain: 'POSTROUTING',
      match: { src: '10.10.10.0/24', outIface: 'vmbr0' },
      target: { kind: 'MASQUERADE' },
    });
  for (const f of o.forwards ?? []) {
    pve.iptables({
      table: 'nat',
      chain: 'PREROUTING',
      match: { inIface: 'vmbr0', proto: 'tcp', dport: f.hostPort },
      target: { kind: 'DNAT', toDestination: `${o.vm.ip}:${f.vmPort}` },
    });
  }
  sim.addSwitch({ id: 'upstream', kind: 'learning' });
  sim.connect({ node: 'pve', port: 'eno1' }, { node: 'upstream', port: 'p1' });
  outside(sim, 'gw', '198.51.100.1/24', o.webIp);
  sim.connect({ node: 'gw', port: 'eth0' }, { node: 'upstream', port: 'p2' });
  guest(sim, 'vmbr1', {
    vmid: o.vm.vmid,
    cidr: `${o.vm.ip}/24`,
    gateway: '10.10.10.1',
    ...(o.vm.listen ? { listen: o.vm.listen } : {}),
  });
  if (o.vm.extra)
    guest(sim, 'vmbr1', {
      vmid: o.vm.extra.vmid,
      cidr: `${o.vm.extra.ip}/24`,
      gateway: '10.10.10.1',
    });
  return {
    sim,
    labels: {
      pve: L('the Proxmox host', 'Proxmox 호스트'),
      upstream: L("the provider's switch", '업체 스위치'),
      gw: L("the web server's gateway", '웹 서버 쪽 게이트웨이'),
      web: L('the web server', '웹 서버'),
      ...guestLabels(o.vm),
    },
    diagnostics: [],
  };
}

export type BondMode = '802.3ad' | 'active-backup' | 'balance-xor';
export type HashPolicy = 'layer2' | 'layer2+3' | 'layer3+4';

/**
 * The bond lesson: eno1 and eno2 in bond0 under vmbr0, a NAS on the office switch. 802.3ad needs
 * a switch speaking LACP and a few seconds to agree; the other modes use a plain switch.
 */
export function bondWorld(o: {
  mode: BondMode;
  hash?: HashPolicy;
  primary?: string;
  vm: { vmid: number; ip: string; mac: string };
  nas: { ip: string; mac: string; ports: readonly number[] };
}): World {
  const sim = new Sim({ seed: 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno1').addNic('eno2');
  pve.addBond('bond0', {
    slaves: ['eno1', 'eno2'],
    mode: o.mode,
    miimonMs: 100,
    ...(o.hash ? { xmitHashPolicy: o.hash } : {}),
    ...(o.primary ? { primary: o.primary } : {}),
  });
  pve.addBridge('vmbr0', { ports: ['bond0'], stp: false, forwardDelayS: 0 });
  pve.addAddress('vmbr0', '192.168.10.2/24');
  sim.addSwitch({ id: 'sw', kind: o.mode === '802.3ad' ? 'lacp' : 'learning' });
  sim.connect({ node: 'pve', port: 'eno1' }, { node: 'sw', port: 'p1' });
  sim.connect({ node: 'pve', port: 'eno2' }, { node: 'sw', port: 'p2' });
  const nas = nic(sim.addHost({ id: 'nas', kind: 'external' }), 'eth0', `${o.nas.ip}/24`, undefined, o.nas.mac);
  for (const port of o.nas.ports) nas.listen('tcp', port);
  sim.connect({ node: 'nas', port: 'eth0' }, { node: 'sw', port: 'p3' });
  guest(sim, 'vmbr0', {
    vmid: o.vm.vmid,
    cidr: `${o.vm.ip}/24`,
    mac: o.vm.mac,
  });
  if (o.mode === '802.3ad') sim.advance(3000);
  return {
    sim,
    labels: {
      pve: L('the Proxmox host', 'Proxmox 호스트'),
      sw: L('the office switch', '사무실 스위치'),
      nas: L('the NAS', 'NAS'),
      [vmNode(o.vm.vmid)]: vmLabel(o.vm.vmid),
    },
    diagnostics: [],
    ...(o.mode === '802.3ad' ? { runMs: 2000 } : {}),
  };
}
