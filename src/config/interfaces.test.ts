import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkInterfaces, parseInterfacesText, serializeInterfaces, stripSpans } from './interfaces/index.ts';
import { formatIpv4 } from './ipv4.ts';
import { BOND_LACP, DEFAULT_BRIDGE, NAT, ROUTED } from './reference-configs.ts';

const here = dirname(fileURLToPath(import.meta.url));
const cleanDir = join(here, 'fixtures/clean');
const problems = (text: string) => checkInterfaces(text).diagnostics.filter((d) => d.severity !== 'info');

describe('configs that Proxmox and its users write check clean (no errors, no warnings)', () => {
  for (const file of readdirSync(cleanDir)) {
    it(file, () => {
      const text = readFileSync(join(cleanDir, file), 'utf8');
      expect(problems(text).map((d) => `${d.span.line}:${d.span.col} ${d.code}`)).toEqual([]);
    });
  }

  // The shared reference is the source of truth; check it directly when it sits beside the repository.
  const reference = resolve(here, '../../../shared/reference/network-modes.md');
  it.runIf(existsSync(reference))('every interfaces block in the shared reference', () => {
    const md = readFileSync(reference, 'utf8');
    const blocks = [...md.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => /^iface /m.test(b));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const b of blocks) expect(problems(b).map((d) => d.code)).toEqual([]);
  });
});

