/**
 * `npm run loadtest [-- --learners 200] [-- --seconds 60] [-- --ramp]`: mixed load on loopback
 * against the production build. Each simulated learner acts at a human pace (every 2–5 s): signs
 * in, fetches the queue, submits reviews, answers a quiz and autosaves a mock answer. Afterwards
 * every acknowledged write is looked up in the database. With --ramp, the number of learners
 * doubles from 50 (already signed in) until p99 passes 200 ms, then bisects to within 50 learners:
 * that is the capacity of one machine. --signed-in skips the sign-ins of the first stage (sessions are
 * minted), to rerun one ramp stage on its own, e.g. `--learners 800 --seconds 40 --signed-in`.
 * --postgres runs it on a throwaway PostgreSQL (or DATABASE_URL=postgres…); --servers 2 spreads the
 * learners over two app servers on the one database, and with --ramp finds the capacity of one
 * server and of two in the same run (ADR 029).
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import { isPostgresUrl } from '../lib/server/database-provider.mjs';
import { root } from './lib/prepare.mjs';
import { signInOverHttp, startAppServer, type RunningServer } from './bench/app-server';
import { percentile } from './bench/percentile';
import { parseLoadtestArgs } from './lib/loadtest-args';
import { openLoadtestStore, type Acks, type LoadLearner, type LoadtestStore } from './lib/loadtest-store';
import { ensurePostgres } from './lib/rerun-with-postgres';

const parsed = parseLoadtestArgs(process.argv.slice(2));
if (!parsed.ok) {
  process.stderr.write(`loadtest: ${parsed.message}\n`);
  process.exit(2);
}
const LEARNERS = parsed.args.learners;
const SECONDS = parsed.args.seconds;
const RAMP = parsed.args.ramp;
const SIGN_IN = !parsed.args['signed-in'];
const PORT = parsed.args.port;
const SERVERS = parsed.args.servers;
if (parsed.args.postgres) ensurePostgres('scripts/loadtest.ts', process.argv.slice(2));
const log = (m: string) => process.stderr.write(`loadtest: ${m}\n`);

type Learner = LoadLearner & { cookie: string; server: RunningServer };

const agent = new Agent({ keepAlive: true, maxSockets: 2048 });
function call(url: string, method: string, cookie: string, body?: unknown): Promise<{ status: number; ms: number; json: unknown; error?: string }> {
  return new Promise((resolve) => {
    const u = new URL(url);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const start = performance.now();
    const req = request(
      { agent, host: u.hostname, port: u.port, path: u.pathname + u.search, method, headers: { cookie, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - start, json });
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, ms: performance.now() - start, json: null, error: error.code ?? error.message }));
    req.end(payload);
  });
}

async function mintCookie(learner: LoadLearner, secret: string): Promise<string> {
  const token = await encode({ token: { sub: learner.id, email: learner.email, name: learner.email, role: 'LEARNER' }, secret });
  return `next-auth.session-token=${token}`;
}

/** One stage: `count` learners spread evenly over `servers` (two app servers on one database, ADR 029). */
async function runStage(servers: RunningServer[], store: LoadtestStore, secret: string, count: number, offset: number, seconds: number, realSignIns: boolean) {
  const base = await store.createLearners(count, offset);
  const learners: Learner[] = [];
  const latencies: number[] = [];
  const byKind = new Map<string, number[]>();
  let errors = 0;
  // Failures by HTTP status (or the socket error when there was no response, or "sign-in"), so an
  // overloaded stage says how it failed.
  const errorsByStatus: Record<string, number> = {};
  const fail = (status: number | string) => {
    errors += 1;
    errorsByStatus[status] = (errorsByStatus[status] ?? 0) + 1;
  };
  const acks: Acks = { reviews: new Map(), quiz: new Set(), mock: new Map() };
  const until = Date.now() + seconds * 1000;
  const record = (r: { status: number; ms: number; error?: string }, kind: string) => {
    latencies.push(r.ms);
    const ofKind = byKind.get(kind) ?? [];
    ofKind.push(r.ms);
    byKind.set(kind, ofKind);
    if (r.status < 200 || r.status >= 300) fail(r.error ?? r.status);
  };

  const act = async (l: Learner) => {
    const { server } = l;
    const roll = Math.random();
    if (roll < 0.3) {
      record(await call(`${server.url}/api/review/queue`, 'GET', l.cookie), 'queue');
    } else if (roll < 0.65) {
      const queue = await call(`${server.url}/api/review/queue`, 'GET', l.cookie);
      record(queue, 'queue');
      const card = (queue.json as { cards?: { id: string }[] } | null)?.cards?.[0];
      if (card) {
        const reviewId = randomUUID();
        const r = await call(`${server.url}/api/review`, 'POST', l.cookie, { cardId: card.id, grade: Math.random() < 0.8 ? 'good' : 'again', reviewId });
        record(r, 'review');
        if (r.status === 200) acks.reviews.set(reviewId, l.id);
      }
    } else if (roll < 0.8 && l.quizNext < l.quizQuestions.length) {
      const index = l.quizNext++;
      const r = await call(`${server.url}/api/quiz/${l.quizId}/answer`, 'POST', l.cookie, { questionIndex: index, answer: l.quizQuestions[index]!.answer, elapsedMs: 4000 });
      record(r, 'quiz');
      if (r.status === 200) acks.quiz.add(`${l.quizId}:${index}`);
    } else {
      const version = ++l.mockVersion;
      const draft = `Draft ${version}: API Gateway or ALB? ${'The trade-offs depend on the traffic shape. '.repeat(version)}`;
      const r = await call(`${server.url}/api/mock/attempts/${l.mockId}/draft`, 'POST', l.cookie, { draft, version });
      record(r, 'mock');
      if (r.status === 200) acks.mock.set(l.mockId, version);
    }
  };

  const life = async (b: LoadLearner, index: number) => {
    const server = servers[index % servers.length]!;
    // Learners arrive over the first 30 s (or the first half of a short stage).
    await new Promise((r) => setTimeout(r, Math.random() * Math.min(30_000, (seconds * 1000) / 2)));
    let cookie: string;
    if (realSignIns) {
      const start = performance.now();
      try {
        cookie = await signInOverHttp(server.url, b.email, 'delight-demo');
        record({ status: 200, ms: performance.now() - start }, 'signIn');
      } catch {
        fail('sign-in');
        return;
      }
    } else {
      cookie = await mintCookie(b, secret);
    }
    const learner: Learner = { ...b, cookie, server };
    learners.push(learner);
    while (Date.now() < until) {
      await act(learner);
      await new Promise((r) => setTimeout(r, 2000 + Math.random() * 3000));
    }
  };
  const started = Date.now();
  await Promise.all(base.map((b, i) => life(b, i)));
  const elapsed = (Date.now() - started) / 1000;

  // Every acknowledged write must be in the database.
  const missing = await store.countMissing(acks);

  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    learners: count,
    servers: servers.length,
    seconds: round(elapsed),
    requests: latencies.length,
    rps: round(latencies.length / elapsed),
    errors,
    errorsByStatus,
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    p99MsByAction: Object.fromEntries([...byKind].map(([kind, ms]) => [kind, round(percentile(ms, 99))])),
    acknowledgedWrites: acks.reviews.size + acks.quiz.size + acks.mock.size,
    missingWrites: missing,
  };
}

