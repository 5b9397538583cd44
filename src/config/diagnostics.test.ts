import { describe, expect, it } from 'vitest';
import { hintText, messageText } from './diagnostic.ts';
import { formatDiagnostic } from './format.ts';
import { checkInterfaces } from './interfaces/index.ts';
import { MESSAGES } from './messages.ts';
import { BOND_LACP, DEFAULT_BRIDGE } from './reference-configs.ts';

// The installer's default bridge plus a second, unused NIC: several cases need a free port (eno2).
const BASE = DEFAULT_BRIDGE.replace('iface eno1 inet manual\n', 'iface eno1 inet manual\n\niface eno2 inet manual\n');

/** Replace the first occurrence of `from` in BASE; the expected position is 1-based line:col. */
function variant(from: string, to: string): string {
  if (!BASE.includes(from)) throw new Error(`not in base: ${from}`);
  return BASE.replace(from, to);
}

const at = (text: string, code: string) =>
  checkInterfaces(text)
    .diagnostics.filter((d) => d.code === code)
    .map((d) => `${d.span.line}:${d.span.col}`);

describe('broken variants are reported with their code at the exact line:col', () => {
  const cases: Array<[string, string, string, string]> = [
    ['unknown option with a suggestion', variant('bridge-ports eno1', 'bridge-prots eno1'), 'cfg.unknown_option', '12:9'],
    ['bad CIDR prefix', variant('192.168.10.2/24', '192.168.10.2/33'), 'cfg.bad_address', '10:17'],
    ['octet out of range', variant('192.168.10.2/24', '192.168.300.2/24'), 'cfg.bad_address', '10:17'],
    ['bad gateway', variant('gateway 192.168.10.1', 'gateway 192.168.10'), 'cfg.bad_gateway', '11:17'],
    ['gateway off-link', variant('gateway 192.168.10.1', 'gateway 198.51.100.1'), 'cfg.gateway_not_on_link', '11:17'],
    // A lone /32 with the provider's gateway outside it is what ifupdown2's onlink default route is for.
    ['no off-link report for a /32 host address', variant('192.168.10.2/24', '192.168.10.2/32').replace('gateway 192.168.10.1', 'gateway 198.51.100.1'), 'cfg.gateway_not_on_link', ''],
    ['bridge port not defined', variant('bridge-ports eno1', 'bridge-ports bond0'), 'cfg.port_not_defined', '12:22'],
    ['dummy port that only the dummy module creates', variant('bridge-ports eno1', 'bridge-ports dummy0'), 'cfg.port_dummy_without_stanza', '12:22'],
    ['comment after an option value', variant('bridge-ports eno1', 'bridge-ports eno1 # uplink'), 'cfg.inline_comment', '12:27'],
    ['bridge port with an address', variant('iface eno1 inet manual', 'iface eno1 inet static\n        address 10.10.10.2/24'), 'cfg.port_has_address', '5:17'],
    ['keyword typo', variant('iface eno2 inet manual', 'ifcae eno2 inet manual'), 'cfg.unknown_keyword', '6:1'],
    ['family typo', variant('iface eno2 inet manual', 'iface eno2 inte manual'), 'cfg.bad_family', '6:12'],
    ['method typo', variant('iface vmbr0 inet static', 'iface vmbr0 inet statc'), 'cfg.bad_method', '9:18'],
    ['stp value', variant('bridge-stp off', 'bridge-stp maybe'), 'cfg.bad_bool', '13:20'],
    ['forward delay range', variant('bridge-fd 0', 'bridge-fd 99'), 'cfg.bad_number', '14:19'],
    ['option with no value', variant('bridge-fd 0', 'bridge-fd'), 'cfg.option_missing_value', '14:9'],
    ['option before any stanza', `        address 192.168.10.2/24\n${BASE}`, 'cfg.option_outside_stanza', '1:9'],
    ['duplicate option', variant('bridge-fd 0', 'bridge-fd 0\n        bridge-fd 2'), 'cfg.duplicate_option', '15:9'],
    ['interface name too long', variant('iface eno2 inet manual', 'iface averyveryverylongname inet manual'), 'cfg.bad_interface_name', '6:7'],
    ['MTU range', variant('bridge-fd 0', 'bridge-fd 0\n        mtu 20'), 'cfg.bad_mtu', '15:13'],
    ['hwaddress', variant('bridge-fd 0', 'bridge-fd 0\n        hwaddress BC:24:11:3A:5C'), 'cfg.bad_mac', '15:19'],
  ];
  for (const [name, text, code, pos] of cases) {
    it(`${name}: ${code} at ${pos || 'nowhere'}`, () => {
      expect(at(text, code)).toEqual(pos ? [pos] : []);
    });
  }

  it('did-you-mean for option, bond mode and hash policy', () => {
    const text = `iface eno1 inet manual
iface eno2 inet manual
auto bond0
iface bond0 inet manual
        bond-slaves eno1 eno2
        bond-mode 802.3as
        bond-miimon 100
        bond-xmit-hash-policy layer2+4
        bridge-prots eno1
`;
    const ds = checkInterfaces(text).diagnostics;
    const pick = (code: string) => ds.find((d) => d.code === code)!;
    expect(pick('cfg.bad_bond_mode').params.suggestion).toBe('802.3ad');
    expect(`${pick('cfg.bad_bond_mode').span.line}:${pick('cfg.bad_bond_mode').span.col}`).toBe('6:19');
    expect(pick('cfg.bad_hash_policy').params.suggestion).toBe('layer2+3');
    expect(pick('cfg.unknown_option').params.suggestion).toBe('bridge-ports');
    expect(hintText(pick('cfg.bad_bond_mode'), 'en')).toMatch(/^did you mean '802\.3ad'\?/);
    expect(hintText(pick('cfg.bad_bond_mode'), 'ko')).toMatch(/^혹시 '802\.3ad'인가요\?/);
  });

  it('an interface in two bridges', () => {
    const text = `${BASE}
auto vmbr1
iface vmbr1 inet manual
        bridge-ports eno1
`;
    expect(at(text, 'cfg.port_in_two_masters')).toEqual(['18:22']);
  });

  it('two default gateways: the second is the error and names the first', () => {
    const text = `${BASE}
auto vmbr1
iface vmbr1 inet static
        address 10.10.10.1/24
        gateway 10.10.10.254
        bridge-ports eno2
`;
    const d = checkInterfaces(text).diagnostics.find((x) => x.code === 'cfg.two_default_gateways')!;
    expect(`${d.span.line}:${d.span.col}`).toBe('19:17');
    expect(d.params).toMatchObject({ other: 'vmbr0', line: 11, name: 'vmbr1' });
  });

  it('overlapping subnets on two interfaces', () => {
    const text = `${BASE}
auto vmbr1
iface vmbr1 inet static
        address 192.168.10.129/25
        bridge-ports eno2
`;
    expect(at(text, 'cfg.overlapping_subnets')).toEqual(['18:17']);
  });

  it('forwarding turned on per interface: Linux forwards by the arriving interface, so NAT needs the guest bridge and the uplink', () => {
    const nat = (forwarding: string) => `${BASE}
auto vmbr1
iface vmbr1 inet static
        address 10.10.10.1/24
        bridge-ports none
${forwarding}        post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE
`;
    // Only the guests' bridge: their packets leave, the answers arriving on vmbr0 are not forwarded back.
    const onlyGuests = nat('        post-up echo 1 > /proc/sys/net/ipv4/conf/vmbr1/forwarding\n');
    expect(at(onlyGuests, 'cfg.nat_without_ip_forward')).toEqual([]);
    const partly = checkInterfaces(onlyGuests).diagnostics.filter((d) => d.code === 'cfg.forwarding_partly_on');
    expect(partly.map((d) => [`${d.span.line}:${d.span.col}`, d.params])).toEqual([
      ['20:17', { on: 'vmbr1', off: 'vmbr0', sysctl: 'net.ipv4.conf.vmbr0.forwarding=1' }],
    ]);
    // Neither side on: the hint gives one sysctl key per interface (a dot in a name is a slash in the key).
    const neither = nat('        post-up echo 1 > /proc/sys/net/ipv4/conf/eno2/forwarding\n').replaceAll('vmbr1', 'vmbr0.10').replace('bridge-ports none', 'bridge-ports none\n        bridge-stp off');
    const [d] = checkInterfaces(neither).diagnostics.filter((x) => x.code === 'cfg.forwarding_partly_on');
    expect(hintText(d!, 'en')).toBe(
      "turn it on for vmbr0.10, vmbr0 as well (net.ipv4.conf.vmbr0/10.forwarding=1 net.ipv4.conf.vmbr0.forwarding=1), or for every interface with 'echo 1 > /proc/sys/net/ipv4/ip_forward'",
    );
    // Both sides on: nothing to report.
    const both = nat('        post-up sysctl -w net.ipv4.conf.vmbr1.forwarding=1\n        post-up sysctl -w net.ipv4.conf.vmbr0.forwarding=1\n');
    expect(at(both, 'cfg.forwarding_partly_on')).toEqual([]);
    expect(at(both, 'cfg.nat_without_ip_forward')).toEqual([]);
    // Writing ip_forward's current value (0) again leaves the per-interface flags alone, as Linux does.
    const rewritten = nat('        post-up echo 1 > /proc/sys/net/ipv4/conf/vmbr1/forwarding\n        post-up echo 0 > /proc/sys/net/ipv4/ip_forward\n');
    expect(at(rewritten, 'cfg.forwarding_partly_on')).toEqual(['20:17']);
    // conf/all/forwarding is ip_forward by another name.
    const all = nat('        post-up echo 1 > /proc/sys/net/ipv4/conf/all/forwarding\n');
    expect(at(all, 'cfg.forwarding_partly_on')).toEqual([]);
    expect(checkInterfaces(all).host.ipForward).toBe(true);
  });

  it('one address on two interfaces is a warning, not an error: Linux accepts it (ARP may answer on either)', () => {
    const text = `${BASE}
auto vmbr1
iface vmbr1 inet static
        address 192.168.10.2/24
        bridge-ports eno2
`;
    const dup = checkInterfaces(text).diagnostics.filter((d) => d.code === 'cfg.duplicate_address');
    expect(dup.map((d) => [d.severity, `${d.span.line}:${d.span.col}`, d.params['name'], d.params['other']])).toEqual([['warning', '18:17', 'vmbr1', 'vmbr0']]);
  });

  it('a NAT rule whose -o interface does not exist, and NAT without ip_forward', () => {
    const text = `${BASE}
auto vmbr1
iface vmbr1 inet static
        address 10.10.10.1/24
        bridge-ports none
        post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr9 -j MASQUERADE
`;
    expect(at(text, 'cfg.rule_unknown_interface')).toEqual(['20:70']);
    expect(at(text, 'cfg.nat_without_ip_forward')).toEqual(['20:17']);
  });

  it("a rule naming a NIC the file does not list (-o eth0 copied from a guide, the host's NIC is eno1) never matches: warning at the name", () => {
    const rule = (out: string) => `${BASE}
auto vmbr1
iface vmbr1 inet static
        address 10.10.10.1/24
        bridge-ports none
        post-up echo 1 > /proc/sys/net/ipv4/ip_forward
        post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o ${out} -j MASQUERADE
`;
    expect(at(rule('eth0'), 'cfg.rule_unknown_interface')).toEqual(['21:70']);
    // The NICs the file lists, a VLAN on one, the bridges and wildcards are fine.
    for (const ok of ['eno1', 'eno2', 'eno1.100', 'vmbr0', 'en+']) expect(at(rule(ok), 'cfg.rule_unknown_interface')).toEqual([]);
    // A file that lists no NIC at all says nothing about which exist.
    const noNics = 'auto vmbr1\niface vmbr1 inet static\n  address 10.10.10.1/24\n  bridge-ports none\n  post-up iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE\n';
    expect(at(noNics, 'cfg.rule_unknown_interface')).toEqual([]);
  });

  it("-o/-i naming a bridge port (eno1 in vmbr0) never matches routed traffic: warning at the word, in both languages, with the bridge to name", () => {
    // A mistake users write up: MASQUERADE -o enp1s0 although enp1s0 is vmbr0's port, "traffic does not
    // leave the NAT subnet; -o vmbr0 works" (blog.gugugu.cloud/2025/08/17/0dfa2f828874). Conformance 37
    // shows real Linux sending the guests' traffic out untranslated. -o vmbr0 is right.
    const rule = (flags: string) => `${BASE}
auto vmbr1
iface vmbr1 inet static
        address 10.10.10.1/24
        bridge-ports none
        post-up echo 1 > /proc/sys/net/ipv4/ip_forward
        post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' ${flags} -j MASQUERADE
`;
    const ds = checkInterfaces(rule('-o eno1')).diagnostics.filter((d) => d.code === 'cfg.rule_bridge_port');
    expect(ds.map((d) => [d.severity, `${d.span.line}:${d.span.col}`])).toEqual([['warning', '21:70']]);
    const d = ds[0]!;
    expect(messageText(d, 'en')).toBe('iptables rule matches -o eno1, but eno1 is a port of vmbr0: routed packets carry vmbr0 as their interface, so the rule never matches');
    expect(hintText(d, 'en')).toBe('write -o vmbr0');
    expect(messageText(d, 'ko')).toBe('iptables 규칙이 -o eno1을 쓰는데, eno1은 vmbr0의 포트입니다. 라우팅되는 패킷의 인터페이스는 vmbr0이므로 이 규칙은 절대 맞지 않습니다');
    expect(hintText(d, 'ko')).toBe('-o vmbr0으로 고치세요');
    expect(at(rule('-i eno1'), 'cfg.rule_bridge_port')).toEqual(['21:70']);
    for (const ok of ['-o vmbr0', '-o eno2', '-o en+', '-i vmbr1']) expect(at(rule(ok), 'cfg.rule_bridge_port')).toEqual([]);
    expect(at(rule('-o eno1'), 'cfg.rule_unknown_interface')).toEqual([]);
  });

  it('a bond slave inside a bridge: the fix names the bridge, the device routed packets use', () => {
    const text = `${BOND_LACP}        post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o eno2 -j MASQUERADE
        post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o bond0 -j MASQUERADE
`;
    const ds = checkInterfaces(text).diagnostics.filter((d) => d.code === 'cfg.rule_bridge_port');
    expect(ds.map((d) => [`${d.span.line}:${d.span.col}`, d.params['master'], hintText(d, 'en')])).toEqual([
      ['22:70', 'bond0', 'write -o vmbr0'],
      ['23:70', 'vmbr0', 'write -o vmbr0'],
    ]);
  });

  it('a trailing comment is one error for the value, not one per stray word; commands keep theirs (the shell drops it)', () => {
    const text = variant('bridge-ports eno1', 'bridge-ports eno1 # uplink port').replace('bridge-fd 0', 'bridge-fd 0\n        post-up echo 1 > /proc/sys/net/ipv4/ip_forward # for NAT');
    const ds = checkInterfaces(text).diagnostics.filter((d) => d.severity !== 'info');
    expect(ds.map((d) => `${d.code} ${d.span.line}:${d.span.col}-${d.span.endCol}`)).toEqual(['cfg.inline_comment 12:27-40']);
    const host = checkInterfaces(text).host;
    expect(host.byName.get('vmbr0')!.bridge!.ports.map((p) => p.value)).toEqual(['eno1']);
    expect(host.ipForward).toBe(true);
  });

  it('commands in an inet6 stanza run like any other: IPv4 forwarding and NAT set up there count', () => {
    const text = `${BASE}
iface vmbr0 inet6 static
        address 2001:db8::2/64
        post-up echo 1 > /proc/sys/net/ipv4/ip_forward
        post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr9 -j MASQUERADE
`;
    const { host } = checkInterfaces(text);
    expect(host.ipForward).toBe(true);
    expect(host.rules.map((r) => r.rule.target)).toEqual(['MASQUERADE']);
    expect(at(text, 'cfg.rule_unknown_interface')).toEqual(['19:70']);
    expect(at(text, 'cfg.nat_without_ip_forward')).toEqual([]);
  });

  it('routed set-up without ip_forward and without proxy_arp on the uplink', () => {
    const text = `auto eno0
iface eno0 inet static
        address 198.51.100.5/29
        gateway 198.51.100.1

auto vmbr0
iface vmbr0 inet static
        address 203.0.113.17/28
        bridge-ports none
`;
    expect(at(text, 'cfg.routed_without_ip_forward')).toEqual(['7:7']);
    // The guest subnet is apart from the uplink's /29: proxy_arp depends on how the provider delivers it.
    expect(at(text, 'cfg.routed_without_proxy_arp')).toEqual([]);
    expect(at(text, 'cfg.routed_proxy_arp_depends')).toEqual(['2:7']);
    // A private internal bridge is not a routed set-up: no warning.
    const internal = text.replace('203.0.113.17/28', '10.10.10.1/24');
    expect(at(internal, 'cfg.routed_without_ip_forward')).toEqual([]);
  });

  describe('proxy_arp: only where the provider must ARP for the guests on the wire', () => {
    const routed = (uplink: string, guests: string, extra = '') => `auto eno0
iface eno0 inet static
        address ${uplink}
        gateway 198.51.100.1
${extra}        post-up echo 1 > /proc/sys/net/ipv4/ip_forward

auto vmbr0
iface vmbr0 inet static
        address ${guests}
        bridge-ports none
`;
    const severityOf = (text: string) =>
      checkInterfaces(text)
        .diagnostics.filter((d) => d.code.startsWith('cfg.routed_'))
        .map((d) => `${d.severity} ${d.code} ${d.span.line}:${d.span.col}`);

    it("guests inside the uplink's on-link subnet: the gateway ARPs for them and only proxy_arp on the uplink answers (warning)", () => {
      expect(severityOf(routed('198.51.100.5/24', '198.51.100.129/25'))).toEqual(['warning cfg.routed_without_proxy_arp 2:7']);
    });

    it('a guest subnet apart from the uplink works without proxy_arp when the provider routes it to the host: info that says both cases', () => {
      const text = routed('198.51.100.5/29', '203.0.113.17/28');
      expect(severityOf(text)).toEqual(['info cfg.routed_proxy_arp_depends 2:7']);
      const d = checkInterfaces(text).diagnostics.find((x) => x.code === 'cfg.routed_proxy_arp_depends')!;
      expect(messageText(d, 'en')).toBe("routed set-up: guest subnet 203.0.113.16/28 on 'vmbr0' is apart from eno0's 198.51.100.0/29, and eno0 has no proxy_arp");
      expect(hintText(d, 'en')).toContain('routes 203.0.113.16/28 to 198.51.100.5');
    });

    it('a point-to-point uplink (/32 with pointopoint, as Hetzner writes) has nobody on the link to ARP for guests: nothing to report', () => {
      expect(severityOf(routed('198.51.100.5/32', '203.0.113.17/28', '        pointopoint 198.51.100.1\n'))).toEqual([]);
      expect(severityOf(routed('198.51.100.5/32', '203.0.113.17/28'))).toEqual([]);
    });

    it('proxy_arp on the uplink (or on all) silences both', () => {
      const on = '        post-up echo 1 > /proc/sys/net/ipv4/conf/eno0/proxy_arp\n';
      expect(severityOf(routed('198.51.100.5/24', '198.51.100.129/25', on))).toEqual([]);
      expect(severityOf(routed('198.51.100.5/29', '203.0.113.17/28', on.replace('eno0', 'all')))).toEqual([]);
    });
  });

  it('an address on an OVS internal port is where it belongs; on a plain OVS port it is still reported', () => {
    const text = (type: string) => `auto eno1
iface eno1 inet manual
        ovs_type OVSPort
        ovs_bridge vmbr0

auto vlan50
iface vlan50 inet static
        ovs_type ${type}
        ovs_bridge vmbr0
        address 10.10.10.2/24

auto vmbr0
iface vmbr0 inet manual
        ovs_type OVSBridge
        ovs_ports eno1 vlan50
`;
    expect(at(text('OVSIntPort'), 'cfg.port_has_address')).toEqual([]);
    expect(at(text('OVSPort'), 'cfg.port_has_address')).toEqual(['10:17']);
  });

  it('a byte order mark is one warning at 1:1; the file is read as without it', () => {
    const ds = checkInterfaces(`\uFEFF${BASE}`).diagnostics.filter((d) => d.severity !== 'info');
    expect(ds.map((d) => `${d.code} ${d.span.line}:${d.span.col}`)).toEqual(['cfg.byte_order_mark 1:1']);
    expect(checkInterfaces(`\uFEFF${BASE}`).host.byName.get('vmbr0')!.bridge!.ports.map((p) => p.value)).toEqual(['eno1']);
    expect(at(`\uFEFF# written on Windows\n${BASE}`, 'cfg.byte_order_mark')).toEqual(['1:1']);
  });

  it('an active-backup bond without miimon or ARP monitoring never notices a dead link (the driver warns the same): warning', () => {
    const bond = (extra: string) => `iface eno1 inet manual
iface eno2 inet manual
auto bond0
iface bond0 inet manual
        bond-slaves eno1 eno2
        bond-mode active-backup
${extra}`;
    const found = checkInterfaces(bond('')).diagnostics.filter((d) => d.code === 'cfg.bond_without_link_monitoring');
    expect(found.map((d) => [d.severity, `${d.span.line}:${d.span.col}`, d.params['mode']])).toEqual([['warning', '4:7', 'active-backup']]);
    expect(messageText(found[0]!, 'ko')).toBe("active-backup 본드 'bond0'은 링크를 감시하지 않습니다(bond-miimon이 0이거나 없음). 끊긴 링크를 알아채지 못합니다");
    expect(at(bond('        bond-miimon 100\n'), 'cfg.bond_without_link_monitoring')).toEqual([]);
    expect(at(bond('        bond-arp-interval 200\n        bond-arp-ip-target 192.168.10.1\n'), 'cfg.bond_without_link_monitoring')).toEqual([]);
    // 802.3ad gets its own messages (the driver turns miimon on itself when it is left out).
    expect(at(bond('').replace('active-backup', '802.3ad'), 'cfg.bond_without_link_monitoring')).toEqual([]);
  });

  it('802.3ad without bond-miimon monitors at 100 ms (the kernel sets it with the mode): info; bond-miimon 0 turns monitoring off: warning', () => {
    const text = `iface eno1 inet manual
iface eno2 inet manual
auto bond0
iface bond0 inet manual
        bond-slaves eno1 eno2
        bond-mode 4
`;
    expect(at(text, 'cfg.lacp_without_miimon')).toEqual([]);
    expect(at(text, 'cfg.lacp_miimon_by_kernel')).toEqual(['4:7']);
    expect(checkInterfaces(text).host.byName.get('bond0')!.bond!.miimon).toBe(100);
    const off = `${text}        bond-miimon 0\n`;
    expect(at(off, 'cfg.lacp_without_miimon')).toEqual(['4:7']);
    expect(at(off, 'cfg.lacp_miimon_by_kernel')).toEqual([]);
    expect(checkInterfaces(off).host.byName.get('bond0')!.bond!.miimon).toBe(0);
    // Modes that may use ARP monitoring keep what the file says (no interval written: none).
    expect(checkInterfaces(text.replace('bond-mode 4', 'bond-mode active-backup')).host.byName.get('bond0')!.bond!.miimon).toBe(0);
  });

  it('iptables mistakes: port without protocol, DNAT without --to, target in the wrong chain, unknown table', () => {
    const text = `iface vmbr0 inet manual
        bridge-ports none
        post-up iptables -t nat -A PREROUTING --dport 22 -j DNAT --to 10.10.10.2:22
        post-up iptables -t nat -A PREROUTING -p tcp --dport 22 -j DNAT
        post-up iptables -t nat -A PREROUTING -o vmbr0 -j MASQUERADE
        post-up iptables -t nta -A POSTROUTING -j MASQUERADE
`;
    expect(at(text, 'cfg.iptables_port_without_protocol')).toEqual(['3:47']);
    expect(at(text, 'cfg.iptables_missing_to')).toEqual(['4:68']);
    expect(at(text, 'cfg.iptables_wrong_chain')).toEqual(['5:59']);
    expect(at(text, 'cfg.iptables_unknown_table')).toEqual(['6:29']);
  });

  it('all problems of a file come out of one pass', () => {
    const text = variant('bridge-ports eno1', 'bridge-prots eno1').replace('192.168.10.2/24', '192.168.10.2/33').replace('bridge-stp off', 'bridge-stp maybe');
    const codes = checkInterfaces(text).diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['cfg.unknown_option', 'cfg.bad_address', 'cfg.bad_bool']));
  });

  it('a rule added on up with no matching -D on down is info (ifreload adds it again), matched across stanzas and -I/-D', () => {
    const text = [
      'auto vmbr1',
      'iface vmbr1 inet static',
      '    address 10.10.10.1/24',
      '    bridge-ports none',
      "    post-up   iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o eno1 -j MASQUERADE",
      '    post-up   iptables -t raw -I PREROUTING -i fwbr+ -j CT --zone 1',
      '    post-up   iptables -t nat -A PREROUTING -i eno1 -p tcp --dport 2222 -j DNAT --to 10.10.10.100:22',
      '    post-down iptables -t raw -D PREROUTING -i fwbr+ -j CT --zone 1',
      '',
      'iface eno1 inet manual',
      "    post-down iptables -t nat -D POSTROUTING -s 10.10.10.0/24 -o eno1 -j MASQUERADE",
      '',
    ].join('\n');
    const found = checkInterfaces(text).diagnostics.filter((d) => d.code === 'cfg.rule_never_removed');
    expect(found.map((d) => [d.severity, `${d.span.line}:${d.span.col}`, d.params.chain])).toEqual([['info', '7:15', 'PREROUTING']]);
    expect(checkInterfaces(text).host.rules.length).toBe(3);
  });

  it('other commands are kept and reported as info, not as errors', () => {
    const text = variant('bridge-fd 0', 'bridge-fd 0\n        post-up ethtool -K eno1 tso off');
    const d = checkInterfaces(text).diagnostics.filter((x) => x.severity !== 'info' || x.code === 'cfg.command_not_simulated');
    expect(d.map((x) => [x.code, x.severity, `${x.span.line}:${x.span.col}`])).toEqual([['cfg.command_not_simulated', 'info', '15:17']]);
  });
});

