/**
 * reviewSubmit: POST /api/review throughput at 50 connections, beside a no-op POST route in the
 * same app (the framework's floor) and a bare node:http + better-sqlite3 server doing the same
 * schedule-and-write (the machine's limit); then p99 latency of POST /api/review at 100 req/s.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import Database from 'better-sqlite3';
import { root } from '../lib/prepare.mjs';
import { signInOverHttp, startAppServer, waitFor } from './app-server';
import { fixedRate } from './fixed-rate';

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

export type ReviewSubmitResult = {
  rps: number;
  noopRps: number;
  baselineRps: number;
  ratioNoop: number;
  ratioBaseline: number;
  p99MsAt100: number;
  /** The framework's own p99 at the same rate, for context. */
  noopP99MsAt100: number;
  errors: number;
};

/** Review submissions with fresh reviewIds; the no-op route gets the very same requests (body, cookie). */
export function reviewRequests(cardIds: string[], cookie?: string) {
  let n = 0;
  return [
    {
      setupRequest: (req: { headers?: Record<string, string> }) => {
        n += 1;
        const body = JSON.stringify({ cardId: cardIds[n % cardIds.length], grade: 'good', reviewId: `bench-${process.pid}-${n}-${Date.now()}` });
        return { ...req, method: 'POST', body, headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) } };
      },
    },
  ];
}

export function check(name: string, result: Result): number {
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) log(`${name}: ${failed} failed requests (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
  log(`${name}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  return failed;
}

export async function benchReviewSubmit(seconds = 8): Promise<ReviewSubmitResult> {
  const dir = path.join(root, 'var', 'bench');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const appDb = path.join(dir, 'review-app.db');
  // Throughput, not admission: the server doesn't shed load here (ADR 028).
  const app = await startAppServer(3200, appDb, { extraEnv: { OVERLOAD: 'off' } });
  const baselineDb = path.join(dir, 'review-baseline.db');
  copyFileSync(appDb, baselineDb);
  const sqlite = new Database(baselineDb, { readonly: true });
  const cardIds = (sqlite.prepare('SELECT id FROM Card WHERE retiredAt IS NULL').all() as { id: string }[]).map((r) => r.id);
  const userId = (sqlite.prepare("SELECT id FROM User WHERE email = 'learner@example.com'").get() as { id: string }).id;
  sqlite.close();

  const baseline = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/bench/baseline-server.ts', '3201', baselineDb, userId], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const cookie = await signInOverHttp(app.url, 'learner@example.com', 'delight-demo');
    await waitFor('http://localhost:3201/');
    const base = { connections: 50, duration: seconds };

    log('warming up');
    await autocannon({ ...base, duration: 3, url: `${app.url}/api/review`, requests: reviewRequests(cardIds, cookie) });
    await autocannon({ ...base, duration: 2, url: `${app.url}/api/noop`, requests: reviewRequests(cardIds, cookie) });

    // Alternate the two routes over several rounds so drift on this shared machine hits both alike.
    let errors = 0;
    const noopRuns: number[] = [];
    const reviewRuns: number[] = [];
    for (let round = 0; round < 3; round++) {
      const noop = await autocannon({ ...base, url: `${app.url}/api/noop`, requests: reviewRequests(cardIds, cookie) });
      errors += check('no-op route', noop);
      noopRuns.push(noop.requests.average);
      const review = await autocannon({ ...base, url: `${app.url}/api/review`, requests: reviewRequests(cardIds, cookie) });
      errors += check('POST /api/review', review);
      reviewRuns.push(review.requests.average);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const noopRps = mean(noopRuns);
    const reviewRps = mean(reviewRuns);
    const bare = await autocannon({ ...base, url: 'http://localhost:3201/', requests: reviewRequests(cardIds) });
    errors += check('bare node:http + better-sqlite3', bare);
    let n = 0;
    const reviewBody = () => JSON.stringify({ cardId: cardIds[n++ % cardIds.length], grade: 'good', reviewId: `fixed-${process.pid}-${n}-${Date.now()}` });
    const fixed = await fixedRate({ url: `${app.url}/api/review`, rate: 100, seconds: seconds * 2, headers: { cookie }, body: reviewBody });
    const noopFixed = await fixedRate({ url: `${app.url}/api/noop`, rate: 100, seconds: seconds * 2, headers: { cookie }, body: reviewBody });
    for (const [name, r] of [['POST /api/review', fixed], ['no-op route', noopFixed]] as const) {
      log(`${name} at 100 req/s (open loop, evenly spaced): p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms, ${r.failed} failed`);
      errors += r.failed;
    }
    const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
    return {
      rps: Math.round(reviewRps),
      noopRps: Math.round(noopRps),
      baselineRps: Math.round(bare.requests.average),
      ratioNoop: round(reviewRps / noopRps),
      ratioBaseline: round(reviewRps / bare.requests.average),
      p99MsAt100: fixed.p99,
      noopP99MsAt100: noopFixed.p99,
      errors,
    };
  } finally {
    baseline.kill('SIGTERM');
    await app.stop();
  }
}
