/**
 * `npm run loadtest [-- --learners 200] [-- --seconds 60] [-- --ramp]`: mixed load on loopback
 * against the production build. Each simulated learner acts at a human pace (every 2–5 s): signs
 * in, fetches the queue, submits reviews, answers a quiz and autosaves a mock answer. Afterwards
 * every acknowledged write is looked up in the database. With --ramp, the number of learners
 * doubles from 50 (already signed in) until p99 passes 200 ms, then bisects to within 50 learners:
 * that is the capacity of one machine. --signed-in skips the sign-ins of the first stage (sessions are
 * minted), to rerun one ramp stage on its own, e.g. `--learners 800 --seconds 40 --signed-in`.
 *
 * Every core and overload (ADR 028): `--workers N` serves with N app-server workers (WEB_CONCURRENCY);
 * `--ramp --compare-workers 1,2` finds the capacity of each worker count in turn, in one run, and
 * reports them side by side; `--overload 2` then (or with `--capacity N`, instead of a ramp) runs
 * twice that many learners, whose clients retry a 503 after its Retry-After for up to 30 s as the
 * browser clients do, and reports the errors other than 503, lost writes, the p99 of the requests
 * that were served, and whether every shed write landed within its 30 s. Each stage reports the CPU
 * the load generator itself used (it shares the machine with the server).
 *
 * --postgres runs it on a throwaway PostgreSQL (or DATABASE_URL=postgres…); --servers 2 spreads the
 * learners over two app servers on the one database, and with --ramp finds the capacity of one
 * server and of two in the same run (ADR 029).
 *
 * --cpu-prof DIR writes each server process's CPU profile to DIR; `node scripts/profile-stalls.mjs FILE`
 * then says what held the event loop longest and what share of the time went where (ADR 028, session 13).
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
const WORKERS = parsed.args.workers ?? 1;
const COMPARE = parsed.args['compare-workers'];
const OVERLOAD = parsed.args.overload;
const CAPACITY = parsed.args.capacity;
const SERVERS = parsed.args.servers;
/** --cpu-prof DIR: each server process writes a V8 CPU profile there when it stops. */
const CPU_PROFILES = parsed.args['cpu-prof'] ? path.resolve(parsed.args['cpu-prof']) : undefined;
if (parsed.args.postgres) ensurePostgres('scripts/loadtest.ts', process.argv.slice(2));
const log = (m: string) => process.stderr.write(`loadtest: ${m}\n`);

type Learner = LoadLearner & { cookie: string; server: RunningServer };

const agent = new Agent({ keepAlive: true, maxSockets: 2048 });
type Answer = { status: number; ms: number; json: unknown; error?: string; retryAfter?: number };
function call(url: string, method: string, cookie: string, body?: unknown): Promise<Answer> {
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
          const retryAfter = Number(res.headers['retry-after'] ?? Number.NaN);
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - start, json, ...(Number.isFinite(retryAfter) ? { retryAfter } : {}) });
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, ms: performance.now() - start, json: null, error: error.code ?? error.message }));
    req.end(payload);
  });
}

/**
 * The questions of the quiz the load learners copy, built once by the real quiz builder. Kept here,
 * because this process's Prisma client stays bound to the first database, which --compare-workers
 * replaces with a fresh one for each worker count.
 */
let demoQuizQuestions: string | undefined;

async function mintCookie(learner: LoadLearner, secret: string): Promise<string> {
  const token = await encode({ token: { sub: learner.id, email: learner.email, name: learner.email, role: 'LEARNER' }, secret });
  return `next-auth.session-token=${token}`;
}

/**
 * One stage: `count` learners for `seconds`. With `retryShed`, a 503 is not an error: the learner
 * waits its Retry-After (plus up to 1 s of jitter) and sends the same request again, for up to 30 s,
 * as the browser clients do (ADR 028); without it, a 503 is an error like any other.
 */
