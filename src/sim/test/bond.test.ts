import { describe, expect, it } from 'vitest';
import { parseBondMode } from '../bond.ts';
import { ipWordLE, portsWordLE, selectSlaveIndex, xmitHash } from '../bond-hash.ts';
import type { Frame } from '../frame.ts';
import { bondLab, codes } from './fixtures.ts';
import { Sim } from '../index.ts';

const frame = (over: Partial<Frame> & { sport?: number; dport?: number; proto?: 'tcp' | 'udp' | 'icmp' } = {}): Frame => {
  const proto = over.proto ?? 'tcp';
  const l4 = { sport: over.sport ?? 40000, dport: over.dport ?? 80 };
  return {
    id: 1,
    src: over.src ?? '02:00:00:00:00:01',
    dst: over.dst ?? '02:00:00:00:00:02',
    type: 'ipv4',
    ip: {
      id: 1,
      src: '10.10.10.1',
      dst: '10.10.10.2',
      ttl: 64,
      proto,
      ...(proto === 'tcp' ? { tcp: { ...l4, flags: ['SYN' as const] } } : proto === 'udp' ? { udp: l4 } : { icmp: { kind: 'echo-request' as const, type: 8, code: 0, id: 7, seq: 1 } }),
    },
  };
};

describe('bond modes', () => {
  it('accepts Linux names and numbers', () => {
    expect(parseBondMode(4)).toBe('802.3ad');
    expect(parseBondMode('1')).toBe('active-backup');
    expect(parseBondMode('balance-alb')).toBe('balance-alb');
    expect(parseBondMode('802.3as')).toBeUndefined();
    expect(parseBondMode(7)).toBeUndefined();
  });
});

describe('xmit_hash_policy formulas (hand-computed, kernel bonding docs)', () => {
  it('layer2: srcMAC[5] ^ dstMAC[5] ^ 0x0800', () => {
    // 0x01 ^ 0x02 ^ 0x0800 = 0x0803 = 2051
    expect(xmitHash('layer2', frame())).toBe(0x0803);
    expect(selectSlaveIndex('layer2', frame(), 2)).toBe(1); // 2051 % 2
    expect(selectSlaveIndex('layer2', frame(), 3)).toBe(2); // 2051 % 3
    expect(selectSlaveIndex('layer2', frame({ dst: '02:00:00:00:00:03' }), 2)).toBe(0); // 0x0802
  });

  it('reads addresses and ports as little-endian words like x86 does', () => {
    expect(ipWordLE('10.10.10.1')).toBe(0x010a0a0a);
    // sport 40000 = 0x9c40, dport 80 = 0x0050, bytes 9c 40 00 50
    expect(portsWordLE(40000, 80)).toBe(0x5000409c);
  });

  it('layer2+3: (layer2 ^ srcIP ^ dstIP), folded by >>16 and >>8', () => {
    // srcIP ^ dstIP = 0x03000000; h = 0x03000803; h ^= h>>16 -> 0x03000b03; h ^= h>>8 -> 0x03030b08
    expect(xmitHash('layer2+3', frame())).toBe(0x03030b08);
    expect(selectSlaveIndex('layer2+3', frame(), 2)).toBe(0);
    expect(selectSlaveIndex('layer2+3', frame(), 3)).toBe(0x03030b08 % 3);
  });

  it('layer3+4: (ports ^ srcIP ^ dstIP), folded, then >>1', () => {
    // 0x5000409c ^ 0x03000000 = 0x5300409c; ^>>16 -> 0x5300139c; ^>>8 -> 0x5353138f; >>1 -> 0x29a989c7
    expect(xmitHash('layer3+4', frame())).toBe(0x29a989c7);
    expect(selectSlaveIndex('layer3+4', frame(), 2)).toBe(1);
    expect(selectSlaveIndex('layer3+4', frame(), 4)).toBe(3);
    // Another source port moves the flow: 40001 = 0x9c41 -> bytes 9c 41 00 50
    expect(xmitHash('layer3+4', frame({ sport: 40001 }))).toBe(((0x5353138f ^ 0x0101) >>> 1) >>> 0);
  });

  it('layer3+4 hashes ICMP on addresses only; non-IP frames fall back to layer2', () => {
    // srcIP ^ dstIP = 0x03000000 -> fold -> 0x03030303 -> >>1 = 0x01818181
    expect(xmitHash('layer3+4', frame({ proto: 'icmp' }))).toBe(0x01818181);
    const arp: Frame = { id: 2, src: '02:00:00:00:00:01', dst: 'ff:ff:ff:ff:ff:ff', type: 'arp' };
    expect(xmitHash('layer3+4', arp)).toBe(0x01 ^ 0xff ^ 0x0806);
    expect(xmitHash('layer2+3', arp)).toBe(0x01 ^ 0xff ^ 0x0806);
  });
});