describe('message table', () => {
  it('every code has non-empty Korean and English texts and explanations, with the same placeholders', () => {
    for (const [code, def] of Object.entries(MESSAGES)) {
      const texts: Array<{ en: string; ko: string }> = [def.message, def.explain, ...('hint' in def && def.hint ? [def.hint] : [])];
      for (const t of texts) {
        expect(t.en.trim(), code).not.toBe('');
        expect(t.ko.trim(), code).not.toBe('');
        // A Korean text may use a Korean variant of a param (detailKo for detail).
        const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/Ko$/, '')).sort();
        expect(ph(t.ko), `${code}: ${t.en}`).toEqual(ph(t.en));
      }
      expect(/[가-힣]/.test(def.message.ko), code).toBe(true);
    }
  });

  it('formats like a compiler: FILE:LINE:COL: severity: message, hint and a caret under the span', () => {
    const text = variant('bridge-ports eno1', 'bridge-prots eno1');
    const { diagnostics, index } = checkInterfaces(text);
    const d = diagnostics.find((x) => x.code === 'cfg.unknown_option')!;
    expect(formatDiagnostic(d, { lang: 'en', file: 'interfaces', index }).split('\n')).toEqual([
      "interfaces:12:9: warning: unknown option 'bridge-prots' [cfg.unknown_option]",
      "  hint: did you mean 'bridge-ports'?",
      '  12 |         bridge-prots eno1',
      '     |         ^^^^^^^^^^^^',
    ]);
    expect(messageText(d, 'ko')).toBe("'bridge-prots'는 알 수 없는 옵션입니다");
  });

  it('Korean picks the particle the identifier takes when read aloud (vmbr0 영 -> 이, vmbr2 이 -> 가, .5 오 -> 는, .3 삼 -> 은)', () => {
    const ko = (code: keyof typeof MESSAGES, params: Record<string, string>) => messageText({ code, params }, 'ko');
    expect(ko('cfg.routed_without_ip_forward', { name: 'vmbr0' })).toMatch(/^'vmbr0'이 게스트 서브넷을/);
    expect(ko('cfg.routed_without_ip_forward', { name: 'vmbr2' })).toMatch(/^'vmbr2'가 게스트 서브넷을/);
    expect(ko('cfg.bad_address', { value: '10.10.10.5' })).toBe("'10.10.10.5'는 올바른 IPv4 주소가 아닙니다");
    expect(ko('cfg.bad_address', { value: '10.10.10.3' })).toBe("'10.10.10.3'은 올바른 IPv4 주소가 아닙니다");
    for (const def of Object.values(MESSAGES)) expect(def.message.en).not.toMatch(/\((가|는|를|과|으)\)/);
  });
});

describe('default gateways with metrics', () => {
  it('two default routes with different metrics may coexist', () => {
    const text = `iface eno1 inet static
        address 192.168.10.2/24
        gateway 192.168.10.1
        metric 100

iface eno2 inet static
        address 10.10.10.2/24
        gateway 10.10.10.1
        metric 200
`;
    expect(checkInterfaces(text).diagnostics.filter((d) => d.code === 'cfg.two_default_gateways')).toEqual([]);
    expect(checkInterfaces(text.replace('metric 200', 'metric 100')).diagnostics.map((d) => d.code)).toContain('cfg.two_default_gateways');
  });
});
