/**
 * A lab's world as the list of kernel calls that build it. The build runs the world builder
 * (world.ts, with the interfaces config) once and records its calls; the page replays them on a fresh
 * kernel, so it ships neither the builder nor the config model, and gets the very same world.
 */
import type { Host, Sim } from '../sim/core.ts';

/** [host id, or null for the Sim itself; method; arguments] */
export type KernelCall = [target: string | null, method: string, args: unknown[]];

/** Calls that change the world; everything else (lookups, snapshots) is passed through unrecorded. */
const SIM_CALLS = new Set(['addHost', 'addSwitch', 'connect', 'attachGuest', 'setLinkUp']);
const HOST_CALL = /^(add|set|remove|listen|iptables|flush)/;

/** `sim`, recording every top-level change made through it (and through the hosts it hands out). */
export function recording(sim: Sim, calls: KernelCall[]): Sim {
  const hosts = new Map<string, Host>();
  const wrapHost = (h: Host): Host => {
    let p = hosts.get(h.id);
    if (p) return p;
    p = new Proxy(h, {
      get(target, key) {
        const v = Reflect.get(target, key, target) as unknown;
        if (typeof v !== 'function' || typeof key !== 'string') return v;
        return (...args: unknown[]) => {
          const out = (v as (...a: unknown[]) => unknown).apply(target, args);
          if (HOST_CALL.test(key)) calls.push([target.id, key, structuredClone(args)]);
          return out === target ? p : out;
        };
      },
    });
    hosts.set(h.id, p);
    return p;
  };
  return new Proxy(sim, {
    get(target, key) {
      const v = Reflect.get(target, key, target) as unknown;
      if (typeof v !== 'function' || typeof key !== 'string') return v;
      return (...args: unknown[]) => {
        const out = (v as (...a: unknown[]) => unknown).apply(target, args);
        if (SIM_CALLS.has(key)) calls.push([null, key, structuredClone(args)]);
        if (key === 'addHost' || key === 'host') return wrapHost(out as Host);
        if (key === 'attachGuest') {
          const r = out as { guest: Host };
          return { ...r, guest: wrapHost(r.guest) };
        }
        return out;
      };
    },
  });
}

export function replayCalls(sim: Sim, calls: readonly KernelCall[]): void {
  for (const [target, method, args] of calls) {
    const on = (target === null ? sim : sim.host(target)) as unknown as Record<string, (...a: unknown[]) => unknown>;
    on[method]!(...args);
  }
}
