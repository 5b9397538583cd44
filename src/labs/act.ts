/**
 * Performs one step of a lab (the same step format in `steps:` and in a reader action's `do:`) on a
 * built world. Traffic is only started here: the caller decides how long the clock runs.
 */
import type { PingHandle, TcpHandle, UdpHandle } from '../sim/core.ts';
import type { CompiledLab } from './compiled.ts';
import type { Params } from './goals.ts';
import type { StepCode } from './messages.ts';
import type { LabStep } from './schema.ts';
import type { LabWorldBuilt } from './bundle-world.ts';

export type TrafficHandle = PingHandle | TcpHandle | UdpHandle;

export interface StepEffect {
  handle?: TrafficHandle;
  /** Virtual time the step lets pass. */
  waitMs?: number;
  code: StepCode;
  params: Params;
}

export const DEFAULT_PING_COUNT = 3;

export function stepKind(step: LabStep): string {
  return ['ping', 'tcp', 'udp', 'unplug', 'plug', 'wait', 'show', 'sysctl', 'flushNeigh', 'iptables', 'bridge', 'attach'].find((k) => k in step) ?? 'unknown';
}

/** Runs a step that is not a table display; throws when the kernel refuses it. */
export function doStep(world: LabWorldBuilt, rules: CompiledLab['rules'], step: LabStep): StepEffect {
  const { sim } = world;
  if ('ping' in step) {
    const p = step.ping;
    const handle = sim.ping(p.from, p.to, {
      count: p.count ?? DEFAULT_PING_COUNT,
      ...(p.intervalMs !== undefined ? { intervalMs: p.intervalMs } : {}),
      ...(p.timeoutMs !== undefined ? { timeoutMs: p.timeoutMs } : {}),
    });
    return { handle, code: 'step.ping_started', params: { from: p.from, to: p.to, count: p.count ?? DEFAULT_PING_COUNT } };
  }
  if ('tcp' in step || 'udp' in step) {
    const p = 'tcp' in step ? step.tcp : step.udp;
    const opts = { ...(p.srcPort !== undefined ? { srcPort: p.srcPort } : {}), ...(p.timeoutMs !== undefined ? { timeoutMs: p.timeoutMs } : {}) };
    const handle = 'tcp' in step ? sim.tcpConnect(p.from, p.to, p.port, opts) : sim.udpSend(p.from, p.to, p.port, opts);
    return { handle, code: 'tcp' in step ? 'step.tcp' : 'step.udp', params: { from: p.from, to: p.to, port: p.port, outcome: 'pending' } };
  }
  if ('unplug' in step || 'plug' in step) {
    const endpoint = 'unplug' in step ? step.unplug : step.plug;
    const [node, port] = endpoint.split('/');
    const id = world.links.get(endpoint) ?? (node && port ? sim.linkBetween({ node, port }) : undefined);
    if (!id) return { code: 'step.no_link', params: { endpoint } };
    sim.setLinkUp(id, 'plug' in step);
    return { code: 'unplug' in step ? 'step.unplug' : 'step.plug', params: { endpoint, link: id } };
  }
  if ('wait' in step) return { waitMs: step.wait, code: 'step.wait', params: { ms: step.wait } };
  if ('sysctl' in step) {
    sim.host(step.sysctl.on).setSysctl(step.sysctl.key, step.sysctl.value);
    return { code: 'step.sysctl', params: { on: step.sysctl.on, key: step.sysctl.key, value: step.sysctl.value } };
  }
  if ('flushNeigh' in step) {
    sim.host(step.flushNeigh.on).flushNeigh(step.flushNeigh.dev);
    return { code: 'step.flush_neigh', params: { on: step.flushNeigh.on, dev: step.flushNeigh.dev } };
  }
  if ('iptables' in step) {
    const rule = rules[step.iptables.rule];
    if (rule === undefined || typeof rule === 'string') throw new Error(rule ?? `iptables ${step.iptables.rule}: not compiled`);
    sim.host(step.iptables.on).iptables(rule);
    return { code: 'step.iptables', params: { on: step.iptables.on, rule: step.iptables.rule } };
  }
  if ('bridge' in step) {
    sim.host(step.bridge.on).addBridge(step.bridge.name, { ports: [], stp: false, forwardDelayS: 0 });
    return { code: 'step.bridge', params: { on: step.bridge.on, name: step.bridge.name } };
  }
  if ('attach' in step) {
    if (!world.attachLater(step.attach)) throw new Error(`${step.attach}: no guest waiting to be plugged in (mark it later: true)`);
    return { code: 'step.attach', params: { guest: step.attach } };
  }
  throw new Error('a table display is not an action');
}
