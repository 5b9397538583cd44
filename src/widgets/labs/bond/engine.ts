/**
 * The bond lab on the kernel: a Proxmox node with eno1+eno2 bonded as bond0 under vmbr0, both
 * cabled to one office switch (with or without LACP), and a few office PCs. Every answer the lab
 * shows (flows per port, lost pings, what the bond did) is read from a fresh kernel run, so the
 * lab is deterministic and each action can be replayed from its settings.
 */
import { Sim, type BondMode, type BondSnapshot, type TraceEvent, type XmitHashPolicy } from '../../../sim/index.ts';

export type SwitchKind = 'lacp' | 'learning';
export type SlaveName = 'eno1' | 'eno2';
export const SLAVES: readonly SlaveName[] = ['eno1', 'eno2'];

export interface BondSetup {
  mode: BondMode;
  policy: XmitHashPolicy;
  switchKind: SwitchKind;
  miimonMs: number;
  /** bond-primary: the slave active-backup returns to whenever it is usable. */
  primary?: SlaveName;
  /** Which cables are plugged in. */
  cables: Record<SlaveName, boolean>;
}

export const DEFAULT_SETUP: BondSetup = {
  mode: 'active-backup',
  policy: 'layer2+3',
  switchKind: 'lacp',
  miimonMs: 100,
  cables: { eno1: true, eno2: true },
};

const PCS = 20;
const NODE = 'pve';
const SWITCH = 'sw';
const NODE_IP = '192.168.10.2';
const pcIp = (i: number) => `192.168.10.${101 + i}`;
/** Office PCs from assorted vendors: their MACs differ in every byte, as on a real LAN. */
const pcMac = (i: number) => {
  const b = (k: number) => (((i + 1) * k * 2654435761) >>> 24).toString(16).padStart(2, '0');
  return `00:1b:21:${b(3)}:${b(5)}:${b(7)}`;
};
/** Flows the labs send per batch (one per office PC and source port). */
export const LAB_FLOWS = 200;
/** Let LACP partners exchange their first LACPDUs and settle on an aggregator. */
const SETTLE_MS = 3000;

/** Display names for node ids, for the shared trace narration. */
export const NODE_NAMES: Record<string, { en: string; ko: string }> = {
  [NODE]: { en: 'Proxmox node', ko: 'Proxmox 노드' },
  [SWITCH]: { en: 'office switch', ko: '사무실 스위치' },
};
for (let i = 0; i < PCS; i++) NODE_NAMES[`pc${i + 1}`] = { en: `PC ${i + 1}`, ko: `PC ${i + 1}` };

function build(setup: BondSetup): Sim {
  const sim = new Sim({ seed: 7 });
  const pve = sim.addHost({ id: NODE, kind: 'proxmox' });
  pve.addNic('eno1').addNic('eno2');
  pve.addBond('bond0', { slaves: ['eno1', 'eno2'], mode: setup.mode, miimonMs: setup.miimonMs, xmitHashPolicy: setup.policy, primary: setup.primary });
  pve.addBridge('vmbr0', { ports: ['bond0'] });
  pve.addAddress('vmbr0', `${NODE_IP}/24`);
  sim.addSwitch({ id: SWITCH, kind: setup.switchKind });
  sim.connect({ node: NODE, port: 'eno1' }, { node: SWITCH, port: 'p1' }, { up: setup.cables.eno1 });
  sim.connect({ node: NODE, port: 'eno2' }, { node: SWITCH, port: 'p2' }, { up: setup.cables.eno2 });
  for (let i = 0; i < PCS; i++) {
    const id = `pc${i + 1}`;
    sim.addHost({ id, kind: 'external' }).addNic('eth0', pcMac(i)).addAddress('eth0', `${pcIp(i)}/24`);
    sim.connect({ node: id, port: 'eth0' }, { node: SWITCH, port: `p${3 + i}` });
  }
  sim.advance(SETTLE_MS);
  return sim;
}

function bondOf(sim: Sim): BondSnapshot | undefined {
  return sim.host(NODE).snapshot().bonds[0];
}

export interface SlaveLoad {
  name: SlaveName;
  flows: number;
  frames: number;
  /** The bond would send on this slave now (active slave / active aggregator / usable). */
  active: boolean;
  plugged: boolean;
}

export interface Distribution {
  flows: number;
  slaves: SlaveLoad[];
  /** Flows whose packets went out on more than one slave (balance-rr, broadcast). */
  splitFlows: number;
  bond: BondSnapshot | undefined;
}

/**
 * Sends `flows` UDP flows (distinct PC and source port pairs, two datagrams each) from the node
 * and counts, from the kernel's bond.tx trace, which slave carried each flow's packets.
 */
