/**
 * Linux bonding (drivers/net/bonding) at the level the course needs.
 *
 * Modes by name and number: 0 balance-rr, 1 active-backup, 2 balance-xor, 3 broadcast,
 * 4 802.3ad, 5 balance-tlb, 6 balance-alb.
 * - miimon N: the link state of every slave is sampled every N ms (ticks aligned to time 0), so a
 *   pulled cable is noticed at the next tick; downdelay/updelay hold the change for that long
 *   before the slave is taken out of / back into use. miimon 0 = no monitoring: the bond keeps
 *   sending on a dead slave.
 * - active-backup: one active slave (primary if set and up, else the current one, else the first
 *   usable one); frames received on other slaves are dropped; on failover the bond sends a
 *   gratuitous ARP for the addresses on it and on the bridge above it so switches relearn.
 * - balance-xor / 802.3ad: slave = xmit_hash_policy hash % usable slaves (see bond-hash.ts).
 * - 802.3ad: every slave runs LACP; slaves whose partner is the same system and key form one
 *   aggregator; slaves without partner are individual aggregators. With miimon the LACP port is
 *   enabled and disabled by the link monitor (bond_3ad_handle_link_change), not by the cable: a
 *   pulled slave stays in the aggregator until the next miimon tick, so only flows hashed to it
 *   are lost until then. Aggregator choice follows ad_select=stable (see selectAggregator): only
 *   aggregators with an enabled port with carrier, partnered before individual, then most active
 *   ports, then lowest id; the current one is kept while it has an active port. Frames received
 *   outside the active aggregator are dropped. Against a switch without LACP every slave stays
 *   individual, so exactly one link carries traffic. miimon 0: LACP sees the cable directly.
 * - balance-rr: slaves in turn, packet by packet (one flow spreads over all links, so the far end
 *   can see reordering).
 * - broadcast: every frame on every usable slave.
 * - balance-tlb / balance-alb (simplified): unicast IPv4 is spread by the layer2 hash over usable
 *   slaves, and a non-active slave sends with its own MAC (so switches keep the bond MAC on the
 *   active slave); broadcasts and ARP leave on the active slave; tlb receives on the active slave
 *   only, alb on all slaves. The load-based rebalancing of tlb and the ARP-negotiated receive
 *   balancing of alb are not modelled.
 */
import { isGroupMac, type Mac } from './addr.ts';
import { selectSlaveIndex, xmitHash, type XmitHashPolicy } from './bond-hash.ts';
import type { Frame } from './frame.ts';
import type { Kernel } from './kernel.ts';
import { US_PER_MS } from './kernel.ts';
import { LacpPort, type LacpPortSnapshot } from './lacp.ts';
import type { ScheduledEvent } from './scheduler.ts';

export const BOND_MODES = ['balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad', 'balance-tlb', 'balance-alb'] as const;
export type BondMode = (typeof BOND_MODES)[number];

/** Accepts a Linux mode name or number ('802.3ad', 4, '4'). */
export function parseBondMode(mode: string | number): BondMode | undefined {
  if (typeof mode === 'number') return BOND_MODES[mode];
  const t = mode.trim().toLowerCase();
  if (/^\d$/.test(t)) return BOND_MODES[Number(t)];
  return (BOND_MODES as readonly string[]).includes(t) ? (t as BondMode) : undefined;
}

export interface BondOptions {
  slaves: string[];
  mode: BondMode | string | number;
  /** Link monitoring interval in ms (Proxmox writes bond-miimon 100). Default 100. */
  miimonMs?: number;
  updelayMs?: number;
  downdelayMs?: number;
  xmitHashPolicy?: XmitHashPolicy;
  lacpRate?: 'slow' | 'fast';
  primary?: string;
}

interface SlaveState {
  name: string;
  index: number;
  /** What the bond believes (miimon view), not the cable. */
  link: 'up' | 'down' | 'going_down' | 'going_up';
  delayTimer: ScheduledEvent | undefined;
  lacp: LacpPort | undefined;
}

export interface BondSlaveSnapshot {
  name: string;
  link: SlaveState['link'];
  carrier: boolean;
  active: boolean;
  aggregatorId?: number;
  lacp?: LacpPortSnapshot;
}

export interface BondSnapshot {
  name: string;
  mode: BondMode;
  modeNumber: number;
  mac: Mac;
  miimonMs: number;
  xmitHashPolicy: XmitHashPolicy;
  activeSlave: string | null;
  activeAggregator: number | null;
  slaves: BondSlaveSnapshot[];
}

