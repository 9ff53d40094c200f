// `node scripts/with-postgres.mjs <command> [args…]`: runs the command with DATABASE_URL pointing at
// PostgreSQL (ADR 005).
// - DATABASE_URL already a postgres:// or postgresql:// URL: the command runs against that server.
// - Otherwise: a throwaway PostgreSQL server is started from the installed binaries (Debian:
//   `apt-get install -y postgresql`), in a temporary folder, on a free loopback port, with a role
//   and database `delight`; it is stopped and deleted when the command ends. Nothing else on the
//   machine is touched (not the Debian cluster on 5432).
// Used by `npm run test:integration:pg`, `npm run test:scale-out` and CI; handy by hand too:
//   node scripts/with-postgres.mjs bash      a shell with a fresh PostgreSQL in DATABASE_URL
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { isPostgresUrl } from '../lib/server/database-provider.mjs';

// No flags of its own: everything after the command is passed to it untouched.
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-postgres.mjs <command> [args…]');
  process.exit(2);
}

function runCommand(env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

if (isPostgresUrl(process.env.DATABASE_URL)) process.exit(await runCommand(process.env));

/** The folder with initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/N/bin, else PATH. */
function findBinaries() {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const v of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, v, 'bin'));
  }
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) candidates.push(path.dirname(onPath));
  const found = candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
  if (!found) {
    console.error(
      'PostgreSQL is not installed. Install it (Debian: apt-get install -y postgresql), set PG_BIN to its bin folder,\n' +
        'or set DATABASE_URL=postgresql://user:password@host:5432/database for a server of your own.',
    );
    process.exit(1);
  }
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const bin = findBinaries();
// PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user.
const asRoot = process.getuid?.() === 0;
function pgSpawn(tool, toolArgs) {
  const full = [path.join(bin, tool), ...toolArgs];
  const r = asRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', ...full], { encoding: 'utf8' })
    : spawnSync(full[0], full.slice(1), { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`✖ ${tool} failed (exit ${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? r.error ?? ''}`);
    return false;
  }
  return true;
}
const idOf = (flag) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
if (asRoot && idOf('-u').status !== 0) {
  console.error('Running as root, but there is no `postgres` user to run the server as (the Debian package creates it).');
  process.exit(1);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'delight-pg-'));
const data = path.join(dir, 'data');
if (asRoot) chownSync(dir, Number(idOf('-u').stdout), Number(idOf('-g').stdout));
const port = Number(process.env.PG_PORT ?? (await freePort()));
let started = false;
const cleanup = () => {
  if (started) pgSpawn('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
  started = false;
  rmSync(dir, { recursive: true, force: true });
};

let status = 1;
try {
  const t0 = Date.now();
  // C collation: text sorts and compares byte-wise, as in SQLite (ADR 005).
  if (!pgSpawn('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'])) throw new Error('initdb');
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    '-c max_connections=200',
    // A throwaway test server: durability off, speed on.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  if (!pgSpawn('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start'])) {
    spawnSync('cat', [path.join(dir, 'server.log')], { stdio: 'inherit' });
    throw new Error('pg_ctl start');
  }
  started = true;
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  await admin.connect();
  await admin.query("CREATE ROLE delight LOGIN CREATEDB PASSWORD 'delight'");
  await admin.query('CREATE DATABASE delight OWNER delight');
  await admin.end();
  const url = `postgresql://delight:delight@127.0.0.1:${port}/delight`;
  console.error(`with-postgres: PostgreSQL ${path.basename(path.dirname(bin))} on 127.0.0.1:${port} (${Date.now() - t0} ms) — DATABASE_URL=${url}`);
  status = await runCommand({ ...process.env, DATABASE_URL: url });
} catch (error) {
  console.error(`with-postgres: could not start PostgreSQL (${error instanceof Error ? error.message : String(error)})`);
} finally {
  cleanup();
}
process.exit(status);
