/**
 * reviewSubmitPostgres (ADR 029): POST /api/review on PostgreSQL beside the same route on SQLite, in
 * one run and alternating rounds (so drift on a shared machine hits both alike), and a bare
 * node:http + pg server doing the same write in the same round trips (PostgreSQL's own limit on
 * this machine, sharing its cores). Needs DATABASE_URL=postgres… (`npm run bench -- --postgres`
 * starts a throwaway server).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { isPostgresUrl } from '../../lib/server/database-provider.mjs';
import { root } from '../lib/prepare.mjs';
import { signInOverHttp, startAppServer, waitFor } from './app-server';
import { fixedRate } from './fixed-rate';
import { check, reviewRequests } from './review-submit';

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

export type ReviewSubmitPostgresResult = {
  /** POST /api/review on PostgreSQL, req/s at 50 connections. */
  rps: number;
  /** The same route on SQLite, same run. */
  sqliteRps: number;
  /** Bare node:http + pg, the same write. */
  bareRps: number;
  ratioSqlite: number;
  ratioBare: number;
  p99MsAt100: number;
  errors: number;
};

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export async function benchReviewSubmitPostgres(seconds = 8): Promise<ReviewSubmitPostgresResult> {
  const url = process.env.DATABASE_URL ?? '';
  if (!isPostgresUrl(url))
    throw new Error('reviewSubmitPostgres needs DATABASE_URL=postgres… (or npm run bench -- --postgres)');
  const dir = path.join(root, 'var', 'bench');
  mkdirSync(dir, { recursive: true });
  const [sqlitePort, pgPort, barePort] = [await freePort(), await freePort(), await freePort()];
  // Throughput, not admission: the servers don't shed load here (ADR 028's 503s would count as failures).
  const unshed = { extraEnv: { OVERLOAD: 'off' } };
  const sqliteApp = await startAppServer(sqlitePort, path.join(dir, 'review-pg-sqlite.db'), unshed);
  const pgApp = await startAppServer(pgPort, url, unshed);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const cardIds = (
    await client.query<{ id: string }>('SELECT "id" FROM "Card" WHERE "retiredAt" IS NULL AND "ownerId" IS NULL')
  ).rows.map((r) => r.id);
  const userId = (await client.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = 'learner@example.com'`))
    .rows[0]!.id;
  await client.end();
  const bare = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    ['scripts/bench/baseline-server-postgres.ts', String(barePort), url, userId],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    const [sqliteCookie, pgCookie] = await Promise.all([
      signInOverHttp(sqliteApp.url, 'learner@example.com', 'delight-demo'),
      signInOverHttp(pgApp.url, 'learner@example.com', 'delight-demo'),
    ]);
    await waitFor(`http://localhost:${barePort}/`);
    const base = { connections: 50, duration: seconds };
    log('warming up (SQLite, PostgreSQL, bare pg)');
    await autocannon({
      ...base,
      duration: 3,
      url: `${sqliteApp.url}/api/review`,
      requests: reviewRequests(cardIds, sqliteCookie),
    });
    await autocannon({
      ...base,
      duration: 3,
      url: `${pgApp.url}/api/review`,
      requests: reviewRequests(cardIds, pgCookie),
    });
    await autocannon({ ...base, duration: 2, url: `http://localhost:${barePort}/`, requests: reviewRequests(cardIds) });

    let errors = 0;
    const sqliteRuns: number[] = [];
    const pgRuns: number[] = [];
    for (let round = 0; round < 3; round++) {
      const onSqlite = await autocannon({
        ...base,
        url: `${sqliteApp.url}/api/review`,
        requests: reviewRequests(cardIds, sqliteCookie),
      });
      errors += check('POST /api/review on SQLite', onSqlite);
      sqliteRuns.push(onSqlite.requests.average);
      const onPg = await autocannon({
        ...base,
        url: `${pgApp.url}/api/review`,
        requests: reviewRequests(cardIds, pgCookie),
      });
      errors += check('POST /api/review on PostgreSQL', onPg);
      pgRuns.push(onPg.requests.average);
    }
    const bareRun = await autocannon({
      ...base,
      url: `http://localhost:${barePort}/`,
      requests: reviewRequests(cardIds),
    });
    errors += check('bare node:http + pg', bareRun);
    let n = 0;
    const body = () =>
      JSON.stringify({
        cardId: cardIds[n++ % cardIds.length],
        grade: 'good',
        reviewId: `fixed-pg-${process.pid}-${n}-${Date.now()}`,
      });
    const fixed = await fixedRate({
      url: `${pgApp.url}/api/review`,
      rate: 100,
      seconds: seconds * 2,
      headers: { cookie: pgCookie },
      body,
    });
    log(
      `POST /api/review on PostgreSQL at 100 req/s (open loop): p50 ${fixed.p50} ms, p99 ${fixed.p99} ms, max ${fixed.max} ms, ${fixed.failed} failed`,
    );
    errors += fixed.failed;

    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const round = (x: number) => Math.round(x * 100) / 100;
    const [rps, sqliteRps] = [mean(pgRuns), mean(sqliteRuns)];
    return {
      rps: Math.round(rps),
      sqliteRps: Math.round(sqliteRps),
      bareRps: Math.round(bareRun.requests.average),
      ratioSqlite: round(rps / sqliteRps),
      ratioBare: round(rps / bareRun.requests.average),
      p99MsAt100: fixed.p99,
      errors,
    };
  } finally {
    bare.kill('SIGTERM');
    await Promise.all([sqliteApp.stop(), pgApp.stop()]);
  }
}