async function runStage(servers: RunningServer[], store: LoadtestStore, secret: string, count: number, offset: number, seconds: number, realSignIns: boolean, retryShed = false) {
  const generatorCpu = startCpuMeter();
  const base = await store.createLearners(count, offset, demoQuizQuestions);
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
  const shedding = { responses: 0, writes: 0, writesLanded: 0, writesGaveUp: 0, readsGaveUp: 0, landedMs: [] as number[] };
  const record = (r: { status: number; ms: number; error?: string }, kind: string) => {
    if (r.status === 503) {
      // Shed: not a served request, so not in the latencies; an error unless the learner retries.
      shedding.responses += 1;
      if (!retryShed) fail(503);
      return;
    }
    latencies.push(r.ms);
    const ofKind = byKind.get(kind) ?? [];
    ofKind.push(r.ms);
    byKind.set(kind, ofKind);
    if (r.status < 200 || r.status >= 300) fail(r.error ?? r.status);
  };

  /** One request, recorded; a shed one sent again as the clients do when `retryShed` (the same body: the same idempotency key). */
  const send = async (url: string, method: string, cookie: string, kind: string, body?: unknown): Promise<Answer> => {
    const write = body !== undefined;
    const first = performance.now();
    for (let shed = false; ; shed = true) {
      const r = await call(url, method, cookie, body);
      record(r, kind);
      if (r.status !== 503 || !retryShed) {
        if (shed && write && r.status === 200) {
          shedding.writesLanded += 1;
          shedding.landedMs.push(performance.now() - first);
        }
        return r;
      }
      if (!shed && write) shedding.writes += 1;
      const waitMs = (r.retryAfter ?? 1) * 1000 + Math.random() * 1000;
      if (performance.now() - first + waitMs > 30_000) {
        if (write) shedding.writesGaveUp += 1;
        else shedding.readsGaveUp += 1;
        return r;
      }
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  };

  const act = async (l: Learner) => {
    const { server } = l;
    const roll = Math.random();
    if (roll < 0.3) {
      await send(`${server.url}/api/review/queue`, 'GET', l.cookie, 'queue');
    } else if (roll < 0.65) {
      const queue = await send(`${server.url}/api/review/queue`, 'GET', l.cookie, 'queue');
      const card = (queue.json as { cards?: { id: string }[] } | null)?.cards?.[0];
      if (card) {
        const reviewId = randomUUID();
        const r = await send(`${server.url}/api/review`, 'POST', l.cookie, 'review', { cardId: card.id, grade: Math.random() < 0.8 ? 'good' : 'again', reviewId });
        if (r.status === 200) acks.reviews.set(reviewId, l.id);
      }
    } else if (roll < 0.8 && l.quizNext < l.quizQuestions.length) {
      const index = l.quizNext++;
      const r = await send(`${server.url}/api/quiz/${l.quizId}/answer`, 'POST', l.cookie, 'quiz', { questionIndex: index, answer: l.quizQuestions[index]!.answer, elapsedMs: 4000 });
      if (r.status === 200) acks.quiz.add(`${l.quizId}:${index}`);
    } else {
      const version = ++l.mockVersion;
      const draft = `Draft ${version}: API Gateway or ALB? ${'The trade-offs depend on the traffic shape. '.repeat(version)}`;
      const r = await send(`${server.url}/api/mock/attempts/${l.mockId}/draft`, 'POST', l.cookie, 'mock', { draft, version });
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
    shedResponses: shedding.responses,
    ...(retryShed
      ? {
          errorsOtherThan503: errors,
          shed: {
            responses: shedding.responses,
            writes: shedding.writes,
            writesLandedWithin30s: shedding.writesLanded,
            writesGaveUp: shedding.writesGaveUp,
            readsGaveUp: shedding.readsGaveUp,
            landedP99Ms: round(percentile(shedding.landedMs, 99)),
          },
        }
      : { errorsOtherThan503: undefined, shed: undefined }),
    loadGenerator: generatorCpu.read(),
  };
}

/** The CPU this process (the load generator) used since it started, over the wall time: in cores. */
function startCpuMeter() {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  return {
    read: () => {
      const used = process.cpuUsage(cpu);
      const seconds = (used.user + used.system) / 1e6;
      const wallSeconds = (performance.now() - wall) / 1000;
      return { cpuSeconds: Math.round(seconds * 10) / 10, cores: Math.round((seconds / wallSeconds) * 100) / 100 };
    },
  };
}

/** A stage passes when p99 ≤ 200 ms with no error and every acknowledged write is in the database. */
const stagePassed = (r: { p99Ms: number; errors: number; missingWrites: number }) => r.p99Ms <= 200 && r.errors === 0 && r.missingWrites === 0;

/** The database: DATABASE_URL when it names PostgreSQL (`--postgres` starts a throwaway one), else a SQLite file of its own. */
const DATABASE = isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL!.trim() : path.join(root, 'var', 'loadtest', 'app.db');

/** The app servers: one prepares the database, the others (`--servers 2`) only start on it, as `DB_PREPARE=0 npm start` would. */
async function startServers(workers: number): Promise<RunningServer[]> {
  const extraEnv = { WEB_CONCURRENCY: String(workers) };
  const nodeArgs = CPU_PROFILES ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILES}`] : [];
  const servers = [await startAppServer(PORT, DATABASE, { extraEnv, nodeArgs })];
  for (let i = 1; i < SERVERS; i++) servers.push(await startAppServer(PORT + i, DATABASE, { fresh: false, extraEnv, nodeArgs }));
  return servers;
}

/**
 * App servers with `workers` workers each: the main stage, then (with --ramp) the capacity — of one
 * server and of two with --servers 2 — then (with --overload) the overload stage.
 */
async function measure(workers: number) {
  const servers = await startServers(workers);
  const store = await openLoadtestStore(DATABASE);
  const secret = (await import('node:fs')).readFileSync(path.join(root, 'var', 'auth-secret'), 'utf8').trim();
  try {
    if (demoQuizQuestions === undefined) {
      // A quiz to copy for the load learners, built by the real quiz builder (point it at this database first).
      process.env.DATABASE_URL = isPostgresUrl(DATABASE) ? DATABASE : `file:${DATABASE}`;
      const { startQuiz } = await import('@/lib/server/mutations/start-quiz');
      const started = await startQuiz(await store.demoUserId(), { mode: 'practice', count: 10 }, new Date());
      if (!started.ok) throw new Error(started.message);
      demoQuizQuestions = await store.firstQuizQuestions();
    }

    // Warm-up, not reported: each worker loads every route's code on its first request to it, which
    // would otherwise land in the first stage's p99 (and twice over with two workers).
    log(`${workers} worker(s): warming up…`);
    await runStage(servers, store, secret, 20 * workers * servers.length, 0, 8, false);
    const results = [];
    let offset = 20 * workers * servers.length;
    let capacity = 0;
    const on = `${servers.length} app server(s) on ${isPostgresUrl(DATABASE) ? 'PostgreSQL' : 'SQLite'}`;
    if (!(OVERLOAD && CAPACITY)) {
      log(`${workers} worker(s): ${LEARNERS} learners for ${SECONDS} s over ${on} (${SIGN_IN ? 'real sign-ins' : 'already signed in'})…`);
      const main = await runStage(servers, store, secret, LEARNERS, offset, SECONDS, SIGN_IN);
      log(JSON.stringify(main));
      results.push(main);
      offset += LEARNERS;
      capacity = stagePassed(main) ? LEARNERS : 0;
    }
    // Capacity: learners already signed in (sessions minted), doubling from 50 until p99 passes
    // 200 ms, then halving the gap between the last pass and the first failure down to 50 learners.
    // A stage that fails is run once more (fresh learners) before it counts: one stall in a stage (a
    // GC pause, a background job) says nothing about the load, while a load past capacity fails both
    // times. Every attempt is logged and kept in the stages.
    const findCapacity = async (over: RunningServer[]) => {
      const attempt = async (count: number, again: boolean) => {
        log(`${workers} worker(s), ramp: ${count} learners over ${over.length} server(s) for ${Math.min(SECONDS, 40)} s${again ? ' (again: the first attempt failed)' : ''}…`);
        const result = await runStage(over, store, secret, count, offset, Math.min(SECONDS, 40), false);
        log(JSON.stringify(result));
        results.push({ ...result, ...(again ? { secondAttempt: true } : {}) });
        offset += count;
        return stagePassed(result);
      };
      const stage = async (count: number) => (await attempt(count, false)) || attempt(count, true);
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
    let overload;
    if (OVERLOAD) overload = await overloadStage(servers, store, secret, CAPACITY ?? capacity, offset);
    return {
      workers,
      stages: results,
      capacityLearners: CAPACITY ?? capacity,
      ...(SERVERS > 1 && RAMP ? { capacityByServers } : {}),
      ...(overload ? { overload } : {}),
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await store.close();
  }
}

/** --overload F: F × capacity learners for the stage's time, retrying shed requests as the clients do (ADR 028). */
async function overloadStage(servers: RunningServer[], store: LoadtestStore, secret: string, capacity: number, offset: number) {
  if (capacity === 0) throw new Error('--overload needs a capacity: add --ramp, or give --capacity N');
  const count = Math.round(capacity * OVERLOAD!);
  log(`overload: ${count} learners (${OVERLOAD}× ${capacity}) for ${SECONDS} s, retrying 503s for up to 30 s…`);
  const result = await runStage(servers, store, secret, count, offset, SECONDS, false, true);
  log(JSON.stringify(result));
  return {
    factor: OVERLOAD,
    learners: count,
    errorsOtherThan503: result.errorsOtherThan503,
    lostWrites: result.missingWrites,
    servedP99Ms: result.p99Ms,
    everyShedWriteLandedWithin30s: result.shed?.writesGaveUp === 0,
    stage: result,
  };
}

async function main() {
  const counts = COMPARE ?? [WORKERS];
  const runs = [];
  for (const workers of counts) runs.push(await measure(workers));
  agent.destroy();
  if (!COMPARE) {
    const [run] = runs;
    process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
    return;
  }
  const base = runs[0]!.capacityLearners;
  const summary = runs.map((r) => ({
    workers: r.workers,
    capacityLearners: r.capacityLearners,
    ratio: base ? Math.round((r.capacityLearners / base) * 100) / 100 : null,
    loadGeneratorCoresAtCapacity: r.stages.find((st) => st.learners === r.capacityLearners)?.loadGenerator.cores ?? null,
  }));
  log(`side by side: ${JSON.stringify(summary)}`);
  process.stdout.write(`${JSON.stringify({ compare: summary, runs }, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
