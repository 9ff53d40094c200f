/**
 * The machine's limit for `reviewSubmit.baselineRps`: a bare node:http server doing the same
 * validate → read state → FSRS schedule → write state + log (one transaction) as POST /api/review,
 * with better-sqlite3 prepared statements and no framework, session or ORM.
 * Usage: tsx scripts/bench/baseline-server.ts <port> <sqlite file> <userId>
 */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import { DEFAULT_SCHEDULER_SETTINGS, GRADES, PHASES, type ReviewState } from '@/lib/core/scheduler/types';
import { RecordReviewBodySchema } from '@/lib/server/review-input';

const [port, file, userId] = process.argv.slice(2);
if (!port || !file || !userId) throw new Error('usage: baseline-server <port> <sqlite file> <userId>');
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');

type Row = Omit<ReviewState, 'phase' | 'due' | 'lastReview'> & { phase: number; due: string; lastReview: string | null };
const findLog = db.prepare('SELECT after FROM ReviewLog WHERE userId = ? AND reviewId = ?');
const findCard = db.prepare('SELECT retiredAt, ownerId FROM Card WHERE id = ?');
const findState = db.prepare<[string, string], Row>(
  'SELECT due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, phase, lastReview FROM ReviewState WHERE userId = ? AND cardId = ?',
);
const upsertState = db.prepare(
  `INSERT INTO ReviewState (userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, phase, lastReview, updatedAt)
   VALUES (@userId, @cardId, @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @phase, @lastReview, @now)
   ON CONFLICT(userId, cardId) DO UPDATE SET due=excluded.due, stability=excluded.stability, difficulty=excluded.difficulty,
   elapsedDays=excluded.elapsedDays, scheduledDays=excluded.scheduledDays, learningSteps=excluded.learningSteps, reps=excluded.reps,
   lapses=excluded.lapses, phase=excluded.phase, lastReview=excluded.lastReview, updatedAt=excluded.updatedAt`,
);
const insertLog = db.prepare(
  `INSERT INTO ReviewLog (id, userId, cardId, reviewId, grade, source, reviewedAt, durationMs, phaseBefore, elapsedDays, before, after)
   VALUES (?, ?, ?, ?, ?, 'review', ?, NULL, ?, ?, ?, ?)`,
);

const record = db.transaction((cardId: string, grade: (typeof GRADES)[number], reviewId: string, now: Date) => {
  const previous = findLog.get(userId, reviewId) as { after: string } | undefined;
  if (previous) return previous.after;
  const card = findCard.get(cardId) as { retiredAt: string | null; ownerId: string | null } | undefined;
  if (!card || card.retiredAt) return null;
  const row = findState.get(userId, cardId);
  const before: ReviewState | null = row
    ? { ...row, phase: PHASES[row.phase]!, due: new Date(row.due), lastReview: row.lastReview ? new Date(row.lastReview) : null }
    : null;
  const { state, log } = scheduleReview(before, grade, now, DEFAULT_SCHEDULER_SETTINGS);
  upsertState.run({
    ...state,
    userId,
    cardId,
    due: state.due.toISOString(),
    lastReview: state.lastReview?.toISOString() ?? null,
    phase: PHASES.indexOf(state.phase),
    now: now.toISOString(),
  });
  const after = JSON.stringify(state);
  insertLog.run(randomUUID(), userId, cardId, reviewId, GRADES.indexOf(grade) + 1, now.toISOString(), PHASES.indexOf(log.phaseBefore), log.elapsedDays, before ? JSON.stringify(before) : null, after);
  return after;
});

createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    const parsed = RecordReviewBodySchema.safeParse(JSON.parse(body || 'null'));
    if (!parsed.success) {
      res.writeHead(400).end();
      return;
    }
    const after = record(parsed.data.cardId, parsed.data.grade, parsed.data.reviewId, new Date());
    if (!after) {
      res.writeHead(404).end();
      return;
    }
    const state = JSON.parse(after) as { due: string; phase: string };
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ cardId: parsed.data.cardId, due: state.due, state: state.phase }));
  });
}).listen(Number(port), () => process.stderr.write(`baseline server on ${port}\n`));
