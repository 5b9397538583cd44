import { describe, expect, it } from 'vitest';
import { checkInterfaces } from '../config/interfaces/index.ts';
import { toKernelRule } from './sim/apply-host.ts';
import { buildWorld, hostFile } from './sim/worlds.ts';
import { runProbe } from './sim/probe.ts';
import { TOPOLOGIES } from './schema.ts';

describe('quiz worlds', () => {
  it('start from reference files that check clean (no errors, no warnings)', () => {
    for (const topology of TOPOLOGIES) {
      const problems = buildWorld(topology).diagnostics.filter((d) => d.severity !== 'info');
      expect(problems, topology).toEqual([]);
    }
  });

  it('vary the file only by the lines a setting names', () => {
    expect(hostFile('nat-host', { masquerade: false })).not.toMatch(/MASQUERADE/);
    expect(hostFile('nat-host', { masquerade: false })).toMatch(/DNAT/);
    expect(hostFile('provider-one-mac', { ipForward: false })).not.toMatch(/ip_forward/);
    expect(hostFile('provider-one-mac', { ipForward: false })).toMatch(/proxy_arp/);
  });

  it('bring the NAT rules of the file up in the kernel in iptables order', () => {
    const world = buildWorld('nat-host');
    const pve = world.sim.host('pve');
    expect(pve.sysctl('net.ipv4.ip_forward')).toBe(1);
    const rules = pve.iptablesRules().map((r) => `${r.table}/${r.chain}/${r.target.kind}`);
    expect(rules).toEqual(expect.arrayContaining(['nat/POSTROUTING/MASQUERADE', 'raw/PREROUTING/CT', 'nat/PREROUTING/DNAT']));
    // post-down lines delete rules; they are not in force once the interface is up.
    expect(rules).toHaveLength(3);
  });

  it('translate parsed iptables rules field by field', () => {
    const { host } = checkInterfaces(
      "auto vmbr0\niface vmbr0 inet manual\n    post-up iptables -t nat -A PREROUTING -i vmbr0 -p tcp --dport 8000:8080 -j DNAT --to 10.10.10.100:80\n    post-up iptables -A FORWARD ! -s 10.10.10.0/24 -o vmbr1 -j DROP\n",
    );
    const [dnat, drop] = host.rules.map((r) => toKernelRule(r.rule));
    expect(dnat).toEqual({
      table: 'nat',
      chain: 'PREROUTING',
      match: { inIface: 'vmbr0', proto: 'tcp', dport: [8000, 8080] },
      target: { kind: 'DNAT', toDestination: '10.10.10.100:80' },
      op: 'append',
    });
    expect(drop).toMatchObject({ table: 'filter', chain: 'FORWARD', match: { src: '10.10.10.0/24', outIface: 'vmbr1', not: { src: true } }, target: { kind: 'DROP' } });
  });

  it('let the port forward of the reference NAT file reach the guest (and the RST come from the host without it)', () => {
    const on = runProbe(buildWorld('nat-host'), { kind: 'tcp', from: 'web', to: '198.51.100.5', port: 2222 });
    expect(on.outcome).toEqual({ result: 'delivered', at: 'vm100' });
    expect(on.answered).toBe(true);
    const off = runProbe(buildWorld('nat-host', { portForward: false }), { kind: 'tcp', from: 'web', to: '198.51.100.5', port: 2222 });
    expect(off.outcome).toEqual({ result: 'delivered', at: 'pve' });
    expect(off.replyHops[0]).toEqual({ node: 'pve', code: 'tcp.rst' });
  });
});

describe('the bond world (eno1 + eno2 in bond0 under vmbr0, on an LACP switch)', () => {
  const flows = { kind: 'tcp', from: 'vm100', to: '192.168.10.30', port: 873, count: 4 } as const;
  const run = (settings: Record<string, string>, packet: Parameters<typeof runProbe>[1] = flows) => runProbe(buildWorld('bond-lan', settings), packet);

  it('builds the lesson bond without errors in every mode the questions use', () => {
    for (const mode of ['802.3ad', 'balance-rr', 'active-backup']) {
      expect(buildWorld('bond-lan', { mode }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  it('layer2 keeps every connection between two machines on one slave; layer3+4 spreads them by port', () => {
    const l2 = run({ mode: '802.3ad', hash: 'layer2' });
    expect(l2.answered).toBe(true);
    expect(l2.slaves).toHaveLength(4);
    expect(new Set(l2.slaves).size).toBe(1);
    const l34 = run({ mode: '802.3ad', hash: 'layer3+4' });
    expect(new Set(l34.slaves)).toEqual(new Set(['eno1', 'eno2']));
  });

  it('one flow stays on one slave with a hash, but balance-rr deals its packets over both', () => {
    const ping = { kind: 'ping', from: 'pve', to: '192.168.10.30', count: 4 } as const;
    expect(new Set(run({ mode: '802.3ad', hash: 'layer3+4' }, ping).slaves).size).toBe(1);
    const rr = run({ mode: 'balance-rr' }, ping);
    expect(rr.slaves).toHaveLength(4);
    expect(rr.slaves[0]).not.toBe(rr.slaves[1]);
  });

  it('active-backup sends everything on the active slave and ignores the hash policy', () => {
    const ab = run({ mode: 'active-backup', hash: 'layer3+4' });
    expect(ab.slaves).toEqual(['eno1', 'eno1', 'eno1', 'eno1']);
    expect(ab.outcome).toEqual({ result: 'delivered', at: 'nas', links: 'one' });
  });
});
