import { describe, expect, it } from 'vitest';
import { parseCommandLine, sysctlPath, type Command, type IptablesRule } from './interfaces/commands.ts';
import { tokenizeShell } from './interfaces/shell.ts';
import { formatIpv4 } from './ipv4.ts';

function parse(text: string, iface = 'vmbr0') {
  const reports: string[] = [];
  const commands = parseCommandLine(text, (code, from) => reports.push(`${code}@${from}`), iface);
  return { commands, reports };
}
const rule = (text: string) => parse(text).commands[0] as IptablesRule;

describe('shell words', () => {
  it('removes quotes, keeps quoted spaces in one word, and splits operators', () => {
    const { tokens } = tokenizeShell(`iptables -s '10.10.10.0/24' -m comment --comment "a b" || true; echo 1 >/proc/x 2>&1`);
    expect(tokens.map((t) => t.text)).toEqual(['iptables', '-s', '10.10.10.0/24', '-m', 'comment', '--comment', 'a b', '||', 'true', ';', 'echo', '1', '>', '/proc/x', '2>&', '1']);
  });
});

describe('sysctl writes', () => {
  it('echo into /proc/sys, in the forms people write', () => {
    for (const t of ['echo 1 > /proc/sys/net/ipv4/ip_forward', 'echo "1" >/proc/sys/net/ipv4/ip_forward', '/bin/echo 1 > /proc/sys/net/ipv4/ip_forward']) {
      const c = parse(t).commands[0] as Extract<Command, { kind: 'sysctl' }>;
      expect([c.kind, c.path.join('.'), c.value], t).toEqual(['sysctl', 'net.ipv4.ip_forward', '1']);
    }
  });
  it('proxy_arp per interface, $IFACE replaced, VLAN names with dots kept whole', () => {
    const c = parse('echo 1 > /proc/sys/net/ipv4/conf/$IFACE/proxy_arp', 'vmbr0.5').commands[0] as Extract<Command, { kind: 'sysctl' }>;
    expect(c.path).toEqual(['net', 'ipv4', 'conf', 'vmbr0.5', 'proxy_arp']);
    expect(sysctlPath('net.ipv4.conf.vmbr0/5.proxy_arp')).toEqual(['net', 'ipv4', 'conf', 'vmbr0.5', 'proxy_arp']);
    expect(sysctlPath('net/ipv4/conf/eno1.50/proxy_arp')).toEqual(['net', 'ipv4', 'conf', 'eno1.50', 'proxy_arp']);
  });
  it('sysctl -w k=v, -q -w, and k = v', () => {
    for (const t of ['sysctl -w net.ipv4.ip_forward=1', 'sysctl -q -w net.ipv4.ip_forward=1', 'sysctl -w net.ipv4.ip_forward = 1', '/sbin/sysctl net.ipv4.ip_forward=1']) {
      const c = parse(t).commands[0] as Extract<Command, { kind: 'sysctl' }>;
      expect([c.kind, c.path.join('.'), c.value], t).toEqual(['sysctl', 'net.ipv4.ip_forward', '1']);
    }
  });
});

describe('iptables', () => {
  it('MASQUERADE with a quoted source and an output interface', () => {
    const r = rule(`iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE`);
    expect(r).toMatchObject({ table: 'nat', action: 'append', chain: 'POSTROUTING', target: 'MASQUERADE', simulated: true });
    expect(`${formatIpv4(r.source!.value.ip)}/${r.source!.value.prefix}`).toBe('10.10.10.0/24');
    expect(r.outInterface).toMatchObject({ value: 'vmbr0', negate: false });
  });
  it('DNAT with --to and --to-destination, port ranges, long options and =', () => {
    const a = rule('iptables -t nat -A PREROUTING -i vmbr0 -p tcp --dport 2222 -j DNAT --to 10.10.10.100:22');
    const b = rule('iptables --table=nat --append PREROUTING --in-interface vmbr0 --protocol tcp --destination-port 8000:8080 --jump DNAT --to-destination 10.10.10.100:8000-8080');
    expect([a.dport, a.toAddress?.ports]).toEqual([{ from: 2222, to: 2222 }, { from: 22, to: 22 }]);
    expect([b.table, b.dport, b.toAddress?.ports]).toEqual(['nat', { from: 8000, to: 8080 }, { from: 8000, to: 8080 }]);
  });
  it('SNAT, CT zones with wildcards, negation, states, policy, insert position', () => {
    expect(rule('iptables -t nat -A POSTROUTING -o vmbr0 -j SNAT --to-source 198.51.100.5').toAddress?.ip).toBe(0xc6336405);
    expect(rule('iptables -t raw -I PREROUTING -i fwbr+ -j CT --zone 1')).toMatchObject({ action: 'insert', zone: 1, inInterface: { value: 'fwbr+' } });
    expect(rule('iptables -A FORWARD ! -i vmbr1 -j DROP').inInterface).toMatchObject({ value: 'vmbr1', negate: true });
    expect(rule('iptables -A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT').states).toEqual(['RELATED', 'ESTABLISHED']);
    expect(rule('iptables -P FORWARD DROP')).toMatchObject({ action: 'policy', chain: 'FORWARD', target: 'DROP' });
    expect(rule('iptables -I FORWARD 2 -j ACCEPT').position).toBe(2);
  });
  it('what it does not model is kept, flagged not simulated, and reported as info', () => {
    const { commands, reports } = parse('iptables -t mangle -A PREROUTING -j MARK --set-mark 1');
    expect((commands[0] as IptablesRule).simulated).toBe(false);
    expect(reports[0]).toMatch(/^cfg\.iptables_not_simulated@/);
  });
  it('reports broken rules at the offending word', () => {
    expect(parse('iptables -t nat -A POSTROUTING -s 10.10.10.0/33 -j MASQUERADE').reports).toEqual(['cfg.iptables_bad_address@34']);
    expect(parse('iptables -t nat -A POSTROUTING -o').reports).toEqual(['cfg.iptables_missing_value@31']);
    expect(parse("iptables -s '10.10.10.0/24 -j ACCEPT").reports[0]).toBe('cfg.unclosed_quote@12');
  });
  it('port lists after -m multiport, including the --dport abbreviation guides write, are valid', () => {
    for (const t of [
      'iptables -t nat -A PREROUTING -i eno1 -p tcp -m multiport ! --dport 22,8006 -j DNAT --to 10.10.10.2',
      'iptables -A INPUT -p tcp -m multiport --dports 80,443,8000:8080 -j ACCEPT',
      'iptables -A INPUT -p udp -m multiport --sports 53,123 -j ACCEPT',
    ]) {
      const { commands, reports } = parse(t);
      expect(reports.filter((r) => !r.startsWith('cfg.iptables_not_simulated')), t).toEqual([]);
      expect((commands[0] as IptablesRule).simulated, t).toBe(false);
    }
    // Without multiport the tcp match reads --dport and rejects a list, as iptables does.
    const plain = 'iptables -t nat -A PREROUTING -p tcp --dport 22,8006 -j DNAT --to 10.10.10.2';
    expect(parse(plain).reports).toEqual([`cfg.iptables_bad_port@${plain.indexOf('22,8006')}`]);
    const tooBig = 'iptables -A INPUT -p tcp -m multiport --dports 80,70000 -j ACCEPT';
    expect(parse(tooBig).reports).toContain(`cfg.iptables_bad_port@${tooBig.indexOf('80,70000')}`);
  });
  it('|| true and output redirections do not hide the rule', () => {
    const { commands } = parse('iptables -t nat -D POSTROUTING -o vmbr0 -j MASQUERADE 2>/dev/null || true');
    expect(commands).toHaveLength(1);
    expect((commands[0] as IptablesRule).action).toBe('delete');
  });
});

