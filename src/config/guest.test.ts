import { describe, expect, it } from 'vitest';
import { checkGuests, generatedMac, parseGuestConfig } from './guest.ts';
import { checkInterfaces } from './interfaces/index.ts';
import { formatIpv4 } from './ipv4.ts';
import { DEFAULT_BRIDGE } from './reference-configs.ts';

const HOST = checkInterfaces(`auto vmbr0
iface vmbr0 inet static
        address 192.168.10.2/24
        gateway 192.168.10.1
        bridge-ports eno1
        bridge-stp off
        bridge-fd 0
`).host;

describe('guest NIC lines', () => {
  it('reads a VM line as Proxmox writes it', () => {
    const g = parseGuestConfig('net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0,firewall=1,tag=10', 100);
    expect(g.diagnostics.list).toEqual([]);
    expect(g.nics[0]).toMatchObject({ index: 0, kind: 'vm', model: 'virtio', mac: 'BC:24:11:3A:5C:01', macGenerated: false, bridge: 'vmbr0', firewall: true, tag: 10 });
  });

  it('accepts every common model and a full VM config with cloud-init ipconfig', () => {
    const text = `boot: order=scsi0
cores: 2
ipconfig1: ip=10.10.10.50/24
name: web
net0: e1000=BC:24:11:00:00:01,bridge=vmbr0
net1: rtl8139,bridge=vmbr0
net2: vmxnet3=BC:24:11:00:00:03,bridge=vmbr0,link_down=1
ipconfig0: ip=192.168.10.50/24,gw=192.168.10.1
[snapshot1]
net0: virtio=BC:24:11:FF:FF:FF,bridge=vmbr9
`;
    const g = parseGuestConfig(text, 101);
    expect(g.diagnostics.list).toEqual([]);
    expect(g.nics.map((n) => n.model)).toEqual(['e1000', 'rtl8139', 'vmxnet3']);
    expect(g.nics[0]!.address && formatIpv4(g.nics[0]!.address.ip)).toBe('192.168.10.50');
    expect(formatIpv4(g.nics[0]!.gateway!)).toBe('192.168.10.1');
    expect(g.nics[1]!.address?.prefix).toBe(24);
    expect(g.nics[2]!.linkDown).toBe(true);
  });

  it('reads a container line with its own IP configuration', () => {
    const g = parseGuestConfig('net0: name=eth0,bridge=vmbr0,firewall=1,gw=192.168.10.1,hwaddr=BC:24:11:AA:BB:CC,ip=192.168.10.60/24,type=veth', 200);
    expect(g.diagnostics.list).toEqual([]);
    expect(g.nics[0]).toMatchObject({ kind: 'ct', model: 'veth', mac: 'BC:24:11:AA:BB:CC' });
    expect(formatIpv4(g.nics[0]!.address!.ip)).toBe('192.168.10.60');
  });

  it('a missing MAC is generated deterministically with the BC:24:11 prefix, different per vmid and NIC', () => {
    const a = parseGuestConfig('net0: virtio,bridge=vmbr0', 100).nics[0]!;
    expect(a.macGenerated).toBe(true);
    expect(a.mac).toMatch(/^BC:24:11:[0-9A-F]{2}:[0-9A-F]{2}:[0-9A-F]{2}$/);
    expect(a.mac).toBe(generatedMac(100, 0));
    expect(parseGuestConfig('net0: virtio,bridge=vmbr0', 100).nics[0]!.mac).toBe(a.mac);
    expect(generatedMac(101, 0)).not.toBe(a.mac);
    expect(generatedMac(100, 1)).not.toBe(a.mac);
  });

  it('reports mistakes at their column: model typo, bad MAC, multicast MAC, bad tag, unknown key', () => {
    const pos = (line: string, code: string) =>
      parseGuestConfig(line, 100)
        .diagnostics.list.filter((d) => d.code === code)
        .map((d) => `${d.span.line}:${d.span.col}${d.params.suggestion ? ` ${d.params.suggestion}` : ''}`);
    expect(pos('net0: virtoi=BC:24:11:3A:5C:01,bridge=vmbr0', 'guest.unknown_model')).toEqual(['1:7 virtio']);
    expect(pos('net0: virtio=BC:24:11:3A:5C,bridge=vmbr0', 'guest.bad_mac')).toEqual(['1:14']);
    expect(pos('net0: virtio=01:24:11:3A:5C:01,bridge=vmbr0', 'guest.multicast_mac')).toEqual(['1:14']);
    expect(pos('net0: virtio,bridge=vmbr0,tag=5000', 'guest.bad_tag')).toEqual(['1:31']);
    expect(pos('net0: virtio,bridge=vmbr0,firewal=1', 'guest.unknown_key')).toEqual(['1:27 firewall']);
  });

  it('a guest on a bridge the host does not have is an error with a suggestion', () => {
    const g = parseGuestConfig('net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr01', 100);
    checkGuests([g], HOST);
    const d = g.diagnostics.list.find((x) => x.code === 'guest.unknown_bridge')!;
    expect(d.severity).toBe('error');
    expect(`${d.span.line}:${d.span.col}`).toBe('1:39');
    expect(d.params).toMatchObject({ bridge: 'vmbr01', known: 'vmbr0', suggestion: 'vmbr0' });
  });

  it('a bridge missing from a file that sources others (Proxmox SDN vnets) is a warning that names the source, not an error', () => {
    const sourced = checkInterfaces(`source /etc/network/interfaces.d/*\n\n${DEFAULT_BRIDGE}`).host;
    const g = parseGuestConfig('net0: virtio=BC:24:11:3A:5C:01,bridge=vnet1\nnet1: virtio=BC:24:11:3A:5C:02,bridge=vmbr01', 100);
    checkGuests([g], sourced);
    expect(g.diagnostics.list.map((d) => [d.code, d.severity, d.params.source ?? d.params.suggestion])).toEqual([
      ['guest.bridge_maybe_sourced', 'warning', '/etc/network/interfaces.d/*'],
      // A near miss of a bridge the file has is still a typo.
      ['guest.unknown_bridge', 'error', 'vmbr0'],
    ]);
  });

  it('two guests with the same MAC, and a gateway off the guest subnet', () => {
    const a = parseGuestConfig('net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0', 100);
    const b = parseGuestConfig('net0: name=eth0,bridge=vmbr0,hwaddr=BC:24:11:3A:5C:01,ip=192.168.10.9/24,gw=10.10.10.1', 101);
    checkGuests([a, b], HOST);
    expect(b.diagnostics.list.map((d) => d.code).sort()).toEqual(['guest.duplicate_mac', 'guest.gateway_not_on_link']);
  });

  it('never throws on garbage', () => {
    for (const t of ['net0:', 'net: x', 'net0: ,,,,', 'net0: =,=,=', 'net99999999999: virtio', '\u0000net0: virtio', 'ipconfig0: ip=']) {
      expect(() => parseGuestConfig(t, 1)).not.toThrow();
    }
  });
});
