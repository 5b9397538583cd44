// Serves the built site (prerendered lessons + on-demand routes) with Astro's standalone Node server.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/server/entry.mjs', import.meta.url));
if (!existsSync(entry)) {
  console.error('netmodes: no build found in dist/. Run `npm start` (builds, then serves) or `npm run build` first.');
  process.exit(1);
}
process.env.HOST ??= 'localhost';
process.env.PORT ??= '4321';
await import(entry);