describe('ip route and everything else', () => {
  it('ip route add with dev and via', () => {
    const { commands } = parse('ip route add 203.0.113.18/32 dev vmbr0; ip r a 192.0.2.0/24 via 198.51.100.1');
    expect(commands.map((c) => (c.kind === 'route' ? [formatIpv4(c.dest.ip), c.dest.prefix, c.dev ?? null, c.via === undefined ? null : formatIpv4(c.via)] : c.kind))).toEqual([
      ['203.0.113.18', 32, 'vmbr0', null],
      ['192.0.2.0', 24, null, '198.51.100.1'],
    ]);
  });
  it('IPv6 routes (ip picks the family from the address) are kept unsimulated, not reported as bad IPv4', () => {
    const text = 'ip route add 2001:db8:2::/64 via 2001:db8::1; ip route add default via fe80::1 dev eno1';
    const { commands, reports } = parse(text);
    expect(reports).toEqual(['cfg.command_not_simulated@0', `cfg.command_not_simulated@${text.indexOf('ip route add default')}`]);
    expect(commands.map((c) => c.kind)).toEqual(['other', 'other']);
  });
  it('ip route with a type or selector before the prefix (unreachable, vrf, table) is kept unsimulated, not a bad address', () => {
    for (const t of ['ip route add vrf vrf_evpnzone unreachable default metric 4278198272', 'ip route add unreachable 10.10.10.0/24', 'ip route add table 100 default via 192.0.2.1']) {
      const { commands, reports } = parse(t);
      expect(reports, t).toEqual(['cfg.command_not_simulated@0']);
      expect(commands.map((c) => c.kind)).toEqual(['other']);
    }
    expect(parse('ip route add 203.0.113.300/32 dev vmbr0').reports).toContain('cfg.iptables_bad_address@13');
  });
  it("net-tools route: -host, -net with netmask, gw, and the interface with or without dev", () => {
    const show = (c: Command) => (c.kind === 'route' ? [c.action, formatIpv4(c.dest.ip), c.dest.prefix, c.dev ?? null, c.via === undefined ? null : formatIpv4(c.via)] : c.kind);
    const { commands, reports } = parse(
      'route add -host 203.0.113.10 dev vmbr0; route add -net 198.51.100.0 netmask 255.255.255.192 gw 198.51.100.1 dev eno1; ' +
        'route add 203.0.113.11 vmbr0; route add default gw 192.0.2.1; route del -net 10.10.10.0/24 dev vmbr1',
    );
    expect(reports).toEqual([]);
    expect(commands.map(show)).toEqual([
      ['add', '203.0.113.10', 32, 'vmbr0', null],
      ['add', '198.51.100.0', 26, 'eno1', '198.51.100.1'],
      ['add', '203.0.113.11', 32, 'vmbr0', null],
      ['add', '0.0.0.0', 0, null, '192.0.2.1'],
      ['del', '10.10.10.0', 24, 'vmbr1', null],
    ]);
    // route(8) would pick a classful mask for a bare -net address: not guessed, kept unsimulated.
    expect(parse('route add -net 10.0.0.0 dev vmbr1').commands.map((c) => c.kind)).toEqual(['other']);
    expect(parse('route add -host 203.0.113.300 dev vmbr0').reports).toContain('cfg.iptables_bad_address@16');
  });
  it('other commands are kept as text and reported as not simulated', () => {
    const { commands, reports } = parse('ethtool -K eno1 gso off && ip link set eno1 mtu 9000');
    expect(commands.map((c) => c.kind)).toEqual(['other', 'other']);
    expect(reports).toEqual(['cfg.command_not_simulated@0', 'cfg.command_not_simulated@27']);
  });
});
