/** Helpers the lab definitions share for checking goals against a run's traffic results. */
import type { PingHandle, TcpHandle } from '../../sim/core.ts';
import type { LabRun } from '../core/lab-model.ts';

export function pingFrom(run: LabRun, host: string, dst: string): PingHandle[] {
  return run.actions.flatMap((a) => a.handles).filter((h): h is PingHandle => h.kind === 'ping' && h.host === host && h.dst === dst);
}

export function tcpFrom(run: LabRun, host: string, dst: string, dport: number): TcpHandle[] {
  return run.actions.flatMap((a) => a.handles).filter((h): h is TcpHandle => h.kind === 'tcp' && h.host === host && h.dst === dst && h.dport === dport);
}