export interface BondIo {
  sendOnSlave(slave: string, frame: Frame): void;
  carrier(slave: string): boolean;
  /** The slave's own MAC (tlb/alb send with it from non-active slaves). */
  slaveMac?(slave: string): Mac | undefined;
  /** Gratuitous ARP for the addresses on the bond and the devices above it. */
  announce(): void;
}

const LACP_KEY = 9;

export class Bond {
  readonly mode: BondMode;
  readonly miimonUs: number;
  readonly updelayUs: number;
  readonly downdelayUs: number;
  readonly policy: XmitHashPolicy;
  readonly primary: string | undefined;
  readonly slaves: SlaveState[];
  activeSlave: string | undefined;
  activeAggregator: number | undefined;
  private rr = 0;
  private miiCheck: ScheduledEvent | undefined;

  private readonly k: Kernel;

  private readonly node: string;

  readonly name: string;

  readonly mac: Mac;

  private readonly io: BondIo;

  constructor(k: Kernel, node: string, name: string, mac: Mac, opts: BondOptions, io: BondIo) {
    this.k = k;
    this.node = node;
    this.name = name;
    this.mac = mac;
    this.io = io;
    const mode = parseBondMode(opts.mode);
    if (!mode) throw new Error(`unknown bond mode: ${String(opts.mode)} (expected ${BOND_MODES.join(', ')} or 0-6)`);
    this.mode = mode;
    this.miimonUs = (opts.miimonMs ?? 100) * US_PER_MS;
    this.updelayUs = (opts.updelayMs ?? 0) * US_PER_MS;
    this.downdelayUs = (opts.downdelayMs ?? 0) * US_PER_MS;
    this.policy = opts.xmitHashPolicy ?? 'layer2';
    this.primary = opts.primary;
    this.slaves = opts.slaves.map((name, index) => ({ name, index, link: io.carrier(name) ? 'up' : 'down', delayTimer: undefined, lacp: undefined }));
    if (mode === '802.3ad') {
      for (const s of this.slaves) {
        s.lacp = new LacpPort(k, node, s.name, {
          system: mac,
          key: LACP_KEY,
          portNumber: s.index + 1,
          fast: opts.lacpRate === 'fast',
          send: (f) => this.io.sendOnSlave(s.name, f),
          onChange: () => this.reselect(),
        });
      }
    }
    this.reselect(true);
  }

  get modeNumber(): number {
    return BOND_MODES.indexOf(this.mode);
  }

  private usable(s: SlaveState): boolean {
    return s.link === 'up' || s.link === 'going_down';
  }

  /** 802.3ad aggregators: slaves grouped by LACP partner; unpartnered slaves stand alone. */
  aggregators(): Array<{ id: number; slaves: SlaveState[] }> {
    const groups: Array<{ id: number; key: string; slaves: SlaveState[] }> = [];
    for (const s of this.slaves) {
      const lp = s.lacp;
      const key = lp && lp.inSync() ? `${lp.partnerSystem}/${lp.partnerKey}` : `individual/${s.name}`;
      const g = groups.find((x) => x.key === key);
      if (g) g.slaves.push(s);
      else groups.push({ id: s.index + 1, key, slaves: [s] });
    }
    return groups;
  }

  private reselect(initial = false): void {
    this.txCache = undefined;
    if (this.mode === '802.3ad') {
      const best = this.selectAggregator();
      const id = best?.id;
      if (id !== this.activeAggregator) {
        this.activeAggregator = id;
        this.k.emit('lacp.aggregator', this.node, {
          dev: this.name,
          params: { aggregator: id ?? null, slaves: best ? best.slaves.filter((s) => this.usable(s)).map((s) => s.name).join(',') : '' },
        });
      }
      return;
    }
    if (this.mode !== 'active-backup' && this.mode !== 'balance-tlb' && this.mode !== 'balance-alb') return;
    const cur = this.slaves.find((s) => s.name === this.activeSlave);
    const primary = this.slaves.find((s) => s.name === this.primary && this.usable(s));
    let next: SlaveState | undefined;
    if (primary) next = primary;
    else if (cur && this.usable(cur)) next = cur;
    else next = this.slaves.find((s) => this.usable(s));
    if (next?.name === this.activeSlave) return;
    const from = this.activeSlave;
    this.activeSlave = next?.name;
    if (!initial) {
      this.k.emit('bond.failover', this.node, { dev: this.name, params: { from: from ?? null, to: next?.name ?? null, mode: this.mode } });
      if (next) this.io.announce();
    }
  }

