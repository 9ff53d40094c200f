/**
 * dueQueue: building the day's queue (GET /api/review/queue's query) for one learner with
 * 100,000 cards: 90,000 studied with due dates spread over a year (≈1% due today), 10,000 new.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createSeededRandom } from '@/lib/core/seeded-random';
import { root, run } from '../lib/prepare.mjs';
import { percentile } from './percentile';

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().replace('Z', '+00:00'); // Prisma's SQLite format

export async function benchDueQueue(cards = 100_000, runs = 40): Promise<{ cards: number; p50Ms: number; p95Ms: number }> {
  const file = path.join(root, 'var', 'bench', 'queue.db');
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  run(path.join(root, 'node_modules/.bin/prisma'), ['migrate', 'deploy'], { ...process.env, DATABASE_URL: `file:${file}` }, { toStderr: true });

  log(`generating ${cards} cards and their review states`);
  const now = Date.now();
  const random = createSeededRandom('due-queue-bench');
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  const userId = 'bench-learner';
  sqlite.transaction(() => {
    sqlite.prepare("INSERT INTO User (id, email, passwordHash, role, updatedAt) VALUES (?, 'bench@example.test', 'x', 'LEARNER', ?)").run(userId, iso(now));
    sqlite.prepare("INSERT INTO Deck (id, kind, title, description, position, updatedAt) VALUES ('bench', 'CONTENT', 'Bench', 'Bench deck', 0, ?)").run(iso(now));
    const card = sqlite.prepare("INSERT INTO Card (id, front, back, contentHash, dimensionId, updatedAt) VALUES (?, ?, ?, 'h', 'routing', ?)");
    const member = sqlite.prepare("INSERT INTO DeckCard (deckId, cardId, position) VALUES ('bench', ?, ?)");
    const state = sqlite.prepare(
      'INSERT INTO ReviewState (userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, phase, lastReview, updatedAt) VALUES (?, ?, ?, ?, 5, 3, ?, 0, 4, 0, 2, ?, ?)',
    );
    for (let i = 0; i < cards; i++) {
      const id = `bench.card-${i}`;
      card.run(id, `Front ${i}`, `Back ${i}`, iso(now));
      member.run(id, i);
      if (i % 10 !== 0) {
        const dueOffset = random() < 0.01 ? -random() * 5 * DAY : random() * 365 * DAY;
        const days = Math.max(1, Math.round(dueOffset / DAY));
        state.run(userId, id, iso(now + dueOffset), days * 1.5, days, iso(now + dueOffset - days * DAY), iso(now));
      }
    }
  })();
  sqlite.close();

  process.env.DATABASE_URL = `file:${file}`;
  const { getReviewQueue } = await import('@/lib/server/queries/get-review-queue');
  const timings: number[] = [];
  let due = 0;
  for (let i = 0; i < runs + 5; i++) {
    const start = performance.now();
    const queue = await getReviewQueue(userId, new Date());
    const ms = performance.now() - start;
    if (i >= 5) timings.push(ms); // first runs warm caches and prepared statements
    due = queue.counts.review + queue.counts.new;
  }
  log(`dueQueue: ${due} cards in today's queue; p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms`);
  return { cards, p50Ms: round(percentile(timings, 50)), p95Ms: round(percentile(timings, 95)) };
}

const round = (x: number) => Math.round(x * 10) / 10;
