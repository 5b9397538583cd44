import { describe, expect, it } from 'vitest';
import { replay } from '../../core/replay.ts';
import { INSIDE, modeMapLab, OUTSIDE_IP, type ModeId } from './mode-map-lab.ts';
import { ipOwner, macOwner, outsideView } from './outside-view.ts';

function seen(mode: ModeId) {
  const run = replay(modeMapLab, mode, ['ping']);
  const view = outsideView(run.trace, INSIDE, OUTSIDE_IP[mode]);
  if (!view) throw new Error(`no frame left pve in ${mode}`);
  return { run, view, mac: macOwner(run.initial, view.mac, view.from), ip: ipOwner(run.initial, view.ip) };
}

describe('mode map: what the outside sees, from the kernel', () => {
  it('bridge: the guest itself, its own MAC and IP, on the LAN switch', () => {
    const { run, view, mac, ip } = seen('bridge');
    expect(run.actions[0]?.handles[0]?.outcome).toBe('ok');
    expect(view.mac).toBe('bc:24:11:3a:5c:01');
    expect(view.ip).toBe('192.168.10.100');
    expect(mac).toEqual({ host: 'vm100', dev: 'eth0' });
    expect(ip?.host).toBe('vm100');
    expect(view.to.node).toBe('sw');
  });

  it("routed: the host's MAC with the guest's public IP, accepted by the one-MAC provider port", () => {
    const { run, view, mac, ip } = seen('routed');
    expect(run.actions[0]?.handles[0]?.outcome).toBe('ok');
    expect(view.mac).toBe('a0:36:9f:12:34:56');
    expect(view.ip).toBe('203.0.113.18');
    // One uplink name in every mode (issue 24): eno1.
    expect(mac).toEqual({ host: 'pve', dev: 'eno1' });
    expect(ip?.host).toBe('vm100');
    expect(run.trace.some((e) => e.code === 'provider.mac_rejected')).toBe(false);
  });

  it("NAT: the host's MAC and the host's address, the guest hidden", () => {
    const { run, view, mac, ip } = seen('nat');
    expect(run.actions[0]?.handles[0]?.outcome).toBe('ok');
    expect(view.mac).toBe('a0:36:9f:12:34:57');
    expect(view.ip).toBe('198.51.100.5');
    expect(mac).toEqual({ host: 'pve', dev: 'eno1' });
    expect(ip).toEqual({ host: 'pve', dev: 'vmbr0' });
    expect(run.trace.some((e) => e.code === 'nat.masquerade')).toBe(true);
  });

  it('every mode wires the same two guests, in the documentation ranges of its lesson', () => {
    const expected: Record<ModeId, [string, string]> = {
      bridge: ['192.168.10.100/24', '192.168.10.101/24'],
      routed: ['203.0.113.18/28', '203.0.113.19/28'],
      nat: ['10.10.10.100/24', '10.10.10.101/24'],
    };
    for (const mode of Object.keys(expected) as ModeId[]) {
      const run = replay(modeMapLab, mode, []);
      const addr = (id: string) => run.initial.hosts.find((h) => h.id === id)?.devices.flatMap((d) => d.addresses);
      expect([addr('vm100')?.[0], addr('vm101')?.[0]]).toEqual(expected[mode]);
    }
  });

  it('nothing leaves the node before the ping, so nothing is shown', () => {
    const run = replay(modeMapLab, 'nat', []);
    expect(outsideView(run.trace, INSIDE, OUTSIDE_IP.nat)).toBeUndefined();
  });
});

describe('mode map bridge scenario', () => {
  it("is the bridge lab's network (same devices, addresses, MACs and cabling)", async () => {
    const { default: bridgeFile } = await import('../../../../content/labs/bridge.yaml?lab');
    const { siteLab } = await import('../../../labs/site-lab.ts');
    const shape = (snap: ReturnType<ReturnType<typeof modeMapLab.build>['sim']['snapshot']>) =>
      JSON.stringify({ hosts: snap.hosts.map((h) => ({ id: h.id, devices: h.devices })).sort((a, b) => a.id.localeCompare(b.id)), links: snap.links });
    expect(shape(modeMapLab.build('bridge').sim.snapshot())).toBe(shape(siteLab(bridgeFile).build('default').sim.snapshot()));
  });

  it('every mode names its uplink eno1', () => {
    for (const mode of ['bridge', 'routed', 'nat'] as const) {
      const pve = modeMapLab.build(mode).sim.snapshot().hosts.find((h) => h.id === 'pve')!;
      expect(pve.devices.filter((d) => d.kind === 'nic').map((d) => d.name)).toEqual(['eno1']);
    }
  });
});
