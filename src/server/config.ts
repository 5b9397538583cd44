/** Server settings from the environment, read once. Every variable is documented in README ("Teacher server"). */
import { resolve } from 'node:path';

export interface Bucket {
  /** Requests (or bytes) allowed in a burst. */
  capacity: number;
  /** Tokens refilled per second. */
  perSecond: number;
}

export interface ServerConfig {
  dataDir: string;
  dbPath: string;
  /**
   * NETMODES_DATABASE_URL (or DATABASE_URL): a postgres:// URL selects the PostgreSQL store for
   * several server instances sharing one database; unset, the SQLite file at dbPath is used.
   */
  databaseUrl: string | undefined;
  /** Connections each instance opens to PostgreSQL at most (NETMODES_DB_POOL). */
  dbPoolSize: number;
  createLimit: Bucket;
  submitLimit: Bucket;
  /** GET requests that touch the database (join-code lookups, dashboard, CSV, own submission). */
  readLimit: Bucket;
  /** Lookups of a join code that does not exist: what guessing codes costs. */
  missLimit: Bucket;
  /** Bytes of request bodies per client address: what one network may write to the disk over time. */
  byteBudget: Bucket;
  /** Submissions one assignment takes (students, not attempts: a resubmission replaces its row). */
  maxSubmissions: number;
  /** Below this many free bytes on the database's disk, writes answer 507 and reads keep working. */
  minFreeBytes: number;
  /** Seconds a client has to send its request headers, and its whole request. */
  headersTimeoutSeconds: number;
  requestTimeoutSeconds: number;
  /** Open connections one client address may hold (a browser opens up to 6 per site). */
  maxConnectionsPerAddress: number;
  /** Overrides the origin in student links and QR codes (behind a proxy that rewrites Host). */
  publicUrl: string | undefined;
  /** Days after which an ended (closed or past-due) assignment is deleted; null keeps them. */
  retentionDays: number | null;
}

/** NETMODES_RETENTION_DAYS: a positive number of days, or empty/"off" for no automatic deletion. */
export function parseRetentionDays(value: string | undefined): number | null {
  if (!value || value.trim() === '' || value.trim() === 'off') return null;
  const days = Number(value);
  if (!Number.isFinite(days) || days <= 0) throw new Error(`NETMODES_RETENTION_DAYS "${value}" is not a positive number of days (or "off")`);
  return days;
}

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/** "512", "64K", "200M", "1.5G" (powers of 1024). */
export function parseBytes(value: string, name: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)i?B?\s*$/i.exec(value);
  if (!m) throw new Error(`${name}="${value}" is not a size such as 512, 64K, 200M or 1G`);
  return Math.round(Number(m[1]) * UNITS[m[2]!.toUpperCase()]!);
}

/** "capacity/perSecond", e.g. "120/10" (sizes allowed with `bytes`: "8M/16K"); "off" disables the limit. */
export function parseBucket(value: string | undefined, fallback: Bucket, options: { bytes?: boolean; name?: string } = {}): Bucket {
  if (!value) return fallback;
  if (value.trim() === 'off') return { capacity: Number.POSITIVE_INFINITY, perSecond: Number.POSITIVE_INFINITY };
  const parts = value.split('/');
  const example = options.bytes ? '"8M/16K"' : '"120/10"';
  const bad = () => new Error(`${options.name ? `${options.name}: ` : ''}rate limit "${value}" is not "capacity/perSecond" (for example ${example}) or "off"`);
  if (parts.length !== 2) throw bad();
  if (options.bytes) {
    try {
      return { capacity: parseBytes(parts[0]!, options.name ?? 'limit'), perSecond: parseBytes(parts[1]!, options.name ?? 'limit') };
    } catch {
      throw bad();
    }
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!m) throw bad();
  return { capacity: Number(m[1]), perSecond: Number(m[2]) };
}

/** A whole number > 0, or "off" (no limit). */
function parseCount(value: string | undefined, fallback: number, name: string): number {
  if (!value) return fallback;
  if (value.trim() === 'off') return Number.POSITIVE_INFINITY;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}="${value}" is not a whole number above 0 or "off"`);
  return n;
}

/** NETMODES_DB_POOL: a whole number of connections above 0 (no "off": PostgreSQL's connections are finite). */
function parsePoolSize(value: string | undefined): number {
  const n = parseCount(value, 10, 'NETMODES_DB_POOL');
  if (!Number.isFinite(n)) throw new Error('NETMODES_DB_POOL="off" is not allowed: give the number of connections each instance may open');
  return n;
}

function parseSeconds(value: string | undefined, fallback: number, name: string): number {
  if (!value) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}="${value}" is not a number of seconds above 0`);
  return n;
}

