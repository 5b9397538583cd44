/**
 * Offline reading: after `astro build` (and after Starlight's Pagefind index, which is why this
 * integration comes after Starlight in astro.config), bundles the service worker (src/offline/sw.ts,
 * with Workbox's precache and router) into `sw.js` at the site root with the list of files to keep.
 * A new build changes that list, so browsers install the new worker and replace what changed.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { precacheEntries, readBuild } from './precache-manifest.ts';

/** Writes `<clientDir>/sw.js` for the files now in `clientDir`; returns how many it precaches. */
export async function writeServiceWorker(clientDir: string): Promise<number> {
  const entries = precacheEntries(readBuild(clientDir));
  await build({
    entryPoints: [fileURLToPath(new URL('./sw.ts', import.meta.url))],
    outfile: `${clientDir}/sw.js`,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    // Workbox prints its debug logs unless the build says production.
    define: { 'process.env.NODE_ENV': '"production"', PRECACHE_MANIFEST: JSON.stringify(entries) },
    logLevel: 'warning',
  });
  return entries.length;
}

export function offline(): AstroIntegration {
  return {
    name: 'netmodes:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`sw.js written: ${count} files kept for offline reading`);
      },
    },
  };
}