describe('active-backup', () => {
  it('keeps a ping alive across an unplug, losing at most the miimon interval', () => {
    const sim = bondLab({ mode: 'active-backup', miimonMs: 100 });
    const h = sim.ping('pve', '192.168.10.50', { count: 100, intervalMs: 10 });
    const l1 = sim.linkBetween({ node: 'pve', port: 'eno1' })!;
    sim.at(305, () => sim.setLinkUp(l1, false));
    sim.runUntilIdle();
    const lost = h.sent - h.received;
    expect(lost).toBeGreaterThan(0);
    // Pings every 10 ms; the link monitor notices at the next 100 ms tick.
    expect(lost).toBeLessThanOrEqual(100 / 10 + 1);
    const fo = sim.trace.find((e) => e.code === 'bond.failover')!;
    expect(fo.params).toMatchObject({ from: 'eno1', to: 'eno2' });
    expect(fo.t).toBe(400);
    // The address is on vmbr0 above the bond: the bridge does not pass the bond's peer notification
    // up (see the gratuitous ARP tests below), so the switch relearns the MAC from the next ping.
    expect(codes(sim)).not.toContain('arp.gratuitous');
    const swFdb = sim.snapshot().switches[0]!.fdb;
    expect(swFdb.find((e) => e.mac === sim.host('pve').devMac('vmbr0'))?.port).toBe('p2');
    expect(sim.snapshot().hosts.find((x) => x.id === 'pve')!.bonds[0]!.activeSlave).toBe('eno2');
  });

  describe('gratuitous ARP after failover', () => {
    // The bonding module is not available on the machines that run the conformance suite, so these
    // state the Linux source instead. Documentation/networking/bonding.rst (num_grat_arp): "a peer
    // notification is sent on the bonding device and each VLAN sub-device"; bond_main.c raises
    // NETDEV_NOTIFY_PEERS on the bond, net/8021q/vlan.c (vlan_device_event) propagates it to the VLAN
    // devices on the bond, and net/bridge/br.c (br_device_event) has no case for it: a bridge above
    // the bond announces nothing.
    function failover(layout: (pve: ReturnType<Sim['host']>) => void): Sim {
      const sim = new Sim({ seed: 1 });
      const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
      pve.addNic('eno1').addNic('eno2');
      sim.addSwitch({ id: 'sw', kind: 'learning' });
      sim.connect({ node: 'pve', port: 'eno1' }, { node: 'sw', port: 'p1' });
      sim.connect({ node: 'pve', port: 'eno2' }, { node: 'sw', port: 'p2' });
      pve.addBond('bond0', { slaves: ['eno1', 'eno2'], mode: 'active-backup', miimonMs: 100 });
      layout(pve);
      sim.advance(50);
      sim.setLinkUp(sim.linkBetween({ node: 'pve', port: 'eno1' })!, false);
      sim.advance(500);
      return sim;
    }
    const announced = (sim: Sim): string[] => sim.trace.filter((e) => e.code === 'arp.gratuitous').map((e) => `${e.dev} ${String(e.params['ip'])}`);

    it('announces the addresses on the bond and on VLAN devices on the bond', () => {
      const sim = failover((pve) => {
        pve.addAddress('bond0', '192.168.10.2/24');
        pve.addVlan('bond0.5').addAddress('bond0.5', '198.51.100.2/24');
      });
      expect(announced(sim)).toEqual(['bond0 192.168.10.2', 'bond0.5 198.51.100.2']);
    });

    it('announces nothing when the address is on a bridge above the bond (Proxmox layout)', () => {
      const sim = failover((pve) => {
        pve.addBridge('vmbr0', { ports: ['bond0'] });
        pve.addAddress('vmbr0', '192.168.10.2/24');
        pve.addVlan('vmbr0.5').addAddress('vmbr0.5', '198.51.100.2/24');
      });
      expect(sim.trace.some((e) => e.code === 'bond.failover')).toBe(true);
      expect(announced(sim)).toEqual([]);
    });
  });

  it('with miimon 0 the bond never notices and traffic is lost', () => {
    const sim = bondLab({ mode: 'active-backup', miimonMs: 0 });
    const l1 = sim.linkBetween({ node: 'pve', port: 'eno1' })!;
    sim.setLinkUp(l1, false);
    const h = sim.ping('pve', '192.168.10.50', { count: 3, intervalMs: 100 });
    sim.runUntilIdle();
    expect(h.received).toBe(0);
    expect(codes(sim)).not.toContain('bond.failover');
  });

  it('downdelay holds a dead slave in use for that long (in miimon ticks)', () => {
    const sim = bondLab({ mode: 'active-backup', miimonMs: 100, downdelayMs: 250 });
    const l1 = sim.linkBetween({ node: 'pve', port: 'eno1' })!;
    sim.at(50, () => sim.setLinkUp(l1, false));
    sim.advance(1000);
    expect(sim.trace.find((e) => e.code === 'bond.link_down')!.t).toBe(100);
    // 250 ms rounds up to 3 ticks: 100 + 300
    expect(sim.trace.find((e) => e.code === 'bond.failover')!.t).toBe(400);
  });

  it('updelay holds a returning slave out of use; without a primary the bond stays where it is', () => {
    const sim = bondLab({ mode: 'active-backup', miimonMs: 100, updelayMs: 200 });
    const l1 = sim.linkBetween({ node: 'pve', port: 'eno1' })!;
    sim.at(50, () => sim.setLinkUp(l1, false));
    sim.at(1050, () => sim.setLinkUp(l1, true));
    sim.advance(2000);
    const up = sim.trace.find((e) => e.code === 'bond.link_up')!;
    expect(up.t).toBe(1100);
    // No primary: the bond stays on eno2 (Linux keeps the current active slave).
    expect(sim.snapshot().hosts.find((x) => x.id === 'pve')!.bonds[0]!.activeSlave).toBe('eno2');
    expect(sim.trace.filter((e) => e.code === 'bond.failover')).toHaveLength(1);
  });

  it('with bond-primary the primary slave is taken back after updelay', async () => {
    const { Sim } = await import('../sim.ts');
    const sim = new Sim({ seed: 1 });
    const pve = sim.addHost({ id: 'pve', kind: 'proxmox' });
    pve.addNic('eno1').addNic('eno2');
    sim.addSwitch({ id: 'sw' });
    const l1 = sim.connect({ node: 'pve', port: 'eno1' }, { node: 'sw', port: 'p1' });
    sim.connect({ node: 'pve', port: 'eno2' }, { node: 'sw', port: 'p2' });
    pve.addBond('bond0', { slaves: ['eno1', 'eno2'], mode: 1, miimonMs: 100, updelayMs: 200, primary: 'eno1' });
    sim.at(50, () => sim.setLinkUp(l1, false));
    sim.at(1050, () => sim.setLinkUp(l1, true));
    sim.advance(2000);
    const fo = sim.trace.filter((e) => e.code === 'bond.failover');
    expect(fo.map((e) => [e.t, e.params.to])).toEqual([
      [100, 'eno2'],
      [1300, 'eno1'],
    ]);
  });

  it('drops frames arriving on the backup slave', () => {
    const sim = bondLab({ mode: 'active-backup' });
    const h = sim.ping('pc1', '192.168.10.2', { count: 1 });
    sim.runUntilIdle();
    expect(h.outcome).toBe('ok');
    // The switch floods the PC's ARP broadcast to both slaves; the copy on eno2 is dropped.
    expect(sim.trace.some((e) => e.code === 'bond.rx_drop' && e.port === 'eno2')).toBe(true);
  });
});

