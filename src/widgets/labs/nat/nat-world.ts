/**
 * NAT lab on the kernel, following the Proxmox documentation's masquerading set-up: the public
 * address on vmbr0, guests on the internal vmbr1 (10.10.10.0/24), MASQUERADE out of vmbr0, and
 * a DNAT port forward 2222 -> VM 100:22 the reader adds.
 */
import { Sim } from '../../../sim/core.ts';
import { natNames } from '../../i18n/labs/names.ts';
import type { LabWorld } from '../../core/lab-model.ts';

export const NAT_ADDR = {
  hostPublic: '198.51.100.5',
  gw: '198.51.100.1',
  inet: '192.0.2.10',
  vm100: '10.10.10.100',
  vm101: '10.10.10.101',
  forwardPort: 2222,
} as const;

export function buildNat(): LabWorld {
  const sim = new Sim({ seed: 3 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno1', 'A0:36:9F:12:34:57');
  pve.addBridge('vmbr0', { ports: ['eno1'], stp: false, forwardDelayS: 0 }).addAddress('vmbr0', `${NAT_ADDR.hostPublic}/24`).addRoute({ dst: 'default', via: NAT_ADDR.gw });
  pve.addBridge('vmbr1', { ports: [], stp: false, forwardDelayS: 0 }).addAddress('vmbr1', '10.10.10.1/24');
  pve.setSysctl('net.ipv4.ip_forward', 1);
  pve.iptables({ table: 'nat', chain: 'POSTROUTING', match: { src: '10.10.10.0/24', outIface: 'vmbr0' }, target: { kind: 'MASQUERADE' } });

  sim.addSwitch({ id: 'sw', kind: 'learning' });
  sim.connect({ node: 'pve', port: 'eno1' }, { node: 'sw', port: 'port 1' });
  const gw = sim.addHost({ id: 'gw', kind: 'router' });
  gw.addNic('eth0').addNic('eth1');
  sim.connect({ node: 'gw', port: 'eth0' }, { node: 'sw', port: 'port 2' });
  gw.addAddress('eth0', `${NAT_ADDR.gw}/24`).addAddress('eth1', '192.0.2.1/24').setSysctl('net.ipv4.ip_forward', 1);
  const inet = sim.addHost({ id: 'inet', kind: 'external' });
  inet.addNic('eth0');
  sim.connect({ node: 'inet', port: 'eth0' }, { node: 'gw', port: 'eth1' });
  inet.addAddress('eth0', `${NAT_ADDR.inet}/24`).addRoute({ dst: 'default', via: '192.0.2.1' }).listen('tcp', 443);

  for (const [id, ip, mac] of [
    ['vm100', NAT_ADDR.vm100, 'BC:24:11:3A:5C:01'],
    ['vm101', NAT_ADDR.vm101, 'BC:24:11:3A:5C:02'],
  ] as const) {
    const vm = sim.attachGuest('pve', 'vmbr1', id, 'eth0', { mac }).guest;
    vm.addAddress('eth0', `${ip}/24`).addRoute({ dst: 'default', via: '10.10.10.1' }).listen('tcp', 22);
  }
  return { sim, names: { ...natNames } };
}

/** The port forward the reader adds: DNAT 198.51.100.5:2222 -> VM 100:22 in nat PREROUTING. */
export function addPortForward(w: LabWorld): void {
  w.sim.host('pve').iptables({
    table: 'nat',
    chain: 'PREROUTING',
    match: { inIface: 'vmbr0', proto: 'tcp', dport: NAT_ADDR.forwardPort },
    target: { kind: 'DNAT', toDestination: `${NAT_ADDR.vm100}:22` },
  });
}
