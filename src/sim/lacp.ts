/**
 * One LACP (802.3ad) port, used by 802.3ad bond slaves and LACP switch ports.
 *
 * Simplified from the 802.1AX state machines: a port sends an LACPDU when it comes up, whenever
 * its partner's view of it is out of date, and periodically at the rate the partner asked for
 * (fast = 1 s, slow = 30 s; `lacp_rate` sets what WE ask for). A port is in sync when the
 * partner's LACPDU names this port's actor information, i.e. the exchange went both ways.
 * Partner information expires after three missed PDUs (3 s fast, 90 s slow).
 */
import { SLOW_PROTOCOLS_MAC, type Mac } from './addr.ts';
import type { Frame, LacpPdu } from './frame.ts';
import type { Kernel } from './kernel.ts';
import { US_PER_S } from './kernel.ts';
import type { ScheduledEvent } from './scheduler.ts';

export interface LacpPortConfig {
  system: Mac;
  key: number;
  portNumber: number;
  /** lacp_rate fast: we ask the partner to send every second. */
  fast: boolean;
  send(frame: Frame): void;
  /** Called when partner or sync state changes. */
  onChange(): void;
}

export interface LacpPortSnapshot {
  actor: { system: Mac; key: number; port: number; fast: boolean; sync: boolean };
  partner: { system: Mac; key: number; port: number; fast: boolean } | null;
  sync: boolean;
}

export class LacpPort {
  partnerSystem: Mac | undefined;
  partnerKey = 0;
  partnerPort = 0;
  partnerFast = false;
  private partnerSeesUs = false;
  private lastRxUs = 0;
  private timer: ScheduledEvent | undefined;
  private up = false;

  private readonly k: Kernel;

  private readonly node: string;

  private readonly port: string;

  readonly cfg: LacpPortConfig;

  constructor(k: Kernel, node: string, port: string, cfg: LacpPortConfig) {
    this.k = k;
    this.node = node;
    this.port = port;
    this.cfg = cfg;
  }

  inSync(): boolean {
    return this.up && this.partnerSystem !== undefined && this.partnerSeesUs;
  }

  start(carrierUp: boolean): void {
    this.up = carrierUp;
    if (carrierUp) this.transmit();
  }

  carrierChanged(up: boolean): void {
    const was = this.inSync() || this.partnerSystem !== undefined;
    this.up = up;
    if (!up) {
      this.partnerSystem = undefined;
      this.partnerSeesUs = false;
      if (this.timer) this.k.cancel(this.timer);
      this.timer = undefined;
      if (was) this.cfg.onChange();
    } else {
      this.transmit();
    }
  }

  receive(pdu: LacpPdu): void {
    const wasSync = this.inSync();
    const changed = pdu.actorSystem !== this.partnerSystem || pdu.actorKey !== this.partnerKey || pdu.actorPort !== this.partnerPort;
    this.partnerSystem = pdu.actorSystem;
    this.partnerKey = pdu.actorKey;
    this.partnerPort = pdu.actorPort;
    this.partnerFast = pdu.actorState.fast;
    this.lastRxUs = this.k.nowUs();
    const seesUs = pdu.partnerSystem === this.cfg.system && pdu.partnerKey === this.cfg.key && pdu.partnerPort === this.cfg.portNumber;
    const partnerWasBehind = !seesUs || pdu.actorState.sync !== seesUs;
    this.partnerSeesUs = seesUs;
    // Need To Transmit: the partner does not yet know us (or our state changed).
    if (changed || partnerWasBehind || this.inSync() !== wasSync) this.transmit();
    if (this.inSync() !== wasSync || changed) this.cfg.onChange();
  }

  private intervalUs(): number {
    return (this.partnerFast ? 1 : 30) * US_PER_S;
  }

  private transmit(): void {
    if (!this.up) return;
    const sync = this.inSync();
    const pdu: LacpPdu = {
      actorSystem: this.cfg.system,
      actorKey: this.cfg.key,
      actorPort: this.cfg.portNumber,
      actorState: { fast: this.cfg.fast, sync, collecting: sync, distributing: sync },
      partnerSystem: this.partnerSystem ?? '00:00:00:00:00:00',
      partnerKey: this.partnerSystem ? this.partnerKey : 0,
      partnerPort: this.partnerSystem ? this.partnerPort : 0,
    };
    const frame: Frame = { id: this.k.newFrameId(), src: this.cfg.system, dst: SLOW_PROTOCOLS_MAC, type: 'lacp', lacp: pdu };
    this.k.emit('lacp.pdu', this.node, { port: this.port, frame, params: { sync, rate: this.cfg.fast ? 'fast' : 'slow' } });
    this.cfg.send(frame);
    if (this.timer) this.k.cancel(this.timer);
    this.timer = this.k.schedule(this.intervalUs(), this.node, 'lacp.periodic', () => this.periodic(), true);
  }

  private periodic(): void {
    this.timer = undefined;
    if (this.partnerSystem !== undefined && this.k.nowUs() - this.lastRxUs >= 3 * this.intervalUs()) {
      this.partnerSystem = undefined;
      this.partnerSeesUs = false;
      this.cfg.onChange();
    }
    this.transmit();
  }

  snapshot(): LacpPortSnapshot {
    return {
      actor: { system: this.cfg.system, key: this.cfg.key, port: this.cfg.portNumber, fast: this.cfg.fast, sync: this.inSync() },
      partner: this.partnerSystem ? { system: this.partnerSystem, key: this.partnerKey, port: this.partnerPort, fast: this.partnerFast } : null,
      sync: this.inSync(),
    };
  }
}
