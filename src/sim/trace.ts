/** Trace events: the kernel's narration of every decision, in stable codes. */
import type { Frame } from './frame.ts';
import type { TraceCode } from './trace-codes.ts';

export type TraceParam = string | number | boolean | null;

export interface TraceEvent {
  /** 0-based position in sim.trace. */
  seq: number;
  /** Virtual time in milliseconds. */
  t: number;
  code: TraceCode;
  /** Node id (host or switch) where it happened. */
  node: string;
  /** Device on a host (vmbr0, bond0, eno1, tap100i0 ...). */
  dev?: string;
  /** Bridge/switch port or NIC the frame came in or goes out on. */
  port?: string;
  frame?: Frame;
  /** The frame after a rewrite (NAT, routing MAC rewrite). */
  frameAfter?: Frame;
  params: Record<string, TraceParam>;
}

export interface TraceInput {
  dev?: string | undefined;
  port?: string | undefined;
  frame?: Frame | undefined;
  frameAfter?: Frame | undefined;
  params?: Record<string, TraceParam | undefined>;
}