/** The database: DATABASE_URL when it names PostgreSQL (`--postgres` starts a throwaway one), else a SQLite file of its own. */
const DATABASE = isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL!.trim() : path.join(root, 'var', 'loadtest', 'app.db');

/** The app servers: one prepares the database, the others (`--servers 2`) only start on it, as `DB_PREPARE=0 npm start` would. */
async function startServers(): Promise<RunningServer[]> {
  const servers = [await startAppServer(PORT, DATABASE)];
  for (let i = 1; i < SERVERS; i++) servers.push(await startAppServer(PORT + i, DATABASE, { fresh: false }));
  return servers;
}

async function main() {
  const servers = await startServers();
  const store = await openLoadtestStore(DATABASE);
  const secret = (await import('node:fs')).readFileSync(path.join(root, 'var', 'auth-secret'), 'utf8').trim();
  try {
    // A quiz to copy for the load learners, built by the real quiz builder (point it at this database first).
    process.env.DATABASE_URL = isPostgresUrl(DATABASE) ? DATABASE : `file:${DATABASE}`;
    const { startQuiz } = await import('@/lib/server/mutations/start-quiz');
    const started = await startQuiz(await store.demoUserId(), { mode: 'practice', count: 10 }, new Date());
    if (!started.ok) throw new Error(started.message);

    const results = [];
    log(`${LEARNERS} learners for ${SECONDS} s over ${servers.length} app server(s) on ${isPostgresUrl(DATABASE) ? 'PostgreSQL' : 'SQLite'} (${SIGN_IN ? 'real sign-ins' : 'already signed in'})…`);
    const main = await runStage(servers, store, secret, LEARNERS, 0, SECONDS, SIGN_IN);
    log(JSON.stringify(main));
    results.push(main);
    let capacity = main.p99Ms <= 200 && main.errors === 0 ? LEARNERS : 0;
    let offset = LEARNERS;
    // Capacity: learners already signed in (sessions minted), doubling from 50 until p99 passes
    // 200 ms, then halving the gap between the last pass and the first failure down to 50 learners.
    const findCapacity = async (over: RunningServer[]) => {
      const stage = async (count: number) => {
        log(`ramp: ${count} learners over ${over.length} server(s) for ${Math.min(SECONDS, 40)} s…`);
        const result = await runStage(over, store, secret, count, offset, Math.min(SECONDS, 40), false);
        log(JSON.stringify(result));
        results.push(result);
        offset += count;
        return result.p99Ms <= 200 && result.errors === 0;
      };
      let passed = 0;
      let failed = 0;
      for (let count = 50; count <= 12_800; count *= 2) {
        if (!(await stage(count))) {
          failed = count;
          break;
        }
        passed = count;
      }
      while (failed && failed - passed > 50) {
        const mid = Math.round((passed + failed) / 100) * 50;
        if (await stage(mid)) passed = mid;
        else failed = mid;
      }
      return passed;
    };
    const capacityByServers: Record<string, number> = {};
    if (RAMP) {
      // With --servers 2: one server alone first, then both, in the same run (ADR 029).
      for (let n = SERVERS > 1 ? 1 : SERVERS; n <= SERVERS; n++) capacityByServers[n] = await findCapacity(servers.slice(0, n));
      capacity = capacityByServers[SERVERS]!;
    }
    const byServers = SERVERS > 1 && RAMP ? { capacityByServers } : {};
    process.stdout.write(`${JSON.stringify({ stages: results, capacityLearners: capacity, ...byServers }, null, 2)}\n`);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await store.close();
    agent.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