  /**
   * ad_agg_selection_logic with ad_select=stable (the Linux default). Eligible: at least one port
   * the bond has in use (is_enabled, i.e. the miimon view) and a port with carrier (agg_device_up).
   * Among eligible aggregators one with an LACP partner beats individual ports, then more active
   * ports win (equal link speeds, so bandwidth = port count), then the lower id. Stable: the current
   * aggregator stays while it has an active port, unless it lost its partner and the best has one.
   */
  private selectAggregator(): { id: number; slaves: SlaveState[] } | undefined {
    const aggs = this.aggregators();
    const activePorts = (g: { slaves: SlaveState[] }) => g.slaves.filter((s) => this.usable(s)).length;
    const hasPartner = (g: { slaves: SlaveState[] }) => g.slaves.some((s) => s.lacp?.inSync() === true);
    let best: { id: number; slaves: SlaveState[] } | undefined;
    for (const g of aggs) {
      if (activePorts(g) === 0 || !g.slaves.some((s) => this.io.carrier(s.name))) continue;
      if (!best) best = g;
      else if (hasPartner(g) !== hasPartner(best)) best = hasPartner(g) ? g : best;
      else if (activePorts(g) > activePorts(best)) best = g;
    }
    const current = aggs.find((g) => g.id === this.activeAggregator);
    if (best && current && activePorts(current) > 0 && (hasPartner(current) || !hasPartner(best))) return current;
    return best;
  }

  private txCache: SlaveState[] | undefined;

  /** Slaves that may carry transmitted traffic now (cached until a slave or LACP state changes). */
  txSlaves(): SlaveState[] {
    this.txCache ??= this.computeTxSlaves();
    return this.txCache;
  }

  private computeTxSlaves(): SlaveState[] {
    if (this.mode === 'active-backup') return this.slaves.filter((s) => s.name === this.activeSlave);
    if (this.mode === '802.3ad') {
      const agg = this.aggregators().find((g) => g.id === this.activeAggregator);
      return agg ? agg.slaves.filter((s) => this.usable(s)) : [];
    }
    return this.slaves.filter((s) => this.usable(s));
  }

  transmit(frame: Frame): void {
    const slaves = this.txSlaves();
    if (slaves.length === 0) {
      this.k.emit('bond.no_slave', this.node, { dev: this.name, frame, params: { mode: this.mode } });
      return;
    }
    if (this.mode === 'broadcast') {
      for (const s of slaves) {
        this.k.emit('bond.tx', this.node, { dev: this.name, port: s.name, frame, params: { mode: this.mode, slave: s.name } });
        this.io.sendOnSlave(s.name, frame);
      }
      return;
    }
    let idx: number;
    let hash: number | undefined;
    if (this.mode === 'balance-rr') {
      idx = this.rr % slaves.length;
      this.rr = (this.rr + 1) >>> 0;
    } else if (this.mode === 'active-backup') {
      idx = 0;
    } else if ((this.mode === 'balance-tlb' || this.mode === 'balance-alb') && (frame.type !== 'ipv4' || isGroupMac(frame.dst))) {
      // tlb/alb send broadcasts and ARP on the active slave, so peers keep the bond MAC there.
      idx = Math.max(0, slaves.findIndex((x) => x.name === this.activeSlave));
    } else {
      const policy = this.mode === 'balance-tlb' || this.mode === 'balance-alb' ? 'layer2' : this.policy;
      hash = xmitHash(policy, frame);
      idx = selectSlaveIndex(policy, frame, slaves.length);
    }
    const s = slaves[idx]!;
    if ((this.mode === 'balance-tlb' || this.mode === 'balance-alb') && s.name !== this.activeSlave && frame.src === this.mac) {
      // A non-active tlb/alb slave transmits with its own MAC, so switches keep learning the bond MAC on the active one.
      frame = { ...frame, src: this.io.slaveMac?.(s.name) ?? frame.src };
    }
    this.k.emit('bond.tx', this.node, {
      dev: this.name,
      port: s.name,
      frame,
      params: { mode: this.mode, slave: s.name, slaveIndex: idx, usable: slaves.length, hash: hash ?? null, policy: hash === undefined ? null : this.policy },
    });
    this.io.sendOnSlave(s.name, frame);
  }

  /** A frame arrived on a slave; returns true when the bond passes it up. */
  receive(slave: string, frame: Frame): boolean {
    const s = this.slaves.find((x) => x.name === slave);
    if (!s) return false;
    if (frame.type === 'lacp') {
      if (s.lacp && frame.lacp) s.lacp.receive(frame.lacp);
      return false;
    }
    let ok = this.usable(s);
    if (this.mode === 'active-backup' || this.mode === 'balance-tlb') ok = slave === this.activeSlave;
    else if (this.mode === '802.3ad') ok = this.txSlaves().includes(s);
    if (!ok) this.k.emit('bond.rx_drop', this.node, { dev: this.name, port: slave, frame, params: { mode: this.mode, reason: this.mode === '802.3ad' ? 'not_in_active_aggregator' : 'inactive_slave' } });
    return ok;
  }

