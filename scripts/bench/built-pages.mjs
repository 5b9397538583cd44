// The prerendered pages of the current build, read from the sitemap the build writes.
import { readFileSync, existsSync } from 'node:fs';

export function builtPagePaths() {
  const sitemap = `${process.env.NETMODES_DIST ?? 'dist'}/client/sitemap-0.xml`;
  if (!existsSync(sitemap)) return [];
  const xml = readFileSync(sitemap, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
}
