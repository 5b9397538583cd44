/**
 * The playground builds its world from the reader's file (issue 17): guests on the file's bridges,
 * the outside world off the interface with the default gateway, and suggested probes that each do
 * something a reader sees (a result and a trace). Per preset and per shape of real-world file.
 */
import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets.ts';
import { PVE_DOCS_NAT } from '../../config/reference-configs.ts';
import { buildRunWorld, type RunWorld } from './run-world.ts';

/** A bond to an LACP switch under a VLAN-aware bridge, the host's address on VLAN 10 (pve-docs' VLAN example on a bond). */
const BOND_VLAN_AWARE = `auto lo
iface lo inet loopback

iface eno1 inet manual

iface eno2 inet manual

auto bond0
iface bond0 inet manual
        bond-slaves eno1 eno2
        bond-miimon 100
        bond-mode 802.3ad
        bond-xmit-hash-policy layer2+3

auto vmbr0
iface vmbr0 inet manual
        bridge-ports bond0
        bridge-stp off
        bridge-fd 0
        bridge-vlan-aware yes
        bridge-vids 2-4094

auto vmbr0.10
iface vmbr0.10 inet static
        address 10.10.10.2/24
        gateway 10.10.10.1
`;

function probe(w: RunWorld, from: string, to: string, port?: number) {
  const start = w.sim.trace.length;
  const h = port ? w.sim.tcpConnect(from, to, port) : w.sim.ping(from, to, { count: 3, intervalMs: 200 });
  w.sim.advance(5000);
  return { outcome: h.outcome, events: w.sim.trace.slice(start).filter((e) => !['link.tx', 'lacp.pdu', 'stp.bpdu'].includes(e.code)).length };
}
const guestsOf = (w: RunWorld) => w.sim.snapshot().hosts.filter((h) => h.id.startsWith('vm')).map((h) => `${h.id} ${h.devices.find((d) => d.name === 'eth0')?.addresses.join(',')}`);
/** Each suggestion run as the chip does: its outcome, and whether the reader gets a trace to read. */
const chips = (w: RunWorld) => w.suggestions.map((s) => {
  const r = probe(w, s.from, s.to, s.port);
  expect(r.events, `${s.from} -> ${s.to}`).toBeGreaterThan(0);
  return `${s.from}>${s.to}${s.port ? `:${s.port}` : ''} ${r.outcome}`;
});

describe('playground worlds from the presets', () => {
  it('bridge: two guests on vmbr0 in the LAN; the LAN PC reaches them directly', () => {
    const w = buildRunWorld(PRESETS.bridge);
    expect(guestsOf(w)).toEqual(['vm100 192.168.10.100/24', 'vm101 192.168.10.101/24']);
    expect(chips(w)).toEqual(['vm100>192.0.2.80 ok', 'laptop>192.168.10.100 ok', 'vm101>192.0.2.80 ok', 'laptop>192.168.10.101 ok', 'vm100>192.168.10.101 ok']);
  });
  it('routed: the guest on the portless vmbr0 has a public address the Internet reaches', () => {
    const w = buildRunWorld(PRESETS.routed);
    expect(guestsOf(w)).toEqual(['vm100 203.0.113.18/28']);
    expect(chips(w)).toEqual(['vm100>192.0.2.80 ok', 'web>203.0.113.18 ok']);
  });
  it("NAT: the guest gets out, unsolicited inbound does not get in, the file's port forward does", () => {
    const w = buildRunWorld(PRESETS.nat);
    expect(guestsOf(w)).toEqual(['vm100 10.10.10.100/24']);
    expect(chips(w)).toEqual(['vm100>192.0.2.80 ok', 'web>10.10.10.100 unreachable', 'web>198.51.100.5:2222 established']);
  });
  it('NAT without the ip_forward line: the guest no longer gets out', () => {
    const w = buildRunWorld(PRESETS.nat.replace(/^.*ip_forward.*$/m, ''));
    expect(probe(w, 'vm100', '192.0.2.80').outcome).not.toBe('ok');
  });
  it('forwarding written per interface counts as the kernel sees it: both bridges needed, one is not enough', () => {
    const perIf = (devs: string[]) => PRESETS.nat.replace(/^.*ip_forward.*$/m, devs.map((d) => `        post-up   echo 1 > /proc/sys/net/ipv4/conf/${d}/forwarding`).join('\n'));
    expect(probe(buildRunWorld(perIf(['vmbr1', 'vmbr0'])), 'vm100', '192.0.2.80').outcome).toBe('ok');
    // The request leaves through vmbr1; the answer arrives on vmbr0, whose flag is still 0.
    expect(probe(buildRunWorld(perIf(['vmbr1'])), 'vm100', '192.0.2.80').outcome).not.toBe('ok');
  });
  it('bond: guests behind bond0 and an LACP switch answer SSH from the LAN', () => {
    const w = buildRunWorld(PRESETS.bond);
    expect(w.sim.switch('upstream').snapshot().kind).toBe('lacp');
    expect(probe(w, 'laptop', '192.168.10.100', 22).outcome).toBe('established');
    expect(chips(w).every((c) => c.endsWith(' ok'))).toBe(true);
  });
});

describe('playground worlds from real-world file shapes', () => {
  it('the pve-docs NAT example (public address on eno1, guests on vmbr0 with bridge-ports none, -o eno1): a VM is attached and gets out', () => {
    const w = buildRunWorld(PVE_DOCS_NAT);
    expect(guestsOf(w)).toEqual(['vm100 10.10.10.100/24']);
    expect(chips(w)).toEqual(['vm100>192.0.2.80 ok', 'web>10.10.10.100 unreachable']);
  });
  it('the same file with -o misspelt as the bridge: the guest no longer gets out (the rule never matches)', () => {
    const w = buildRunWorld(PVE_DOCS_NAT.replaceAll('-o eno1', '-o vmbr0'));
    expect(probe(w, 'vm100', '192.0.2.80').outcome).not.toBe('ok');
  });
  it('a bond to an LACP switch under a VLAN-aware bridge: guests on VLAN 10 with the host, the tagged uplink reaches the router', () => {
    const w = buildRunWorld(BOND_VLAN_AWARE);
    expect(w.placements).toEqual([{ vmid: 100, bridge: 'vmbr0', tag: 10 }, { vmid: 101, bridge: 'vmbr0', tag: 10 }]);
    expect(guestsOf(w)).toEqual(['vm100 10.10.10.100/24', 'vm101 10.10.10.101/24']);
    expect(chips(w).every((c) => c.endsWith(' ok'))).toBe(true);
    // A guest the reader moves to another VLAN is cut off from VLAN 10.
    const moved = buildRunWorld(BOND_VLAN_AWARE, [{ vmid: 100, bridge: 'vmbr0', tag: 20 }]);
    expect(probe(moved, 'vm100', '10.10.10.1').outcome).not.toBe('ok');
  });
  it('the reader chooses which guest on which bridge; an unplugged guest is not in the world', () => {
    const w = buildRunWorld(PRESETS.nat, [{ vmid: 100, bridge: 'vmbr0' }, { vmid: 101, bridge: 'vmbr1' }, { vmid: 102, bridge: '' }]);
    expect(guestsOf(w)).toEqual(['vm100 198.51.100.100/24', 'vm101 10.10.10.100/24']);
    expect(probe(w, 'web', '198.51.100.100').outcome).toBe('ok');
  });
});
