// The production app server (`npm start` runs it; `node scripts/serve.mjs --port 3000`): a plain
// node:http server around Next's request handler (ADR 025). It exists for two reasons:
// - Next's own server keeps a client's X-Forwarded-For, and route handlers can't see the socket, so
//   this server sets the one address header the app trusts (x-delight-client-address) from the
//   socket, or from TRUSTED_PROXIES hops of X-Forwarded-For, after dropping any copy the client sent.
// - Every core and graceful overload (ADR 028): WEB_CONCURRENCY workers on node:cluster share the
//   port (the primary restarts a worker that dies), and each worker answers 503 + Retry-After past
//   its pressure budget (in-flight requests, event-loop lag; OVERLOAD=off disables it; OVERLOAD_LOG=1
//   says on stderr, once a second, how many were shed and why).
// - On SQLite, WAL checkpoints run on a thread of the primary (SQLITE_CHECKPOINTER=off: in commits,
//   SQLite's default), not inside a request's commit on a worker's event loop (ADR 028, session 12).
// Idle keep-alive connections stay open 65 s, longer than a load balancer's idle timeout (ADR 008).
// SIGTERM/SIGINT: stop accepting, finish the requests in flight (at most 10 s), then exit.
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import {
  classifyRequest,
  currentLagMs,
  decideAdmission,
  parseOverloadBudget,
} from '../lib/core/overload/admission.mjs';
import { databaseProviderOf, sqliteFilePath } from '../lib/server/database-provider.mjs';
import { parseTrustedProxies, setClientAddress } from './lib/client-address.mjs';
import {
  AUTOCHECKPOINT_PAGES_WITH_THREAD,
  parseSqliteCheckpointer,
  startWalCheckpointer,
} from './lib/wal-checkpointer.mjs';
import { parseWebConcurrency } from './lib/web-concurrency.mjs';

const TICK_MS = 20;
const WINDOW_TICKS = 5;

/**
 * The event-loop lag sampler: a 20 ms interval timer notes how late each tick ran and counts the
 * requests seen since (one pass of the loop, roughly) and the process's CPU time since; the lag is the
 * smallest of the last 5 ticks (the standing lag), or how overdue the next tick is when the current pass
 * has run longer than that while busy handling a burst of requests (see currentLagMs).
 */
function createLagGauge(budget) {
  const recent = [];
  let lastTickAt = performance.now();
  let requestsThisPass = 0;
  let cpuAtTick = process.cpuUsage();
  const timer = setInterval(() => {
    const now = performance.now();
    recent.push(Math.max(0, now - lastTickAt - TICK_MS));
    if (recent.length > WINDOW_TICKS) recent.shift();
    lastTickAt = now;
    cpuAtTick = process.cpuUsage();
    requestsThisPass = 0;
  }, TICK_MS);
  const passCpuMs = () => {
    const { user, system } = process.cpuUsage(cpuAtTick);
    return (user + system) / 1000;
  };
  timer.unref();
  return {
    /** The lag for a request about to be decided (and counted in the pass). */
    lagMs: () => {
      requestsThisPass += 1;
      return currentLagMs(
        { recentLagsMs: recent, lastTickAt, tickMs: TICK_MS, now: performance.now(), requestsThisPass, passCpuMs: passCpuMs() },
        budget,
      );
    },
    /** What the lag was made of, for OVERLOAD_LOG: the recent ticks' lags and the current pass. */
    explain: () => ({
      ticksMs: recent.map((lag) => Math.round(lag)),
      passMs: Math.round(performance.now() - lastTickAt - TICK_MS),
      passRequests: requestsThisPass,
      passCpuMs: Math.round(passCpuMs()),
    }),
    stop: () => clearInterval(timer),
  };
}

/**
 * OVERLOAD_LOG=1: once a second in which this worker shed anything, one line on stderr saying how many
 * and what the lag was made of at the last shed (for an operator asking why clients see 503s).
 */
function createShedLog() {
  let shed = 0;
  let last = null;
  const timer = setInterval(() => {
    if (shed === 0) return;
    console.error(`overload: worker ${process.pid} shed ${shed} in 1 s; at the last: ${JSON.stringify(last)}`);
    shed = 0;
  }, 1000);
  timer.unref();
  return {
    note: (details) => {
      shed += 1;
      last = details;
    },
    stop: () => clearInterval(timer),
  };
}

