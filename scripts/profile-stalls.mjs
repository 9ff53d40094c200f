// `node scripts/profile-stalls.mjs FILE.cpuprofile [--from SECONDS]`: what held a server's event loop
// in a CPU profile written by `npm run loadtest -- --cpu-prof DIR` (or `node --cpu-prof`): where the
// busy time went, and the longest stretches spent inside one function (ADR 028, session 13).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { longestRuns, shortFrame, timeShares } from './lib/profile-stalls.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string', default: '5' } } });
const fromSeconds = Number(values.from);
if (positionals.length !== 1 || !Number.isFinite(fromSeconds) || fromSeconds < 0) {
  console.error('usage: node scripts/profile-stalls.mjs FILE.cpuprofile [--from SECONDS (skip start-up; default 5)]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const fromMs = fromSeconds * 1000;

const { seconds, total } = timeShares(
  profile,
  {
    idle: /^\(idle\)/,
    'garbage collection': /^\(garbage collector\)/,
    'Prisma (query compiler and client)': /prisma|query_compiler/,
    'better-sqlite3': /better-sqlite3/,
    'node:http and sockets': /node:_http_|node:net:/,
  },
  { fromMs },
);
console.log(`after ${fromSeconds} s: ${total.toFixed(2)} s sampled`);
for (const [name, s] of Object.entries(seconds)) console.log(`  ${name.padEnd(36)} ${s.toFixed(2)} s  ${((100 * s) / total).toFixed(1)} %`);
console.log('longest stretches inside one function (the stall candidates):');
for (const run of longestRuns(profile, { fromMs, top: 15 }))
  console.log(`  ${run.ms.toFixed(0).padStart(5)} ms at ${(run.atMs / 1000).toFixed(2)} s  ${shortFrame(run.frame)}${run.within === run.frame ? '' : `  (within ${shortFrame(run.within)})`}`);
