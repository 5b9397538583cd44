// Serves the built site (prerendered lessons + on-demand routes) with Astro's standalone Node server.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(root, process.env.NETMODES_DIST ?? 'dist');
const entry = resolve(dist, 'server/entry.mjs');
if (!existsSync(entry)) {
  console.error(`netmodes: no build found in ${dist}. Run "npm start" (builds, then serves) or "npm run build" first.`);
  process.exit(1);
}
process.env.HOST ??= 'localhost';
process.env.PORT ??= '4321';
await import(entry);
