// The production app server (`npm start` runs it; `node scripts/serve.mjs --port 3000`): a plain
// node:http server around Next's request handler (ADR 025). It exists for one reason: Next's own
// server keeps a client's X-Forwarded-For, and route handlers can't see the socket, so this server
// sets the one address header the app trusts (x-delight-client-address) from the socket, or from
// TRUSTED_PROXIES hops of X-Forwarded-For, after dropping any copy the client sent.
// Idle keep-alive connections stay open 65 s, longer than a load balancer's idle timeout (ADR 008).
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import { parseTrustedProxies, setClientAddress } from './lib/client-address.mjs';

/** Prepares Next in `dir` and returns an unstarted http.Server that serves it. */
export async function createAppServer({ dir, port, trustedProxies }) {
  const app = next({ dev: false, dir, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    setClientAddress(req, trustedProxies);
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  let trustedProxies;
  try {
    trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const dir = path.resolve(import.meta.dirname, '..');
  const server = await createAppServer({ dir, port, trustedProxies });
  server.listen(port, () => console.log(`> Ready on http://localhost:${port}`));
}