export function distribute(setup: BondSetup, flows = LAB_FLOWS): Distribution {
  const sim = build(setup);
  const start = sim.trace.length;
  for (let f = 0; f < flows; f++) {
    const pc = f % PCS;
    const sport = 40000 + Math.floor(f / PCS) * 7;
    for (let n = 0; n < 2; n++) sim.udpSend(NODE, pcIp(pc), 5201, { srcPort: sport, timeoutMs: 200 });
  }
  sim.advance(1000);
  const perFlow = new Map<string, Set<string>>();
  const frames: Record<string, number> = { eno1: 0, eno2: 0 };
  for (let i = start; i < sim.trace.length; i++) {
    const ev = sim.trace[i]!;
    if (ev.code !== 'bond.tx' || ev.node !== NODE) continue;
    const udp = ev.frame?.ip?.udp;
    if (!udp || !ev.frame?.ip) continue;
    const slave = String(ev.params.slave ?? ev.port ?? '');
    frames[slave] = (frames[slave] ?? 0) + 1;
    const key = `${ev.frame.ip.dst}:${udp.sport}`;
    let set = perFlow.get(key);
    if (!set) perFlow.set(key, (set = new Set()));
    set.add(slave);
  }
  const bond = bondOf(sim);
  const slaves = SLAVES.map((name) => ({
    name,
    flows: [...perFlow.values()].filter((s) => s.has(name)).length,
    frames: frames[name] ?? 0,
    active: bond?.slaves.find((s) => s.name === name)?.active ?? false,
    plugged: setup.cables[name],
  }));
  return { flows: perFlow.size, slaves, splitFlows: [...perFlow.values()].filter((s) => s.size > 1).length, bond };
}

export interface CableChange {
  slave: SlaveName;
  plugged: boolean;
  atMs: number;
  sent: number;
  received: number;
  lost: number;
  /** Pings sent after the change that were answered: the connection lived on (or came back). */
  repliesAfter: number;
  /** The slave that carried the pings before the change (undefined if none got through). */
  carrierBefore: string | undefined;
  /** Longest run of unanswered pings, in ms (what the reader "felt"). */
  gapMs: number;
  events: TraceEvent[];
  bondAfter: BondSnapshot | undefined;
}

/** Codes worth narrating around a cable change (the rest is per-packet detail). */
const STORY = new Set(['link.down', 'link.up', 'bond.link_down', 'bond.link_up', 'bond.failover', 'bond.no_slave', 'lacp.aggregator', 'arp.gratuitous']);

export const PING_INTERVAL_MS = 10;
const PINGS = 100;
const CHANGE_AT_MS = 305;

/**
 * Pings PC 1 every 10 ms and pulls (or plugs) one cable a third of the way through, like a person
 * yanking a cable during a video call. Counts answered pings from the kernel's ping handle.
 */
export function changeCable(setup: BondSetup, slave: SlaveName): CableChange {
  const sim = build(setup);
  const plugged = !setup.cables[slave];
  const link = sim.linkBetween({ node: NODE, port: slave });
  const t0 = sim.snapshot().tMs;
  const start = sim.trace.length;
  const ping = sim.ping('pc1', NODE_IP, { count: PINGS, intervalMs: PING_INTERVAL_MS, timeoutMs: 500 });
  let carrierBefore: string | undefined;
  sim.at(CHANGE_AT_MS, () => {
    for (let i = sim.trace.length - 1; i >= start; i--) {
      const ev = sim.trace[i]!;
      if (ev.code === 'bond.tx' && ev.node === NODE && ev.frame?.ip?.icmp) {
        carrierBefore = String(ev.params.slave ?? ev.port);
        break;
      }
    }
    if (link) sim.setLinkUp(link, plugged);
  });
  sim.advance(PINGS * PING_INTERVAL_MS + 1000);
  let gap = 0;
  let run = 0;
  // Ping seq n leaves (n - 1) intervals after the first.
  const repliesAfter = ping.results.filter((r) => r.result === 'reply' && (r.seq - 1) * PING_INTERVAL_MS > CHANGE_AT_MS).length;
  for (const r of ping.results) {
    run = r.result === 'reply' ? 0 : run + 1;
    gap = Math.max(gap, run);
  }
  const events = sim.trace.slice(start).filter((e) => STORY.has(e.code) && (e.code !== 'arp.gratuitous' || e.node === NODE));
  return {
    slave,
    plugged,
    atMs: CHANGE_AT_MS,
    sent: ping.sent,
    received: ping.received,
    lost: ping.sent - ping.received,
    repliesAfter,
    carrierBefore,
    gapMs: gap * PING_INTERVAL_MS,
    events: events.map((e) => ({ ...e, t: e.t - t0 })),
    bondAfter: bondOf(sim),
  };
}
