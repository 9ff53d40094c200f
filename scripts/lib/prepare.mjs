// Shared steps of `npm start` and the end-to-end server: migrate, seed, build when needed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { databaseProviderOf, sqliteFilePath } from '../../lib/server/database-provider.mjs';

export const root = path.resolve(import.meta.dirname, '..', '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Runs a command; `toStderr` sends its output to stderr (for tools whose stdout is JSON). */
export function run(command, args, env = process.env, { toStderr = false } = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', toStderr ? 2 : 'inherit', 'inherit'], env });
  if (result.status !== 0) {
    console.error(
      `\n✖ ${[path.basename(command), ...args].join(' ')} failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(result.status ?? 1);
  }
}

/** The provider for DATABASE_URL, by the app's own rule (lib/server/database-provider.mjs); exits with a message when it is neither. */
export function databaseProvider(url) {
  const provider = databaseProviderOf(url);
  if (provider) return provider;
  console.error(
    'DATABASE_URL must be a SQLite file URL (file:./var/delight.db) or a PostgreSQL URL (postgresql://user:password@host:5432/delight).',
  );
  process.exit(1);
}

/**
 * Whether the demo accounts may be created, by the server's rule (lib/core/decide-demo-data.ts, applied
 * in lib/server/env-schema.ts): on for a local try-out, refused on a public NEXTAUTH_URL unless
 * DEMO_DATA_ON_PUBLIC_URL=1. Validates the environment on the way; a bad variable stops here.
 * @returns {{ enabled: boolean, notice: string | null }}
 */
export function decideDemoData(env) {
  const result = spawnSync(bin('tsx'), ['--conditions=react-server', 'scripts/demo-data.ts'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(
      `\n✖ ${result.stderr.trim() || `scripts/demo-data.ts failed (exit ${result.status ?? result.signal})`}`,
    );
    process.exit(result.status ?? 1);
  }
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '');
}

/**
 * Applies migrations and runs the idempotent seed (content sync + demo accounts). prisma.config.ts
 * picks the schema and migrations for DATABASE_URL's provider (ADR 005). `fresh` empties the
 * database first: deletes the SQLite file, or resets the PostgreSQL database (drops its tables).
 */
export function prepareDatabase(env, { fresh = false, toStderr = false } = {}) {
  const provider = databaseProvider(env.DATABASE_URL);
  if (fresh && provider === 'postgresql') {
    run(bin('prisma'), ['migrate', 'reset', '--force', '--skip-seed', '--skip-generate'], env, { toStderr });
  } else {
    if (fresh) {
      const file = sqliteFilePath(env.DATABASE_URL, root);
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
    }
    run(bin('prisma'), ['migrate', 'deploy'], env, { toStderr });
  }
  run(bin('tsx'), ['--conditions=react-server', 'prisma/seed.ts'], env, { toStderr });
}

const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'next.config.js',
  'proxy.ts',
  'postcss.config.mjs',
  'package-lock.json',
  'tsconfig.json',
  'prisma/schema.prisma',
  'prisma/postgres/schema.prisma',
];

/** A fingerprint of everything the production build depends on. */
function sourceFingerprint() {
  const hash = createHash('sha256');
  const visit = (p) => {
    if (!existsSync(p) || p.includes(`${path.sep}generated`)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) visit(path.join(p, name));
    } else {
      hash.update(`${path.relative(root, p)}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const s of SOURCES) visit(path.join(root, s));
  return hash.digest('hex');
}

/** Runs `next build` unless the last build was made from the same sources. */
export function ensureBuild(env, { toStderr = false } = {}) {
  const marker = path.join(root, '.next', 'delight-sources');
  const fingerprint = sourceFingerprint();
  const built =
    existsSync(path.join(root, '.next', 'BUILD_ID')) &&
    existsSync(marker) &&
    readFileSync(marker, 'utf8') === fingerprint;
  if (built) {
    (toStderr ? console.error : console.log)('build: up to date');
    return;
  }
  (toStderr ? console.error : console.log)('build: building the app (about a minute the first time)…');
  run(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], env, { toStderr });
  writeFileSync(marker, fingerprint);
}
