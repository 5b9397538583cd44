import type { APIRoute } from 'astro';
import { json } from '../server/http.ts';
import { runtime } from '../server/runtime.ts';

// For the load balancer in front of several instances: 200 when the database answers and its
// schema is the one this server was built for, else 503 (take this instance out of rotation).
// The reason goes to the log, not to whoever asks.
export const prerender = false;

export const GET: APIRoute = async () => {
  let health;
  try {
    health = await runtime().store.health();
  } catch (error) {
    console.error('netmodes: /healthz:', error);
    return json({ status: 'unavailable' }, 503, { 'retry-after': '5' });
  }
  const { ok, store, schemaVersion, expectedSchemaVersion, problem } = health;
  if (!ok) console.error(`netmodes: /healthz: ${problem}`);
  return json({ status: ok ? 'ok' : 'unavailable', store, schemaVersion, expectedSchemaVersion }, ok ? 200 : 503, ok ? {} : { 'retry-after': '5' });
};
