/** The services every node (host or switch) gets from the simulation: clock, trace, links, timers. */
import type { Frame } from './frame.ts';
import type { Rng } from './rng.ts';
import type { ScheduledEvent } from './scheduler.ts';
import type { TraceCode } from './trace-codes.ts';
import type { TraceInput } from './trace.ts';

export interface Kernel {
  nowUs(): number;
  emit(code: TraceCode, node: string, input?: TraceInput): void;
  /** Puts a frame on the link attached to node:port (or reports no carrier). */
  transmit(node: string, port: string, frame: Frame): void;
  /** Whether node:port has a link that is plugged in and up. */
  carrier(node: string, port: string): boolean;
  schedule(delayUs: number, node: string, label: string, run: () => void, background?: boolean): ScheduledEvent;
  cancel(ev: ScheduledEvent): void;
  newFrameId(): number;
  /** A fresh IPv4 identification value (unique in the simulation). */
  newIpId(): number;
  /** Remembers who sent the packet with this IP id, so the receiving socket can report back. */
  watchPacket(ipId: number, watcher: DeliveryWatcher): void;
  /** A socket accepted the packet with this IP id. */
  delivered(ipId: number, info: DeliveryInfo): void;
  rng: Rng;
}

export interface DeliveryInfo {
  host: string;
  /** Source address and port as the receiver saw them (after any NAT). */
  src: string;
  sport: number;
}

export interface DeliveryWatcher {
  onDelivered(info: DeliveryInfo): void;
}

/** What the simulation needs from any node. */
export interface SimNode {
  readonly id: string;
  readonly kind: string;
  receive(port: string, frame: Frame): void;
  /** A link on this port was connected (the node creates the port/NIC if it has to). */
  attachPort(port: string): void;
  carrierChanged(port: string, up: boolean): void;
  snapshot(): unknown;
}

export const US_PER_MS = 1000;
export const US_PER_S = 1_000_000;
