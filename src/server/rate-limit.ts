/**
 * Token buckets per client address, in memory (one server process; several instances behind a
 * balancer would each count separately, which only makes the limit more lenient).
 */
import type { Bucket } from './config.ts';

interface State {
  tokens: number;
  at: number;
}

export class RateLimiter {
  readonly #bucket: Bucket;
  readonly #clients = new Map<string, State>();
  readonly #maxClients: number;

  constructor(bucket: Bucket, maxClients = 10_000) {
    this.#bucket = bucket;
    this.#maxClients = maxClients;
  }

  /** Takes one token for `client`; returns 0 if allowed, else the seconds until one is available. */
  take(client: string, now = Date.now()): number {
    return this.spend(client, 1, now);
  }

  /**
   * Takes `amount` tokens (bytes, for a byte budget); returns 0 if allowed, else the seconds until
   * that many are available. An amount larger than the whole burst is allowed once the bucket is
   * full, so a single large but legal request is never refused forever.
   */
  spend(client: string, amount: number, now = Date.now()): number {
    const { capacity, perSecond } = this.#bucket;
    if (!Number.isFinite(capacity)) return 0;
    const state = this.#refilled(client, now);
    if (!this.#clients.has(client)) {
      if (this.#clients.size >= this.#maxClients) this.#sweep(now);
      this.#clients.set(client, state);
    }
    const needed = Math.min(amount, capacity);
    if (state.tokens >= needed) {
      state.tokens -= amount;
      return 0;
    }
    return perSecond > 0 ? Math.ceil((needed - state.tokens) / perSecond) : 3600;
  }

  /** Seconds until `client` has a token again (0: now), without taking one. */
  wait(client: string, now = Date.now()): number {
    const { capacity, perSecond } = this.#bucket;
    if (!Number.isFinite(capacity)) return 0;
    const state = this.#refilled(client, now);
    if (state.tokens >= 1) return 0;
    return perSecond > 0 ? Math.ceil((1 - state.tokens) / perSecond) : 3600;
  }

  #refilled(client: string, now: number): State {
    const { capacity, perSecond } = this.#bucket;
    const state = this.#clients.get(client) ?? { tokens: capacity, at: now };
    state.tokens = Math.min(capacity, state.tokens + ((now - state.at) / 1000) * perSecond);
    state.at = now;
    return state;
  }

  /** Forgets clients whose bucket has refilled: they are indistinguishable from new ones. */
  #sweep(now: number) {
    const { capacity, perSecond } = this.#bucket;
    for (const [client, s] of this.#clients) {
      if (s.tokens + ((now - s.at) / 1000) * perSecond >= capacity) this.#clients.delete(client);
    }
    // Still full (a flood of distinct addresses): drop the oldest half rather than grow forever.
    if (this.#clients.size >= this.#maxClients) {
      let n = Math.floor(this.#clients.size / 2);
      for (const client of this.#clients.keys()) {
        if (n-- <= 0) break;
        this.#clients.delete(client);
      }
    }
  }
}
