import { describe, expect, it } from 'vitest';
import { messageText } from './diagnostic.ts';
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

  it('two guests with the same MAC, and a VM gateway off the guest subnet', () => {
    const a = parseGuestConfig('net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0', 100);
    const b = parseGuestConfig('net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0\nipconfig0: ip=192.168.10.9/24,gw=10.10.10.1', 101);
    checkGuests([a, b], HOST);
    expect(b.diagnostics.list.map((d) => d.code).sort()).toEqual(['guest.duplicate_mac', 'guest.gateway_not_on_link']);
  });

  describe("a container's gateway outside its subnet is Proxmox's routed set-up for CTs (it adds 'ip route add GW dev eth0' inside)", () => {
    const routedHost = checkInterfaces(`auto eno1
iface eno1 inet static
        address 198.51.100.5/32
        gateway 198.51.100.1
        pointopoint 198.51.100.1
        post-up echo 1 > /proc/sys/net/ipv4/ip_forward

auto vmbr0
iface vmbr0 inet static
        address 198.51.100.5/32
        bridge-ports none
        up ip route add 203.0.113.10/32 dev vmbr0

auto vmbr1
iface vmbr1 inet manual
        bridge-ports none
`).host;
    const ct = (bridge: string) => parseGuestConfig(`net0: name=eth0,bridge=${bridge},hwaddr=BC:24:11:3A:5C:09,ip=203.0.113.10/32,gw=198.51.100.5,type=veth`, 101);
    const codes = (g: ReturnType<typeof ct>) => g.diagnostics.list.map((d) => `${d.severity} ${d.code}`);

    it('gw is the host\'s own address on the bridge: the host answers ARP for it, so info (not the VM warning)', () => {
      const g = ct('vmbr0');
      checkGuests([g], routedHost);
      expect(codes(g)).toEqual(['info guest.ct_gateway_onlink']);
      expect(messageText(g.diagnostics.list[0]!, 'en')).toContain('Proxmox adds an on-link route');
    });

    it('a bridge without ports, without that address and without proxy_arp: the ARP for the gateway goes unanswered (warning)', () => {
      const g = ct('vmbr1');
      checkGuests([g], routedHost);
      expect(codes(g)).toEqual(['warning guest.ct_gateway_unanswered']);
      const proxied = checkInterfaces(`iface vmbr1 inet manual\n  bridge-ports none\n  post-up echo 1 > /proc/sys/net/ipv4/conf/vmbr1/proxy_arp\n`).host;
      const h = ct('vmbr1');
      checkGuests([h], proxied);
      expect(codes(h)).toEqual(['info guest.ct_gateway_onlink']);
    });

    it('a /32 VM address with an off-subnet gateway is not flagged, but a VM /24 one still is', () => {
      const vm = parseGuestConfig('net0: virtio=BC:24:11:3A:5C:0A,bridge=vmbr0\nipconfig0: ip=203.0.113.11/24,gw=198.51.100.5', 102);
      checkGuests([vm], routedHost);
      expect(codes(vm)).toEqual(['warning guest.gateway_not_on_link']);
      const host32 = parseGuestConfig('net0: virtio=BC:24:11:3A:5C:0B,bridge=vmbr0\nipconfig0: ip=203.0.113.12/32,gw=198.51.100.5', 103);
      checkGuests([host32], routedHost);
      expect(codes(host32)).toEqual([]);
    });
  });

  it("a tag outside bridge-vids of a VLAN-aware bridge never leaves the host (its uplink port carries only bridge-vids): warning at tag=", () => {
    const host = checkInterfaces('iface vmbr0 inet manual\n  bridge-ports eno1\n  bridge-vlan-aware yes\n  bridge-vids 10 20-29\n').host;
    const tagged = (tag: number) => {
      const g = parseGuestConfig(`net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0,tag=${tag}`, 100);
      checkGuests([g], host);
      return g.diagnostics.list.map((d) => `${d.span.line}:${d.span.col} ${d.code}`);
    };
    expect(tagged(30)).toEqual(['1:49 guest.tag_not_in_bridge_vids']);
    expect(tagged(25)).toEqual([]);
    expect(tagged(10)).toEqual([]);
    // Without bridge-vids written the checker does not guess the default.
    const open = checkInterfaces('iface vmbr0 inet manual\n  bridge-ports eno1\n  bridge-vlan-aware yes\n').host;
    const g = parseGuestConfig('net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0,tag=30', 100);
    checkGuests([g], open);
    expect(g.diagnostics.list).toEqual([]);
  });

  it('with several interfaces files (cluster nodes) every guest is checked against each, and the message names the file', () => {
    const node2 = checkInterfaces(DEFAULT_BRIDGE.replace(/vmbr0/g, 'vmbr1')).host;
    const g = parseGuestConfig('net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0', 100);
    checkGuests([g], [{ host: HOST, file: 'node1.interfaces' }, { host: node2, file: 'node2.interfaces' }]);
    expect(g.diagnostics.list.map((d) => [d.code, d.params.file, d.params.known])).toEqual([['guest.unknown_bridge_in', 'node2.interfaces', 'vmbr1']]);
    expect(messageText(g.diagnostics.list[0]!, 'en')).toBe("bridge 'vmbr0' does not exist in node2.interfaces (bridges: vmbr1)");
  });

  it('never throws on garbage', () => {
    for (const t of ['net0:', 'net: x', 'net0: ,,,,', 'net0: =,=,=', 'net99999999999: virtio', '\u0000net0: virtio', 'ipconfig0: ip=']) {
      expect(() => parseGuestConfig(t, 1)).not.toThrow();
    }
  });
});