describe('802.3ad', () => {
  it('against a switch without LACP: every port is its own aggregator, one link carries everything', () => {
    const sim = bondLab({ mode: '802.3ad', switchKind: 'learning', xmitHashPolicy: 'layer3+4' }, 4);
    const flows = [];
    for (let i = 0; i < 4; i++) for (let p = 0; p < 8; p++) flows.push(sim.tcpConnect('pve', `192.168.10.${50 + i}`, 443, { srcPort: 41000 + p }));
    sim.runUntilIdle();
    expect(flows.every((f) => f.outcome === 'established')).toBe(true);
    const used = new Set(sim.trace.filter((e) => e.code === 'bond.tx').map((e) => e.port));
    expect(used.size).toBe(1);
    expect(codes(sim, 'sw')).toContain('lacp.ignored');
    const bond = sim.snapshot().hosts.find((x) => x.id === 'pve')!.bonds[0]!;
    expect(new Set(bond.slaves.map((s) => s.aggregatorId)).size).toBe(2);
    expect(bond.slaves.filter((s) => s.active)).toHaveLength(1);
  });

  it('with an LACP switch: LACPDUs are exchanged, both ports join one aggregator and flows spread', () => {
    const sim = bondLab({ mode: '802.3ad', switchKind: 'lacp', xmitHashPolicy: 'layer3+4', lacpRate: 'fast' }, 4);
    sim.advance(10);
    const bond = sim.snapshot().hosts.find((x) => x.id === 'pve')!.bonds[0]!;
    expect(bond.slaves.every((s) => s.lacp?.sync)).toBe(true);
    expect(new Set(bond.slaves.map((s) => s.aggregatorId)).size).toBe(1);
    expect(bond.slaves.every((s) => s.active)).toBe(true);
    expect(sim.snapshot().switches[0]!.lags).toHaveLength(1);
    const flows = [];
    for (let i = 0; i < 4; i++) for (let p = 0; p < 8; p++) flows.push(sim.tcpConnect('pve', `192.168.10.${50 + i}`, 443, { srcPort: 41000 + p }));
    sim.runUntilIdle();
    expect(flows.every((f) => f.outcome === 'established')).toBe(true);
    const perSlave = new Map<string, number>();
    for (const e of sim.trace) if (e.code === 'bond.tx' && e.frame?.ip?.tcp) perSlave.set(e.port!, (perSlave.get(e.port!) ?? 0) + 1);
    expect(perSlave.size).toBe(2);
    // One flow always stays on one slave.
    const slaveOfFlow = new Map<string, Set<string>>();
    for (const e of sim.trace) {
      const t = e.frame?.ip?.tcp;
      if (e.code !== 'bond.tx' || !t) continue;
      const key = `${e.frame!.ip!.dst}:${t.sport}`;
      const set = slaveOfFlow.get(key) ?? new Set();
      set.add(e.port!);
      slaveOfFlow.set(key, set);
    }
    expect([...slaveOfFlow.values()].every((s) => s.size === 1)).toBe(true);
  });

  it('sends LACPDUs every second at fast rate and every 30 s at slow rate', () => {
    const fast = bondLab({ mode: '802.3ad', switchKind: 'lacp', lacpRate: 'fast' });
    fast.advance(10_000);
    const slow = bondLab({ mode: '802.3ad', switchKind: 'lacp', lacpRate: 'slow' });
    slow.advance(10_000);
    const pdus = (s: typeof fast) => s.trace.filter((e) => e.code === 'lacp.pdu' && e.node === 'pve' && e.port === 'eno1' && e.t > 100).length;
    expect(pdus(fast)).toBeGreaterThanOrEqual(9);
    expect(pdus(slow)).toBe(0);
    slow.advance(25_000);
    expect(pdus(slow)).toBe(1);
  });

  it('a failed port leaves the aggregator; traffic continues on the other', () => {
    const sim = bondLab({ mode: '802.3ad', switchKind: 'lacp', lacpRate: 'fast' });
    sim.advance(10);
    const h = sim.ping('pve', '192.168.10.50', { count: 50, intervalMs: 20 });
    sim.at(300, () => sim.setLinkUp(sim.linkBetween({ node: 'pve', port: 'eno1' })!, false));
    sim.runUntilIdle();
    expect(h.received).toBeGreaterThanOrEqual(50 - 6);
    const bond = sim.snapshot().hosts.find((x) => x.id === 'pve')!.bonds[0]!;
    expect(bond.slaves.filter((s) => s.active).map((s) => s.name)).toEqual(['eno2']);
  });

  it('an unplugged slave never makes the survivor drop: only flows hashed to the dead link lose, and only until miimon', () => {
    // Linux: the LACP port stays enabled until miimon declares the link down (bond_3ad_handle_link_change),
    // and ad_agg_selection_logic never picks an aggregator without an enabled port with carrier. So eno2
    // keeps receiving, flows hashed to eno2 see nothing, flows hashed to eno1 are lost until the next
    // miimon tick moves them too.
    const sim = bondLab({ mode: '802.3ad', switchKind: 'lacp', xmitHashPolicy: 'layer3+4', lacpRate: 'fast', miimonMs: 100 }, 4);
    sim.advance(10);
    const pcs = [0, 1, 2, 3].map((i) => ({ id: `pc${i + 1}`, ip: `192.168.10.${50 + i}` }));
    // Steady traffic both ways: the bond sends the requests of outbound pings and the replies of inbound ones.
    const flows = pcs.map((pc) => ({
      pc,
      out: sim.ping('pve', pc.ip, { count: 100, intervalMs: 10 }),
      in: sim.ping(pc.id, '192.168.10.2', { count: 100, intervalMs: 10 }),
    }));
    sim.at(305, () => sim.setLinkUp(sim.linkBetween({ node: 'pve', port: 'eno1' })!, false));
    sim.runUntilIdle();
    const unplugAt = sim.trace.find((e) => e.code === 'link.down')!.t;
    expect(unplugAt).toBe(315);
    // ICMP is hashed on the addresses only, so both pings of one client leave pve on the same slave.
    const slaveOf = (ip: string) => {
      const used = new Set(sim.trace.filter((e) => e.code === 'bond.tx' && e.node === 'pve' && e.t < unplugAt && e.frame?.ip?.dst === ip && e.frame.ip.icmp).map((e) => e.port));
      expect(used.size).toBe(1);
      return [...used][0];
    };
    const onEno1 = flows.filter((f) => slaveOf(f.pc.ip) === 'eno1');
    const onEno2 = flows.filter((f) => slaveOf(f.pc.ip) === 'eno2');
    // Both links carry flows, otherwise the test would prove nothing.
    expect(onEno1.length).toBeGreaterThan(0);
    expect(onEno2.length).toBeGreaterThan(0);
    expect(sim.trace.filter((e) => e.code === 'bond.rx_drop' && e.params.reason === 'not_in_active_aggregator')).toEqual([]);
    for (const f of onEno2) {
      expect(f.out.received).toBe(f.out.sent);
      expect(f.in.received).toBe(f.in.sent);
    }
    for (const f of onEno1) {
      // Unplugged at 315, noticed at the 400 ms miimon tick: what the bond sent on eno1 at 320..400
      // (the 400 ms ping runs just before the miimon tick of the same instant) is lost.
      for (const h of [f.out, f.in]) {
        expect(h.sent - h.received).toBeGreaterThan(0);
        expect(h.sent - h.received).toBeLessThanOrEqual(100 / 10);
      }
    }
    expect(sim.trace.find((e) => e.code === 'bond.link_down')!.t).toBe(400);
    expect(sim.trace.filter((e) => e.code === 'bond.tx' && e.node === 'pve' && e.port === 'eno1' && e.t > 400)).toEqual([]);
    const bond = sim.snapshot().hosts.find((x) => x.id === 'pve')!.bonds[0]!;
    expect(bond.slaves.filter((s) => s.active).map((s) => s.name)).toEqual(['eno2']);
  });

  it('a replugged slave rejoins the aggregator after miimon, without the switch sending to it early', () => {
    const sim = bondLab({ mode: '802.3ad', switchKind: 'lacp', xmitHashPolicy: 'layer3+4', lacpRate: 'fast', miimonMs: 100 }, 4);
    sim.advance(10);
    const l1 = sim.linkBetween({ node: 'pve', port: 'eno1' })!;
    const pings = [0, 1, 2, 3].map((i) => sim.ping(`pc${i + 1}`, '192.168.10.2', { count: 150, intervalMs: 10 }));
    sim.at(100, () => sim.setLinkUp(l1, false));
    sim.at(705, () => sim.setLinkUp(l1, true));
    sim.runUntilIdle();
    expect(sim.trace.filter((e) => e.code === 'bond.rx_drop')).toEqual([]);
    expect(sim.trace.filter((e) => e.code === 'bond.link_up').map((e) => e.t)).toEqual([800]);
    const bond = sim.snapshot().hosts.find((x) => x.id === 'pve')!.bonds[0]!;
    expect(new Set(bond.slaves.map((s) => s.aggregatorId)).size).toBe(1);
    expect(bond.slaves.every((s) => s.active)).toBe(true);
    expect(pings.every((h) => h.sent === 150)).toBe(true);
  });
});

