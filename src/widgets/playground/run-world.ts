/**
 * The world a playground config runs in: the reader's interfaces file on the Proxmox host, plus the
 * guests and the outside world of the preset it started from (the quiz worlds for bridge, routed
 * and NAT; an office with an LACP switch for the bond).
 */
import { checkInterfaces } from '../../config/interfaces/index.ts';
import { applyHostConfig } from '../../quiz/sim/apply-host.ts';
import { buildWorld, type Labels } from '../../quiz/sim/worlds.ts';
import { Sim } from '../../sim/index.ts';
import type { PresetId } from './presets.ts';

export interface RunWorld {
  sim: Sim;
  labels: Labels;
  /** Suggested probes for this world: from which node, to which address (and TCP port). */
  suggestions: Array<{ from: string; to: string; port?: number }>;
}

const L = (en: string, ko: string) => ({ en, ko });

function bondWorld(text: string): RunWorld {
  const sim = new Sim({ seed: 1 });
  const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
  pve.addNic('eno1').addNic('eno2');
  applyHostConfig(pve, checkInterfaces(text).host);
  sim.addSwitch({ id: 'lan', kind: 'lacp' });
  sim.connect({ node: 'pve', port: 'eno1' }, { node: 'lan', port: 'p1' });
  sim.connect({ node: 'pve', port: 'eno2' }, { node: 'lan', port: 'p2' });
  const laptop = sim.addHost({ id: 'laptop', kind: 'external' });
  laptop.addNic('eth0').addAddress('eth0', '192.168.10.20/24').addRoute({ dst: '0.0.0.0/0', via: '192.168.10.1', dev: 'eth0' });
  sim.connect({ node: 'laptop', port: 'eth0' }, { node: 'lan', port: 'p3' });
  const router = sim.addHost({ id: 'router', kind: 'router' });
  router.addNic('eth0').addAddress('eth0', '192.168.10.1/24');
  sim.connect({ node: 'router', port: 'eth0' }, { node: 'lan', port: 'p4' });
  if (pve.devices.has('vmbr0')) {
    const vm = sim.addHost({ id: 'vm100', kind: 'guest' });
    vm.addNic('eth0').addAddress('eth0', '192.168.10.50/24').addRoute({ dst: '0.0.0.0/0', via: '192.168.10.1', dev: 'eth0' });
    vm.listen('tcp', 22);
    sim.attachGuest('pve', 'vmbr0', 'vm100', 'eth0', { tapName: 'tap100i0' });
  }
  // LACP partners exchange their first LACPDUs before the reader starts probing.
  sim.advance(3000);
  return {
    sim,
    labels: {
      pve: L('the Proxmox host', 'Proxmox 호스트'),
      lan: L('the office switch (LACP)', '사무실 스위치(LACP)'),
      laptop: L('the laptop', '노트북'),
      router: L('the office router', '사무실 라우터'),
      vm100: L('VM 100', 'VM 100'),
    },
    suggestions: [
      { from: 'laptop', to: '192.168.10.50' },
      { from: 'laptop', to: '192.168.10.50', port: 22 },
      { from: 'vm100', to: '192.168.10.1' },
    ],
  };
}

export function buildRunWorld(preset: PresetId, text: string): RunWorld {
  switch (preset) {
    case 'bridge': {
      const w = buildWorld('bridge-lan', {}, text);
      return { ...w, suggestions: [{ from: 'laptop', to: '192.168.10.100' }, { from: 'vm100', to: '192.168.10.101' }, { from: 'vm100', to: '192.168.10.1' }] };
    }
    case 'routed': {
      const w = buildWorld('provider-one-mac', {}, text);
      return { ...w, suggestions: [{ from: 'vm100', to: '192.0.2.80' }, { from: 'web', to: '203.0.113.18' }] };
    }
    case 'nat': {
      const w = buildWorld('nat-host', {}, text);
      return { ...w, suggestions: [{ from: 'vm100', to: '192.0.2.80' }, { from: 'web', to: '10.10.10.100' }, { from: 'web', to: '198.51.100.5', port: 2222 }] };
    }
    case 'bond':
      return bondWorld(text);
  }
}