  /** A slave's cable was connected while building the topology: it is up at once, no miimon delay. */
  slaveAttached(slave: string): void {
    const s = this.slaves.find((x) => x.name === slave);
    if (!s || !this.io.carrier(slave)) return;
    s.link = 'up';
    s.lacp?.carrierChanged(true);
    this.reselect(true);
  }

  carrierChanged(slave: string, up: boolean): void {
    const s = this.slaves.find((x) => x.name === slave);
    if (!s) return;
    if (this.miimonUs <= 0) {
      // No link monitoring: the bond never notices; only LACP sees the link go (simplified: at once).
      s.lacp?.carrierChanged(up);
      return;
    }
    if (this.miiCheck) return;
    const now = this.k.nowUs();
    const nextTick = (Math.floor(now / this.miimonUs) + 1) * this.miimonUs;
    this.miiCheck = this.k.schedule(nextTick - now, this.node, 'bond.miimon', () => this.miimon());
  }

  private miimon(): void {
    this.miiCheck = undefined;
    this.txCache = undefined;
    let changed = false;
    const disabled: SlaveState[] = [];
    const enabled: SlaveState[] = [];
    for (const s of this.slaves) {
      const carrier = this.io.carrier(s.name);
      if (!carrier && (s.link === 'up' || s.link === 'going_up')) {
        if (s.delayTimer) this.k.cancel(s.delayTimer);
        s.delayTimer = undefined;
        if (s.link === 'going_up') {
          s.link = 'down';
          continue;
        }
        this.k.emit('bond.link_down', this.node, { dev: this.name, port: s.name, params: { downdelayMs: this.downdelayUs / US_PER_MS } });
        if (this.downdelayUs > 0) {
          s.link = 'going_down';
          s.delayTimer = this.k.schedule(this.roundToTick(this.downdelayUs), this.node, 'bond.downdelay', () => {
            s.delayTimer = undefined;
            s.link = 'down';
            this.reselect();
            s.lacp?.carrierChanged(false);
          });
        } else {
          s.link = 'down';
          changed = true;
          disabled.push(s);
        }
      } else if (carrier && (s.link === 'down' || s.link === 'going_down')) {
        if (s.delayTimer) this.k.cancel(s.delayTimer);
        s.delayTimer = undefined;
        if (s.link === 'going_down') {
          s.link = 'up';
          continue;
        }
        this.k.emit('bond.link_up', this.node, { dev: this.name, port: s.name, params: { updelayMs: this.updelayUs / US_PER_MS } });
        if (this.updelayUs > 0) {
          s.link = 'going_up';
          s.delayTimer = this.k.schedule(this.roundToTick(this.updelayUs), this.node, 'bond.updelay', () => {
            s.delayTimer = undefined;
            s.link = 'up';
            this.reselect();
            s.lacp?.carrierChanged(true);
          });
        } else {
          s.link = 'up';
          changed = true;
          enabled.push(s);
        }
      }
    }
    if (changed) this.reselect();
    // bond_3ad_handle_link_change: the LACP port is enabled/disabled by the link monitor, not by the cable.
    for (const s of disabled) s.lacp?.carrierChanged(false);
    for (const s of enabled) s.lacp?.carrierChanged(true);
  }

  /** The kernel counts updelay/downdelay in whole miimon ticks. */
  private roundToTick(us: number): number {
    return Math.ceil(us / this.miimonUs) * this.miimonUs;
  }

  snapshot(): BondSnapshot {
    const aggs = this.mode === '802.3ad' ? this.aggregators() : [];
    const tx = new Set(this.txSlaves().map((s) => s.name));
    return {
      name: this.name,
      mode: this.mode,
      modeNumber: this.modeNumber,
      mac: this.mac,
      miimonMs: this.miimonUs / US_PER_MS,
      xmitHashPolicy: this.policy,
      activeSlave: this.activeSlave ?? null,
      activeAggregator: this.activeAggregator ?? null,
      slaves: this.slaves.map((s) => {
        const row: BondSlaveSnapshot = { name: s.name, link: s.link, carrier: this.io.carrier(s.name), active: tx.has(s.name) };
        if (s.lacp) {
          row.lacp = s.lacp.snapshot();
          const agg = aggs.find((g) => g.slaves.includes(s));
          if (agg) row.aggregatorId = agg.id;
        }
        return row;
      }),
    };
  }
}
