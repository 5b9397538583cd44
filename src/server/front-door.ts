/**
 * What scripts/serve.mjs does to every request before Astro sees it: the security headers (on
 * prerendered files too, which never pass through Astro's middleware), the answer to an address
 * with broken percent-encoding, and the per-address connection cap. Plain Node, no Astro.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import astroIsland from 'astro/runtime/server/astro-island.prebuilt.js';
import idleDirective from 'astro/runtime/client/idle.prebuilt.js';
import loadDirective from 'astro/runtime/client/load.prebuilt.js';
import mediaDirective from 'astro/runtime/client/media.prebuilt.js';
import onlyDirective from 'astro/runtime/client/only.prebuilt.js';
import visibleDirective from 'astro/runtime/client/visible.prebuilt.js';
import { localeOfPath, negotiateLocale } from '../i18n/locales.ts';
import { ApiError } from './http.ts';

/** Inline <script> elements (no src) of an HTML page, as the browser hashes them for CSP. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!).filter((body) => body.length > 0);
}

export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * Astro's own inline scripts: the island loader and one script per client:* directive, written
 * into a page that has an island with that directive (the lesson pages use client:visible, the
 * teacher pages client:load). Astro's CSP support hashes the same ones
 * (astro/dist/core/csp/common.js, trackScriptHashes).
 */
const ASTRO_SCRIPTS = [astroIsland, idleDirective, loadDirective, mediaDirective, onlyDirective, visibleDirective];

/**
 * The hashes of every inline script of the built site. Starlight (theme, sidebar, search dialog)
 * writes the same few scripts into every page, prerendered or rendered on demand, so the build's
 * HTML holds all of them; Astro's come from the package. tests/server/hardening.test.ts checks
 * that every kind of on-demand page's scripts are in this set.
 */
export function builtScriptHashes(clientDir: string): string[] {
  const hashes = new Set<string>(ASTRO_SCRIPTS.map(cspHash));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) for (const script of inlineScripts(readFileSync(path, 'utf8'))) hashes.add(cspHash(script));
    }
  };
  walk(clientDir);
  return [...hashes].sort();
}

/**
 * Content-Security-Policy of the whole site: only its own files, inline scripts only by hash.
 * - script-src 'wasm-unsafe-eval': Pagefind's search index is WebAssembly (no JS eval allowed).
 * - style-src 'unsafe-inline': mermaid writes a <style> into each diagram it draws, and Expressive
 *   Code and the islands use style attributes; no hash is listed there, since a hash would switch
 *   'unsafe-inline' off. Styles cannot run code.
 * - worker-src / manifest-src 'self': the offline service worker and the web app manifest.
 * - frame-ancestors 'none': no other site may frame a page (clickjacking the teacher's dashboard).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(scriptHashes),
    // For browsers older than frame-ancestors.
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    // The teacher's link carries its token in the fragment (never sent), but no address of this
    // site is ever worth telling another site.
    'referrer-policy': 'no-referrer',
    // Features the site never uses; only names every current browser knows (an unknown one is a
    // console error, which Lighthouse counts).
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/** True when the request line's address cannot be percent-decoded (`/api/x/%E0%A4%A`). */
export function hasBrokenEncoding(url: string): boolean {
  try {
    decodeURI(url);
    return false;
  } catch {
    return true;
  }
}

export function badUrlError(): ApiError {
  return new ApiError(400, 'bad_url', 'The address has broken percent-encoding (a % not followed by a valid UTF-8 byte sequence).');
}

/**
 * A broken address: the API's JSON 400 under /api/, elsewhere the localized error page (the
 * returned path, rendered by Astro with status 400). Astro's own answer is a plain-text 400.
 */
export function answerBrokenEncoding(req: IncomingMessage, res: ServerResponse): string | undefined {
  // Only the part before the first broken escape matters for the language and the API prefix.
  const raw = req.url ?? '/';
  const path = raw.split('?')[0]!;
  if (path === '/api' || path.startsWith('/api/')) {
    const error = badUrlError();
    res.writeHead(error.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ error: { code: error.code, message: error.message } }));
    return undefined;
  }
  const lang = localeOfPath(path) ?? negotiateLocale(req.headers['accept-language']);
  return `/${lang}/bad-address/`;
}

/**
 * At most `max` open connections per client address: a client that opens many slow connections
 * cannot take all of the server's sockets. Over the cap, the new connection gets a 503 and is
 * closed. Counts the socket's peer, i.e. the proxy when there is one (see README).
 */
export function capConnectionsPerAddress(server: Server, max: number): void {
  if (!Number.isFinite(max)) return;
  const open = new Map<string, number>();
  // Before the HTTP layer's own listener, so a refused socket never reaches Astro.
  server.prependListener('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      const body = 'Too many connections from your address';
      socket.end(`HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 5\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
