/** Running a generated question's scenario on the kernel and telling what happened, in both languages. */
import { describeHops } from '../path/solve.ts';
import { probeFate, runProbe, type Hop, type ProbeResult } from '../sim/probe.ts';
import type { World } from '../sim/worlds.ts';
import type { PathScenario } from '../schema.ts';
import type { Texts } from './types.ts';

export type Packet = PathScenario['packet'];

/**
 * The devices a packet crossed, each named once, in order ("VM 101 → vmbr0 → 사무실 스위치 → 노트북"):
 * the short form of a run for an explanation, where every hop as a sentence would bury the point.
 */
export function pathOf(world: World, hops: readonly Hop[]): Texts {
  const ko: string[] = [];
  const en: string[] = [];
  for (const hop of hops) {
    const label = hop.dev && (hop.code.startsWith('fdb.') || hop.code === 'bond.tx') ? same(hop.dev) : (world.labels[hop.node] ?? same(hop.node));
    const name = label.en.replace(/^the /, '');
    if (en.at(-1) === name) continue;
    en.push(name);
    ko.push(label.ko);
  }
  return { ko: ko.join(' → '), en: en.join(' → ') };
}

/** The run's hops as sentences, joined: the explanation of the right option. */
export function story(world: World, hops: readonly Hop[], extra?: Texts): Texts {
  const told = describeHops(hops, world.labels);
  const ko = [...told.ko, ...(extra ? [extra.ko] : [])].join(' ');
  const en = [...told.en, ...(extra ? [extra.en] : [])].join(' ');
  return { ko, en };
}

export function probe(world: World, packet: Packet): ProbeResult & { story: Texts } {
  const result = runProbe(world, packet);
  return {
    ...result,
    story: story(world, [...result.hops, ...result.replyHops]),
  };
}

/** A ping with a chosen TTL, read the same way as a probe. */
export function pingWithTtl(world: World, from: string, to: string, ttl: number): ReturnType<typeof probeFate> & { story: Texts } {
  const before = world.sim.trace.length;
  world.sim.ping(from, to, { count: 1, ttl });
  world.sim.runUntilIdle({ maxEvents: 50_000 });
  const fate = probeFate(world.sim.trace.slice(before), {
    kind: 'ping',
    from,
    to,
  });
  return { ...fate, story: story(world, fate.hops) };
}

export const has = (hops: readonly Hop[], code: string, node?: string) => hops.some((h) => h.code === code && (node === undefined || h.node === node));

/** The same text in both languages (addresses, MACs, config lines). */
export const same = (text: string): Texts => ({ ko: text, en: text });
