// The prerendered pages of the current build, read from the sitemap the build writes.
import { readFileSync, existsSync } from 'node:fs';

/** @returns {string[]} page paths such as `/en/lessons/nat/`, sorted; throws when there is no build. */
export function builtPagePaths() {
  const sitemap = `${process.env.NETMODES_DIST ?? 'dist'}/client/sitemap-0.xml`;
  if (!existsSync(sitemap)) throw new Error(`${sitemap} not found: build the site first (npm run build)`);
  const xml = readFileSync(sitemap, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
}
