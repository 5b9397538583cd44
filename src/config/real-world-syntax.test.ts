import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkInterfaces } from './interfaces/index.ts';

const cleanDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/clean');
const read = (name: string) => checkInterfaces(readFileSync(join(cleanDir, name), 'utf8'));
const codes = (text: string) => checkInterfaces(text).diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.severity} ${d.code}`);

describe('ifupdown syntax beyond what Proxmox writes', () => {
  it('no-auto-down and no-scripts are selection lines (interfaces(5)): they end the stanza above, and do not bring anything up', () => {
    const text = 'iface lo inet loopback\nno-auto-down eno1\nno-scripts eno2\nrename enx0200000000aa=lan0\n';
    expect(codes(text)).toEqual([]);
    const { host, doc } = checkInterfaces(text);
    expect(doc.items.map((i) => i.kind)).toEqual(['iface', 'auto', 'auto', 'auto']);
    expect(host.byName.get('lo')!.auto).toBe(false);
  });

  it('auto accepts ifupdown 0.8 patterns (/eno*=uplink), which are not interface names', () => {
    expect(codes('auto /eno*=uplink\niface uplink inet manual\n')).toEqual([]);
    expect(codes('auto eno1:0\n')).toEqual(['1:6 error cfg.bad_interface_name']);
  });

  it("'inherits TEMPLATE' copies the template's options, and the stanza's own lines win (interfaces(5) INTERFACE TEMPLATES)", () => {
    const { host } = read('ifupdown-selection-templates.interfaces');
    expect(host.byName.get('eno1')!.mtu).toBe(9000);
    expect(host.byName.get('vmbr0')!.mtu).toBe(9000);
    const own = checkInterfaces('iface base inet manual\n  mtu 9000\niface eno1 inet manual inherits base\n  mtu 1500\n').host;
    expect(own.byName.get('eno1')!.mtu).toBe(1500);
  });

  it('ifup refuses a file whose stanza inherits a template that is not defined', () => {
    expect(codes('iface eno1 inet manual inherits ethernet\n')).toEqual(['1:33 error cfg.template_not_defined']);
    expect(codes('iface eno1 inet manual inherits ethernet extra\n')).toContain('1:42 warning cfg.iface_extra_words');
  });

  it('the can and ipx address families of interfaces(5) are accepted, other families are not', () => {
    expect(codes('iface can0 can static\n  bitrate 125000\n').filter((c) => !c.includes(' info '))).toEqual([]);
    expect(codes('iface ipx0 ipx dynamic\n  frame 802.2\n').filter((c) => !c.includes(' info '))).toEqual([]);
    expect(codes('iface eno1 inet4 static\n')).toEqual(['1:12 error cfg.bad_family']);
  });

  it("bridge-utils' 'bridge_ports all' and 'regex' pick ports at ifup time: info, not 'port not defined', and the bridge is not taken for a routed one", () => {
    const r = read('bridge-utils-all-and-regex.interfaces');
    expect(r.diagnostics.filter((d) => d.code === 'cfg.port_pattern_not_expanded').map((d) => d.span.line)).toEqual([9, 12]);
    expect(r.diagnostics.some((d) => d.code === 'cfg.port_not_defined' || d.code.startsWith('cfg.routed_'))).toBe(false);
    expect(r.host.byName.get('br1')!.kind).toBe('bridge');
    // A named port next to a pattern is still a port.
    const mixed = checkInterfaces('iface vmbr0 inet manual\n  bridge-ports eno1 glob swp1-4\n').host;
    expect(mixed.byName.get('vmbr0')!.bridge!.ports.map((p) => p.value)).toEqual(['eno1']);
  });

  it('Proxmox VE 9 pins NIC names as nicN: a bridge port nic2 without a stanza is a NIC, not an undefined port', () => {
    const r = read('debian-hook-options.interfaces');
    expect(r.diagnostics.filter((d) => d.code === 'cfg.port_assumed_physical').map((d) => d.params.port)).toEqual(['nic2']);
    expect(r.host.byName.get('nic3')!.kind).toBe('nic');
  });

  it('options of ifupdown, ifupdown2 and the Debian hook packages are info (known, not simulated), once per name; typos stay warnings with a suggestion', () => {
    const r = read('debian-hook-options.interfaces');
    const info = r.diagnostics.filter((d) => d.code === 'cfg.option_not_simulated').map((d) => String(d.params.name));
    expect(info).toEqual(expect.arrayContaining(['ethernet-autoneg', 'offload-tso', 'gro-offload', 'bond-arp-validate', 'dns-nameservers', 'wpa-ssid', 'privext', 'accept_ra']));
    expect(new Set(info).size).toBe(info.length);
    const typo = checkInterfaces('iface vmbr0 inet manual\n  bridge-port eno1\n').diagnostics.find((d) => d.code === 'cfg.unknown_option');
    expect(typo).toMatchObject({ severity: 'warning', params: { name: 'bridge-port', suggestion: 'bridge-ports' } });
  });

  it("the vlan package's 'ip-proxy-arp 1' turns proxy_arp on for that interface, like the post-up echo does", () => {
    const { host } = checkInterfaces('auto eno1\niface eno1 inet static\n  address 198.51.100.5/24\n  ip-proxy-arp 1\n');
    expect([...host.proxyArp]).toEqual(['eno1']);
  });

  it('several iface stanzas for one interface all apply (interfaces(5)): info, and the addresses add up', () => {
    const r = read('ifupdown2-loopback-vrf-glob.interfaces');
    expect(r.diagnostics.filter((d) => d.code === 'cfg.duplicate_iface').map((d) => d.severity)).toEqual(['info']);
    expect(r.host.byName.get('lo')!.addresses.map((a) => a.cidr.prefix)).toEqual([32, 32]);
  });

  it('ifupdown2 takes the family from the address: an IPv6 address in a stanza without inet6 is info, not a bad IPv4 address', () => {
    expect(codes('iface mgmt\n  address 127.0.0.1/8\n  address ::1/128\n')).toEqual(['3:11 info cfg.ipv6_address_not_simulated']);
    expect(codes('iface eno1 inet static\n  address 192.168.10.2/24\n  gateway fe80::1\n')).toEqual(['3:11 info cfg.ipv6_address_not_simulated']);
    expect(codes('iface eno1 inet static\n  address 192.168.10.2/24\n  gateway 192.168.10.300\n')).toEqual(['3:11 error cfg.bad_gateway']);
  });

  it("ifenslave's bond-master lines and a bond-primary list (the first slave present wins) build the bond", () => {
    const r = read('ovh-vrack-bond-routed-subnet.interfaces');
    expect(r.host.byName.get('bond0')!.bond!.slaves.map((s) => s.value)).toEqual(['ens33f0', 'ens33f1']);
    expect(r.host.ipForward).toBe(true);
    expect([...r.host.proxyArp]).toEqual(['bond0']);
  });

  it("'up sysctl -p' loads /etc/sysctl.conf, which may turn forwarding on: one info naming the file, instead of the NAT and routed warnings", () => {
    const r = read('hosting-script-nat-subnet-vswitch.interfaces');
    const fwd = r.diagnostics.filter((d) => /forward/.test(d.code));
    expect(fwd.map((d) => `${d.span.line}:${d.span.col} ${d.severity} ${d.code}`)).toEqual(['15:8 info cfg.ip_forward_in_sysctl_files']);
    const without = readFileSync(join(cleanDir, 'hosting-script-nat-subnet-vswitch.interfaces'), 'utf8').replace('    up sysctl -p\n', '');
    expect(checkInterfaces(without).diagnostics.filter((d) => /forward/.test(d.code)).map((d) => d.code)).toEqual([
      'cfg.nat_without_ip_forward',
      'cfg.routed_without_ip_forward',
    ]);
  });

  it("'hwaddress random' (and 'hwaddress ether random') is valid in interfaces(5); a malformed MAC is still an error", () => {
    expect(codes('iface eno1 inet manual\n  hwaddress random\n')).toEqual([]);
    expect(codes('iface eno1 inet manual\n  hwaddress ether random\n')).toEqual([]);
    expect(codes('iface eno1 inet manual\n  hwaddress 02:00:00:00:00\n')).toEqual(['2:13 error cfg.bad_mac']);
    // A group (multicast) address is refused by Linux for a NIC: the interface would not come up.
    expect(codes('iface eno1 inet manual\n  hwaddress 01:00:5e:00:00:01\n')).toEqual(['2:13 error cfg.multicast_mac']);
  });

  it("'iptables -F' flushes: a rule added on up and flushed on down is removed (no 'never removed' info), and an up-phase flush drops the rules before it", () => {
    const nat = (down: string) => `iface vmbr1 inet static
  address 10.10.10.1/24
  bridge-ports none
  post-up echo 1 > /proc/sys/net/ipv4/ip_forward
  post-up iptables -t nat -A POSTROUTING -s 10.10.10.0/24 -o eno1 -j MASQUERADE
  post-up iptables -A FORWARD -i vmbr1 -j ACCEPT
  ${down}
