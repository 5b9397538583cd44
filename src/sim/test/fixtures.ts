/** Small topologies shared by the kernel tests (documentation address ranges only). */
import { Sim } from '../sim.ts';

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
