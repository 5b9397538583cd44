import { readFileSync, existsSync } from 'node:fs';

/** Every prerendered page of the built site, as paths (from the sitemap the build writes). */
export function builtPages(): string[] {
  const index = `${process.env.NETMODES_DIST ?? 'dist'}/client/sitemap-0.xml`;
  if (!existsSync(index)) throw new Error(`${index} not found: build the site before the e2e tests`);
  const xml = readFileSync(index, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}