`;
    const never = (text: string) => checkInterfaces(text).diagnostics.filter((d) => d.code === 'cfg.rule_never_removed').map((d) => d.span.line);
    expect(never(nat('post-down iptables -t nat -F'))).toEqual([6]);
    expect(never(nat('post-down iptables -t nat -F POSTROUTING'))).toEqual([6]);
    expect(never(nat('post-down iptables -t nat -F PREROUTING'))).toEqual([5, 6]);
    expect(never(nat('post-down iptables --flush'))).toEqual([5]);
    const { host } = checkInterfaces(nat('post-up iptables -t nat -F'));
    expect(host.rules.map((r) => `${r.rule.table} ${r.rule.chain}`)).toEqual(['filter FORWARD']);
  });

  it('a /32 bridge with a route per guest (ip route add A/32 dev vmbr0) forwards the guests: without ip_forward that is a warning, and never a proxy_arp one', () => {
    const hetzner = readFileSync(join(cleanDir, 'hetzner-pointopoint.interfaces'), 'utf8');
    const fwd = (text: string) => checkInterfaces(text).diagnostics.filter((d) => /forward|proxy_arp/.test(d.code)).map((d) => `${d.severity} ${d.code}`);
    expect(fwd(hetzner)).toEqual(['info cfg.ip_forward_in_sysctl_files']);
    expect(fwd(hetzner.replace('  up sysctl -p\n', ''))).toEqual(['warning cfg.routed_without_ip_forward']);
    expect(fwd(hetzner.replace('  up sysctl -p\n', '  up sysctl -w net.ipv4.ip_forward=1\n'))).toEqual([]);
  });

  it("a Wi-Fi station cannot be a bridge port (the kernel marks it IFF_DONT_BRIDGE without 4addr): warning at the port; a wired NIC and a port-less bridge are fine", () => {
    const text = (port: string) => `iface ${port} inet manual\n\nauto vmbr0\niface vmbr0 inet static\n  address 192.168.10.2/24\n  bridge-ports ${port}\n`;
    expect(codes(text('wlp3s0'))).toEqual(['6:16 warning cfg.wifi_bridge_port']);
    expect(codes(text('wlan0'))).toEqual(['6:16 warning cfg.wifi_bridge_port']);
    expect(codes(text('enp3s0'))).toEqual([]);
  });

  it("'ip-forward on' (ifupdown2, what Proxmox SDN writes on a SNAT vnet) is net.ipv4.conf.IFACE.forwarding=1: no 'nothing turns on forwarding', the uplink left out is named", () => {
    const sdn = (extra: string) => `iface eno1 inet manual
auto vmbr0
iface vmbr0 inet static
	address 192.0.2.1/24
	gateway 192.0.2.254
	bridge-ports eno1

auto vnet0
iface vnet0
	address 10.10.10.1/24
	post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j SNAT --to-source 192.0.2.1
	post-down iptables -t nat -D POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j SNAT --to-source 192.0.2.1
	bridge_ports none
	ip-forward on
${extra}`;
    expect(codes(sdn(''))).toEqual(['14:2 warning cfg.forwarding_partly_on']);
    const { host } = checkInterfaces(sdn(''));
    expect([...host.forwardingOn]).toEqual(['vnet0']);
    // The kernel builder gets it like any other sysctl write.
    expect(host.sysctls.map((s) => `${s.write.path.join('.')}=${s.write.value}`)).toEqual(['net.ipv4.conf.vnet0.forwarding=1']);
    expect(codes(sdn('\tpost-up echo 1 > /proc/sys/net/ipv4/ip_forward\n'))).toEqual([]);
  });
});