describe('other modes', () => {
  it('balance-rr sends consecutive packets of one flow on alternating slaves', () => {
    const sim = bondLab({ mode: 'balance-rr' });
    sim.ping('pve', '192.168.10.50', { count: 4, intervalMs: 10 });
    sim.runUntilIdle();
    const order = sim.trace.filter((e) => e.code === 'bond.tx').map((e) => e.port);
    expect(order.length).toBeGreaterThan(4);
    // Every frame the bond sends goes to the next slave in turn, whatever flow it belongs to.
    order.forEach((slave, i) => expect(slave).toBe(i % 2 === 0 ? 'eno1' : 'eno2'));
  });

  it('balance-rr on a plain switch makes the switch see the bond MAC flap between ports', () => {
    const sim = bondLab({ mode: 'balance-rr' });
    sim.ping('pve', '192.168.10.50', { count: 3, intervalMs: 10 });
    sim.runUntilIdle();
    const bondMac = sim.host('pve').devMac('bond0');
    const moves = sim.trace.filter((e) => e.node === 'sw' && e.code === 'fdb.learn' && e.params.mac === bondMac && e.params.movedFrom !== undefined);
    expect(moves.length).toBeGreaterThanOrEqual(2);
  });

  it('broadcast mode puts every frame on every slave', () => {
    const sim = bondLab({ mode: 'broadcast' });
    sim.ping('pve', '192.168.10.50', { count: 1 });
    sim.runUntilIdle();
    const tx = sim.trace.filter((e) => e.code === 'bond.tx' && e.frame?.ip?.icmp?.kind === 'echo-request').map((e) => e.port);
    expect(tx).toEqual(['eno1', 'eno2']);
  });

  it('balance-xor keeps each flow on the slave its layer2+3 hash selects', () => {
    const sim = bondLab({ mode: 'balance-xor', xmitHashPolicy: 'layer2+3' }, 4);
    for (let i = 0; i < 4; i++) sim.ping('pve', `192.168.10.${50 + i}`, { count: 2, intervalMs: 10 });
    sim.runUntilIdle();
    for (const e of sim.trace) {
      if (e.code !== 'bond.tx' || !e.frame?.ip) continue;
      expect(e.params.slaveIndex).toBe(selectSlaveIndex('layer2+3', e.frame, 2));
      expect(e.params.hash).toBe(xmitHash('layer2+3', e.frame));
    }
  });
});
