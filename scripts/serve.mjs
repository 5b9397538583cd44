// Serves the built site: prerendered lessons and on-demand routes through Astro's Node handler,
// wrapped in a plain HTTP server that compresses responses (Astro's own standalone server does not,
// and uncompressed HTML and CSS cost a phone reader on a slow network about a second), sends the
// security headers with every response, answers broken addresses itself, bounds slow clients,
// and checks the teacher database before it says "running" (src/server/front-door.ts, preflight.ts).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import { tooOldNodeMessage } from './node-check.mjs';

const oldNode = tooOldNodeMessage(process.version);
if (oldNode) {
  console.error(oldNode);
  process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(root, process.env.NETMODES_DIST ?? 'dist');
const entry = resolve(dist, 'server/entry.mjs');
if (!existsSync(entry)) {
  console.error(`netmodes: no build found in ${dist}. Run "npm start" (builds, then serves) or "npm run build" first.`);
  process.exit(1);
}

// The server's own modules run from source (Node 24 strips their types); imported only once the
// Node version is known to be new enough.
const { readConfig } = await import('../src/server/config.ts');
const { checkStorage } = await import('../src/server/preflight.ts');
const { answerBrokenEncoding, builtScriptHashes, capConnectionsPerAddress, hasBrokenEncoding, securityHeaders } = await import('../src/server/front-door.ts');

let config;
try {
  config = readConfig();
  await checkStorage(config);
} catch (error) {
  console.error(`netmodes: cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const host = process.env.HOST ?? 'localhost';
const port = Number(process.env.PORT ?? 4321);
// Keep Astro's standalone server from starting its own uncompressed listener; use its handler.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import(entry);
const compress = compression();
const headers = Object.entries(securityHeaders(builtScriptHashes(resolve(dist, 'client'))));

const server = createServer(
  {
    // Seconds, not Node's minutes: a client that trickles its headers or body loses its slot.
    headersTimeout: config.headersTimeoutSeconds * 1000,
    requestTimeout: config.requestTimeoutSeconds * 1000,
    // How often Node looks for connections past those timeouts (default 30 s).
    connectionsCheckingInterval: 1000,
  },
  (req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    // Shutting down: clients reconnect (to another instance) for their next request.
    if (stopping) res.setHeader('Connection', 'close');
    // The offline worker (src/offline/sw.ts) must be checked on every visit, or a deploy reaches readers
    // late; its precache has the content-hashed files, so nothing else needs this.
    if (req.url === '/sw.js' || req.url?.startsWith('/sw.js?')) res.setHeader('Cache-Control', 'no-cache');
    if (hasBrokenEncoding(req.url ?? '/')) {
      const page = answerBrokenEncoding(req, res);
      if (!page) return;
      req.url = page;
    }
    compress(req, res, () => {
      handler(req, res, () => {
        // Astro answers every route itself (the 404 page included); this only runs if it could not.
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('Not found');
      });
    });
  },
);
capConnectionsPerAddress(server, config.maxConnectionsPerAddress);

server.on('error', (error) => {
  console.error(`netmodes: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  console.log(`netmodes is running at http://${shown}:${port}/  (Ctrl+C to stop)`);
});

// Graceful shutdown (a rolling restart behind a load balancer loses nothing): stop accepting
// connections, let every request in flight finish (a submission is answered only after its
// commit), close idle keep-alive connections as they become idle, then close the database.
// NETMODES_SHUTDOWN_TIMEOUT (seconds, default 20) bounds the wait.
let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`netmodes: ${signal}: finishing requests in flight, then stopping`);
  const limit = Number(process.env.NETMODES_SHUTDOWN_TIMEOUT ?? 20) * 1000;
  setTimeout(() => {
    console.error(`netmodes: requests still running after ${limit / 1000} s; stopping anyway`);
    process.exit(1);
  }, limit).unref();
  const drained = new Promise((done) => server.close(done));
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  server.closeIdleConnections();
  await drained;
  clearInterval(idle);
  // The runtime lives in the server bundle; it exists once a request has used the database.
  const rt = globalThis[Symbol.for('netmodes.server.runtime')];
  await rt?.store.close().catch((error) => console.error('netmodes: closing the database failed:', error));
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void shutdown(signal));
