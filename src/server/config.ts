/** Server settings from the environment, read once. Every variable is documented in README ("Teacher server"). */
import { resolve } from 'node:path';

export interface Bucket {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Tokens refilled per second. */
  perSecond: number;
}

export interface ServerConfig {
  dbPath: string;
  createLimit: Bucket;
  submitLimit: Bucket;
  /** Overrides the origin in student links and QR codes (behind a proxy that rewrites Host). */
  publicUrl: string | undefined;
}

/** "capacity/perSecond", e.g. "120/10"; "off" disables the limit. */
export function parseBucket(value: string | undefined, fallback: Bucket): Bucket {
  if (!value) return fallback;
  if (value.trim() === 'off') return { capacity: Number.POSITIVE_INFINITY, perSecond: Number.POSITIVE_INFINITY };
  const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!m) throw new Error(`rate limit "${value}" is not "capacity/perSecond" (for example "120/10") or "off"`);
  return { capacity: Number(m[1]), perSecond: Number(m[2]) };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const dataDir = resolve(env.NETMODES_DATA_DIR || './data');
  return {
    dbPath: env.NETMODES_DB ? resolve(env.NETMODES_DB) : resolve(dataDir, 'netmodes.sqlite'),
    // A class behind one school NAT shares an address: the submit limit must let ~40 students
    // hand in within seconds, while stopping a script hammering the endpoint.
    submitLimit: parseBucket(env.NETMODES_SUBMIT_LIMIT, { capacity: 120, perSecond: 10 }),
    createLimit: parseBucket(env.NETMODES_CREATE_LIMIT, { capacity: 10, perSecond: 0.1 }),
    publicUrl: env.NETMODES_PUBLIC_URL || undefined,
  };
}
