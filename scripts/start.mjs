// `npm start`: prepare the database (migrations, content, demo accounts), build the app when its
// sources changed, and serve it on PORT (default 3000).
//   DEMO_DATA=0 npm start      no demo accounts (demo data is only for a local try-out: with a
//                              NEXTAUTH_URL that is not localhost it is refused unless
//                              DEMO_DATA_ON_PUBLIC_URL=1 forces it; DESIGN §2)
//   FRESH_DB=1 npm start       start from an empty database
//   DATABASE_URL=postgresql://user:password@host:5432/delight npm start    on PostgreSQL (ADR 005)
//   WEB_CONCURRENCY=1 npm start   one process (default: one worker per core, ADR 028)
//   DB_PREPARE=0 npm start     skip migrate + seed (several app servers on one database: prepare once)
import { spawn } from 'node:child_process';
import { nextStartArgs } from './lib/next-start.mjs';
import { decideDemoData, ensureBuild, prepareDatabase, root } from './lib/prepare.mjs';

const env = {
  ...process.env,
  DEMO_DATA: process.env.DEMO_DATA ?? '1',
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? 'auto',
};
const port = env.PORT ?? '3000';
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

// The seed and the server apply the same rule; deciding here says it once, at the top of the output.
const demo = decideDemoData(env);
if (demo.notice) console.warn(`\n${demo.notice}\n`);
env.DEMO_DATA = demo.enabled ? '1' : '0';

if (env.DB_PREPARE !== '0') prepareDatabase(env, { fresh: env.FRESH_DB === '1' });
ensureBuild(env);

console.log(`\nDelight is starting on http://localhost:${port}`);
if (demo.enabled)
  console.log('Demo accounts: learner@example.com / instructor@example.com / admin@example.com, password delight-demo\n');

// Run next directly (not through npx) so that stopping this process stops the server.
const server = spawn(process.execPath, nextStartArgs(port), { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