/** The 503 a shed request gets: the API's error shape for /api/ and JSON callers, else a small page that reloads itself. */
function shed(req, res, retryAfterSeconds) {
  const json =
    req.url?.startsWith('/api/') || req.headers.accept?.includes('application/json') || 'next-action' in req.headers;
  const message = 'Delight is busy right now. Please try again in a few seconds.';
  const body = json
    ? JSON.stringify({ error: { code: 'overloaded', message } })
    : `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${retryAfterSeconds}"><title>Busy — Delight</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem"><h1>Busy, retrying…</h1><p>${message} This page reloads by itself.</p></body></html>`;
  res.writeHead(503, {
    'Retry-After': String(retryAfterSeconds),
    'Content-Type': json ? 'application/json' : 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * Prepares Next in `dir` and returns an unstarted http.Server that serves it. `overload`: the
 * shedding budget (null: never shed). `workerHeader`: name this worker (`id:pid`) in an
 * X-Delight-Worker header (SERVE_WORKER_HEADER=1; for the multi-worker test only).
 */
export async function createAppServer({
  dir,
  port,
  trustedProxies,
  overload = null,
  workerHeader = false,
  logShedding = false,
}) {
  const app = next({ dev: false, dir, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const gauge = overload ? createLagGauge(overload) : null;
  const shedLog = gauge && logShedding ? createShedLog() : null;
  let inFlight = 0;
  const server = http.createServer((req, res) => {
    if (workerHeader) res.setHeader('X-Delight-Worker', `${cluster.worker?.id ?? 0}:${process.pid}`);
    if (gauge) {
      const pathname = (req.url ?? '/').split('?')[0];
      const kind = classifyRequest(pathname, {
        method: req.method,
        serverAction: req.headers['next-action'] !== undefined,
      });
      const lagMs = gauge.lagMs();
      const decision = decideAdmission({ kind, inFlight, lagMs }, overload);
      if (!decision.admit) {
        shedLog?.note({ kind, inFlight, lagMs: Math.round(lagMs), ...gauge.explain() });
        return shed(req, res, decision.retryAfterSeconds);
      }
    }
    inFlight += 1;
    res.once('close', () => (inFlight -= 1));
    setClientAddress(req, trustedProxies);
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.once('close', () => {
    gauge?.stop();
    shedLog?.stop();
  });
  return server;
}

/** Stops accepting, lets the requests in flight finish (idle keep-alive sockets close now), then exits; 10 s at most. */
function closeGracefully(server) {
  const force = setTimeout(() => process.exit(0), 10_000);
  force.unref();
  server.close(() => process.exit(0));
  server.closeIdleConnections();
}

async function serveOne({ port, trustedProxies, overload }) {
  const dir = path.resolve(import.meta.dirname, '..');
  const server = await createAppServer({
    dir,
    port,
    trustedProxies,
    overload,
    workerHeader: process.env.SERVE_WORKER_HEADER === '1',
    logShedding: process.env.OVERLOAD_LOG === '1',
  });
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      closeGracefully(server);
    });
  }
  // A deep accept queue: a connection the kernel drops for a full queue costs its client a silent
  // SYN retry (1 s, 3 s, 7 s…), while one accepted late is shed at once with a Retry-After. Linux
  // caps it at net.core.somaxconn (4096 on current kernels).
  server.listen({ port, backlog: 4096 }, () => {
    if (!cluster.isWorker) console.log(`> Ready on http://localhost:${port}`);
    else process.send?.({ ready: true });
  });
}

/**
 * The primary of N workers: forks them, restarts one that dies (after 1 s if it died young, so a
 * worker that can't start doesn't spin), and on SIGTERM/SIGINT asks each to close gracefully and
 * exits when all have (10 s at most).
 */
function runPrimary({ port, workers }) {
  let stopping = false;
  let ready = 0;
  const startedAt = new Map();
  const fork = () => {
    if (stopping) return;
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
    worker.on('message', (message) => {
      if (!message?.ready) return;
      ready += 1;
      if (ready === workers) console.log(`> Ready on http://localhost:${port} (${workers} workers)`);
      else if (ready > workers) console.log(`> worker ${worker.id} ready (a replacement)`);
    });
  };
  cluster.on('exit', (worker, code, signal) => {
    const age = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (stopping) {
      if (startedAt.size === 0) process.exit(0);
      return;
    }
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(fork, age < 5_000 ? 1_000 : 0);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
      setTimeout(() => process.exit(0), 11_000).unref();
      if (startedAt.size === 0) process.exit(0);
    });
  }
  for (let i = 0; i < workers; i++) fork();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  let trustedProxies, overload, workers, checkpointer;
  try {
    trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
    overload = parseOverloadBudget(process.env);
    workers = parseWebConcurrency(process.env.WEB_CONCURRENCY, os.availableParallelism());
    checkpointer = parseSqliteCheckpointer(process.env);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  // One checkpoint thread per database, in the primary (or the only process); workers inherit the
  // raised autocheckpoint through the environment.
  if (cluster.isPrimary && checkpointer === 'thread' && databaseProviderOf(process.env.DATABASE_URL) === 'sqlite') {
    startWalCheckpointer({ file: sqliteFilePath(process.env.DATABASE_URL) });
    process.env.SQLITE_WAL_AUTOCHECKPOINT ||= String(AUTOCHECKPOINT_PAGES_WITH_THREAD);
  }
  if (cluster.isPrimary && workers > 1) runPrimary({ port, workers });
  else await serveOne({ port, trustedProxies, overload });
}