describe('what the host ends up with', () => {
  const read = (name: string) => checkInterfaces(readFileSync(join(cleanDir, name), 'utf8')).host;
  const hostOf = (text: string) => checkInterfaces(text).host;

  it('default bridge: vmbr0 is a bridge over eno1 holding the address and the gateway', () => {
    const host = hostOf(DEFAULT_BRIDGE);
    const vmbr0 = host.byName.get('vmbr0')!;
    expect(vmbr0.kind).toBe('bridge');
    expect(vmbr0.bridge?.ports.map((p) => p.value)).toEqual(['eno1']);
    expect(vmbr0.bridge?.stp).toBe(false);
    expect(vmbr0.bridge?.forwardDelay).toBe(0);
    expect(vmbr0.addresses.map((a) => `${formatIpv4(a.cidr.ip)}/${a.cidr.prefix}`)).toEqual(['192.168.10.2/24']);
    expect(formatIpv4(vmbr0.gateway!.value)).toBe('192.168.10.1');
    expect(host.byName.get('eno1')!.kind).toBe('nic');
    expect(host.byName.get('lo')!.kind).toBe('loopback');
    expect(host.ipForward).toBe(false);
  });

  it('routed: post-up echo turns on ip_forward and proxy_arp on the uplink', () => {
    const host = hostOf(ROUTED);
    expect(host.ipForward).toBe(true);
    expect([...host.proxyArp]).toEqual(['eno0']);
    expect(host.byName.get('vmbr0')!.bridge!.ports).toEqual([]);
  });

  it('routed with sysctl -w and $IFACE: the same state, plus the /32 route', () => {
    const host = read('routed-hosting.interfaces');
    expect(host.ipForward).toBe(true);
    expect([...host.proxyArp]).toEqual(['enp0s31f6']);
    expect(host.routes.map((r) => [formatIpv4(r.route.dest.ip), r.route.dest.prefix, r.route.dev])).toEqual([['203.0.113.18', 32, 'vmbr0']]);
  });

  it('NAT: post-down rules are not applied, up rules are, in order', () => {
    const host = hostOf(NAT);
    const rules = host.rules.map(({ rule }) => [rule.table, rule.chain, rule.target]);
    expect(rules).toEqual([
      ['nat', 'POSTROUTING', 'MASQUERADE'],
      ['raw', 'PREROUTING', 'CT'],
      ['nat', 'PREROUTING', 'DNAT'],
    ]);
    const masq = host.rules[0]!.rule;
    expect(masq.outInterface?.value).toBe('vmbr0');
    expect(masq.source && `${formatIpv4(masq.source.value.ip)}/${masq.source.value.prefix}`).toBe('10.10.10.0/24');
    const dnat = host.rules[2]!.rule;
    expect(dnat.protocol?.value).toBe('tcp');
    expect(dnat.dport).toEqual({ from: 2222, to: 2222 });
    expect(dnat.toAddress && [formatIpv4(dnat.toAddress.ip), dnat.toAddress.ports]).toEqual(['10.10.10.100', { from: 22, to: 22 }]);
    const ct = host.rules[1]!.rule;
    expect([ct.inInterface?.value, ct.zone]).toEqual(['fwbr+', 1]);
  });

  it('bond: 802.3ad with miimon and layer2+3 under vmbr0', () => {
    const host = hostOf(BOND_LACP);
    const bond = host.byName.get('bond0')!;
    expect(bond.kind).toBe('bond');
    expect(bond.bond).toMatchObject({ mode: '802.3ad', miimon: 100, hashPolicy: 'layer2+3', lacpRate: 'slow' });
    expect(bond.bond!.slaves.map((s) => s.value)).toEqual(['eno1', 'eno2']);
  });

  it('bond modes by number, VLAN devices on bonds, underscore spellings and netmask', () => {
    const host = read('bond-balance-xor-numbers.interfaces');
    expect(host.byName.get('bond1')!.bond!.mode).toBe('balance-xor');
    expect(host.byName.get('bond1')!.mtu).toBe(9000);
    expect(host.byName.get('bond1.30')!.vlan).toEqual({ parent: 'bond1', tag: 30 });
    const old = read('old-underscore-netmask.interfaces');
    expect(old.byName.get('vmbr0')!.bridge!.ports.map((p) => p.value)).toEqual(['eth0']);
    expect(old.byName.get('vmbr0')!.addresses[0]!.cidr.prefix).toBe(24);
  });

  it("older and alias spellings: ifenslave's slaves, ifupdown2's bond-ports, hash policy by number", () => {
    const host = read('pve5-slaves-numbered-hash.interfaces');
    expect(host.byName.get('bond0')!.bond!.slaves.map((s) => s.value)).toEqual(['eno1', 'eno2']);
    expect(host.byName.get('bond0')!.bond).toMatchObject({ mode: '802.3ad', hashPolicy: 'layer3+4', miimon: 100 });
    expect(host.byName.get('bond1')!.bond!.slaves.map((s) => s.value)).toEqual(['eno3', 'eno4']);
    expect(hostOf('iface bond0 inet manual\n  bond-slaves eno1\n  bond-xmit-hash-policy 2\n').byName.get('bond0')!.bond!.hashPolicy).toBe('layer2+3');
    expect(checkInterfaces('iface bond0 inet manual\n  bond-slaves eno1\n  bond-xmit-hash-policy 6\n').diagnostics.map((d) => d.code)).toContain('cfg.bad_hash_policy');
  });

  it("ifupdown2's link and per-port bridge options are accepted, and bridge-trunk is read as bridge-vids", () => {
    const host = read('ifupdown2-link-and-port-options.interfaces');
    expect(host.byName.get('vmbr0')!.bridge!.vids).toEqual([{ from: 10, to: 10 }, { from: 20, to: 29 }]);
    expect(host.byName.get('vmbr1')!.bridge!.ports.map((p) => p.value)).toEqual(['dummy0']);
    expect(problems('iface vmbr0 inet manual\n  bridge-ports eno1\n  bridge-trunk 5000\n').map((d) => d.code)).toEqual(['cfg.bad_vids']);
  });

  it("ifenslave's bond-primary in a slave's stanza sets its master's primary; the slave stays a NIC", () => {
    const host = read('ifenslave-primary-on-slave.interfaces');
    const bond = host.byName.get('bond0')!.bond!;
    expect(bond.slaves.map((s) => s.value)).toEqual(['eno1', 'eno2']);
    expect(bond.primary?.value).toBe('eno1');
    expect(bond.mode).toBe('active-backup');
    expect(host.byName.get('eno1')!.kind).toBe('nic');
    expect(host.byName.get('eno1')!.bond).toBeUndefined();
  });

  it('a continued bond-slaves line gives both slaves, and -P sets the policy', () => {
    const host = read('active-backup-continuation.interfaces');
    expect(host.byName.get('bond0')!.bond!.slaves.map((s) => s.value)).toEqual(['eno1', 'eno2']);
    expect(host.byName.get('bond0')!.bond!.primary?.value).toBe('eno1');
    expect(host.policies.get('filter:FORWARD')).toBe('ACCEPT');
  });

  it('iptables -D removes the rule an earlier up-command added', () => {
    const text = `auto vmbr1
iface vmbr1 inet static
        address 10.10.10.1/24
        bridge-ports none
        post-up echo 1 > /proc/sys/net/ipv4/ip_forward
        post-up iptables -t nat -A POSTROUTING -s 10.10.10.0/24 -o vmbr1 -j MASQUERADE
        up iptables -t nat -D POSTROUTING -s '10.10.10.0/24' -o vmbr1 -j MASQUERADE
`;
    expect(checkInterfaces(text).host.rules).toEqual([]);
  });

  it('-I inserts before the rules already in the chain', () => {
    const text = `iface vmbr0 inet manual
        bridge-ports none
        up iptables -A FORWARD -j DROP
        up iptables -I FORWARD -i vmbr0 -j ACCEPT
`;
    expect(checkInterfaces(text).host.rules.map((r) => r.rule.target)).toEqual(['ACCEPT', 'DROP']);
  });
});

describe('serializer', () => {
  it('writes every clean fixture back to a document that parses to the same model', () => {
    for (const file of readdirSync(cleanDir)) {
      const { doc } = parseInterfacesText(readFileSync(join(cleanDir, file), 'utf8'));
      const again = parseInterfacesText(serializeInterfaces(doc)).doc;
      expect(stripSpans(again), file).toEqual(stripSpans(doc));
    }
  });

  it('keeps comments and blank lines in place and joins continuations', () => {
    const text = '# top\nauto vmbr0\niface vmbr0 inet static\n\t#inside\n\taddress 192.168.10.2/24\n\n\tbridge-ports eno1 \\\n\t  eno2\n# after\n';
    const out = serializeInterfaces(parseInterfacesText(text).doc);
    expect(out).toBe(
      '# top\nauto vmbr0\niface vmbr0 inet static\n        #inside\n        address 192.168.10.2/24\n\n        bridge-ports eno1 eno2\n# after\n',
    );
  });

  it('an empty document is an empty file', () => {
    expect(serializeInterfaces({ items: [] })).toBe('');
    expect(parseInterfacesText('').doc.items).toEqual([]);
  });
});