/** A postgres:// or postgresql:// URL; anything else is refused with the variable's name (never its value: it holds a password). */
export function parseDatabaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const name = env.NETMODES_DATABASE_URL ? 'NETMODES_DATABASE_URL' : 'DATABASE_URL';
  const value = env.NETMODES_DATABASE_URL || env.DATABASE_URL;
  if (!value) return undefined;
  if (!/^postgres(ql)?:\/\//i.test(value.trim())) throw new Error(`${name} is set but is not a postgres:// (or postgresql://) URL; unset it to use the SQLite file`);
  return value.trim();
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const dataDir = resolve(env.NETMODES_DATA_DIR || './data');
  const headersTimeoutSeconds = parseSeconds(env.NETMODES_HEADERS_TIMEOUT, 10, 'NETMODES_HEADERS_TIMEOUT');
  return {
    dataDir,
    dbPath: env.NETMODES_DB ? resolve(env.NETMODES_DB) : resolve(dataDir, 'netmodes.sqlite'),
    databaseUrl: parseDatabaseUrl(env),
    dbPoolSize: parsePoolSize(env.NETMODES_DB_POOL),
    // A class behind one school NAT shares an address: the submit limit must let ~40 students
    // hand in within seconds, while stopping a script hammering the endpoint.
    submitLimit: parseBucket(env.NETMODES_SUBMIT_LIMIT, { capacity: 120, perSecond: 10 }, { name: 'NETMODES_SUBMIT_LIMIT' }),
    createLimit: parseBucket(env.NETMODES_CREATE_LIMIT, { capacity: 10, perSecond: 0.1 }, { name: 'NETMODES_CREATE_LIMIT' }),
    // A class opening the assignment at once (page + questions: 2 reads a student) plus a few
    // teacher tabs polling every 4 s fit in the burst and the refill.
    readLimit: parseBucket(env.NETMODES_READ_LIMIT, { capacity: 300, perSecond: 10 }, { name: 'NETMODES_READ_LIMIT' }),
    // 31^6 codes: at one guess every 5 s, a day of guessing finds one of 1,000 live codes with a
    // chance of about 2 in 100,000. Typos of real students stay far below the burst.
    missLimit: parseBucket(env.NETMODES_MISS_LIMIT, { capacity: 20, perSecond: 0.2 }, { name: 'NETMODES_MISS_LIMIT' }),
    // 40 students resubmitting long "fix the config" answers stay within 8 MiB; a script gets at
    // most 16 KiB/s (about 56 MiB an hour) onto the disk per address.
    byteBudget: parseBucket(env.NETMODES_CLIENT_BYTES, { capacity: 8 * 1024 ** 2, perSecond: 16 * 1024 }, { bytes: true, name: 'NETMODES_CLIENT_BYTES' }),
    maxSubmissions: parseCount(env.NETMODES_MAX_SUBMISSIONS, 2000, 'NETMODES_MAX_SUBMISSIONS'),
    minFreeBytes: env.NETMODES_MIN_FREE_DISK ? parseBytes(env.NETMODES_MIN_FREE_DISK, 'NETMODES_MIN_FREE_DISK') : 256 * 1024 ** 2,
    headersTimeoutSeconds,
    // At least the headers' time: Node refuses a request timeout shorter than the headers timeout.
    requestTimeoutSeconds: Math.max(headersTimeoutSeconds, parseSeconds(env.NETMODES_REQUEST_TIMEOUT, 30, 'NETMODES_REQUEST_TIMEOUT')),
    // 40 students behind one school NAT, 6 connections each, fit; a slow-client flood does not.
    maxConnectionsPerAddress: parseCount(env.NETMODES_MAX_CONNECTIONS, 256, 'NETMODES_MAX_CONNECTIONS'),
    publicUrl: env.NETMODES_PUBLIC_URL || undefined,
    retentionDays: parseRetentionDays(env.NETMODES_RETENTION_DAYS),
  };
}
