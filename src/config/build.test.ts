import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Sim } from '../sim/index.ts';
import { attachGuestNic, buildHost, toKernelRule } from './build.ts';
import { parseGuestConfig } from './guest.ts';
import { checkInterfaces } from './interfaces/index.ts';

const fixture = (name: string) => readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures/clean', name), 'utf8');

describe('building a Proxmox host on the kernel', () => {
  it('NAT reference: bridges, addresses, default route, ip_forward and the three rules', () => {
    const sim = new Sim({ seed: 1 });
    const { host, notes } = buildHost(sim, 'pve', checkInterfaces(fixture('nat.interfaces')).host);
    expect(notes).toEqual([]);
    const snap = host.snapshot();
    expect(snap.devices.map((d) => [d.name, d.kind, d.master ?? null])).toEqual(
      expect.arrayContaining([
        ['eno1', 'nic', 'vmbr0'],
        ['vmbr0', 'bridge', null],
        ['vmbr1', 'bridge', null],
      ]),
    );
    expect(snap.routes).toEqual(expect.arrayContaining([expect.objectContaining({ dst: '0.0.0.0/0', via: '198.51.100.1', dev: 'vmbr0' })]));
    expect(host.ipForward).toBe(true);
    const rules = host.iptablesRules();
    expect(rules.map((r) => [r.table, r.chain, r.target.kind])).toEqual(
      expect.arrayContaining([
        ['nat', 'POSTROUTING', 'MASQUERADE'],
        ['raw', 'PREROUTING', 'CT'],
        ['nat', 'PREROUTING', 'DNAT'],
      ]),
    );
  });

  it('bond under a bridge, VLAN device on a bond, routed sysctls', () => {
    const sim = new Sim({ seed: 1 });
    const { host, notes } = buildHost(sim, 'pve', checkInterfaces(fixture('bond-balance-xor-numbers.interfaces')).host);
    expect(notes).toEqual([]);
    const snap = host.snapshot();
    expect(snap.bonds.map((b) => [b.name, b.mode, b.xmitHashPolicy, b.slaves.map((s) => s.name)])).toEqual([['bond1', 'balance-xor', 'layer3+4', ['ens18', 'ens19']]]);
    expect(snap.devices.find((d) => d.name === 'bond1.30')).toMatchObject({ kind: 'vlan', parent: 'bond1', vid: 30 });
    const routed = buildHost(new Sim(), 'pve', checkInterfaces(fixture('routed.interfaces')).host).host;
    expect(routed.proxyArp('eno0')).toBe(true);
    expect(routed.ipForward).toBe(true);
  });

  it("interface options that write sysctls reach the kernel: the vlan package's ip-proxy-arp, ifupdown2's ip-forward", () => {
    const text = 'auto eno0\niface eno0 inet static\n  address 198.51.100.5/24\n  ip-proxy-arp 1\n  ip-forward on\n';
    const { host } = buildHost(new Sim({ seed: 1 }), 'pve', checkInterfaces(text).host);
    expect(host.proxyArp('eno0')).toBe(true);
    expect(host.sysctl('net.ipv4.conf.eno0.forwarding')).toBe(1);
  });

  it('up sysctl lines reach the kernel: bridge-nf-call-iptables (kept over the firewall\'s 1) and per-interface neighbour timers', () => {
    const text = [
      'auto vmbr0',
      'iface vmbr0 inet static',
      '  address 192.168.10.2/24',
      '  bridge-ports none',
      '  up sysctl -w net.bridge.bridge-nf-call-iptables=0',
      '  up sysctl -w net.ipv4.neigh.vmbr0.delay_first_probe_time=60',
      '',
    ].join('\n');
    const sim = new Sim({ seed: 1 });
    const { host, notes } = buildHost(sim, 'pve', checkInterfaces(text).host);
    expect(notes).toEqual([]);
    expect(host.neighParams('vmbr0').delayProbeUs).toBe(60_000_000);
    attachGuestNic(sim, 'pve', '100', 100, parseGuestConfig('net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0,firewall=1', 100).nics[0]!);
    expect(host.bridgeNfCallIptables).toBe(false);
    // Without the line, the Proxmox firewall turns it on (pve-firewall loads br_netfilter).
    const plain = new Sim({ seed: 1 });
    const other = buildHost(plain, 'pve', checkInterfaces(text.replace(/  up sysctl -w net.bridge[^\n]*\n/, '')).host).host;
    attachGuestNic(plain, 'pve', '100', 100, parseGuestConfig('net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0,firewall=1', 100).nics[0]!);
    expect(other.bridgeNfCallIptables).toBe(true);
  });

  it('a /32 address with the gateway outside it gets the default route onlink, as ifupdown2 adds it', () => {
    const { host, notes } = buildHost(new Sim({ seed: 1 }), 'pve', checkInterfaces(fixture('hosting-slash32-gateway-onlink.interfaces')).host);
    expect(notes).toEqual([]);
    expect(host.snapshot().routes).toEqual(expect.arrayContaining([expect.objectContaining({ dst: '0.0.0.0/0', via: '192.0.2.1', dev: 'eth0' })]));
  });

  it('a guest NIC gets its tap on the bridge, its MAC, address and gateway', () => {
    const sim = new Sim({ seed: 1 });
    buildHost(sim, 'pve', checkInterfaces(fixture('default-bridge.interfaces')).host);
    const nic = parseGuestConfig('net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0\nipconfig0: ip=192.168.10.100/24,gw=192.168.10.1', 100).nics[0]!;
    const r = attachGuestNic(sim, 'pve', '100', 100, nic);
    expect(r).toMatchObject({ tap: 'tap100i0' });
    const guest = sim.host('100').snapshot();
    expect(guest.devices[0]).toMatchObject({ name: 'eth0', mac: 'bc:24:11:3a:5c:01', addresses: ['192.168.10.100/24'] });
    expect(sim.host('pve').snapshot().devices.find((d) => d.name === 'tap100i0')?.master).toBe('vmbr0');
  });

  it('rules the simulation does not model are left out; REJECT stops the packet like DROP', () => {
    const { host } = checkInterfaces(`iface vmbr0 inet manual
        bridge-ports none
        post-up iptables -t mangle -A PREROUTING -j MARK --set-mark 1
        post-up iptables -A FORWARD -p tcp --dport 22 -j REJECT
`);
    expect(host.rules.map((r) => toKernelRule(r))).toEqual([{ table: 'filter', chain: 'FORWARD', match: { proto: 'tcp', dport: 22 }, target: { kind: 'DROP' } }]);
    expect(buildHost(new Sim(), 'pve', host).notes).toEqual([]);
    const first = host.rules[0]!;
    expect(toKernelRule({ ...first, rule: { ...first.rule, simulated: false } })).toBe('not simulated');
  });
});
