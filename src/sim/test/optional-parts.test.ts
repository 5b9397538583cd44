import { describe, expect, it } from 'vitest';
// Only the core: this file checks what a widget importing core.ts gets.
import { Sim } from '../core.ts';

describe('the kernel without its optional parts (core.ts)', () => {
  it('builds bridged worlds, and names the missing part when a world needs a bond, STP or LACP', async () => {
    const sim = new Sim();
    const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
    pve.addNic('eno1').addBridge('vmbr0', { ports: ['eno1'], stp: false }).addAddress('vmbr0', '192.168.10.2/24');
    expect(() => pve.addBond('bond0', { slaves: ['eno2', 'eno3'], mode: 'active-backup' })).toThrow(/bond bond0 needs Bond.*index\.ts/);
    expect(() => pve.addBridge('vmbr9', { ports: [], stp: true })).toThrow(/STP on bridge vmbr9 needs Stp/);
    expect(() => sim.addSwitch({ id: 'sw', kind: 'lacp' }).attachPort('p1')).toThrow(/LACP on switch sw needs LacpPort/);

    await import('../install-optional.ts');
    const full = new Sim();
    full.addHost({ id: 'pve', kind: 'proxmox' }).addBond('bond0', { slaves: ['eno2', 'eno3'], mode: 'active-backup' });
    expect(full.snapshot().hosts[0]!.bonds.map((b) => b.name)).toEqual(['bond0']);
  });
});
