import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseStoredFeedback } from '@/lib/core/mock/parse-stored-feedback';
import { databaseProvider } from '@/lib/server/database-url';
import { db } from '@/lib/server/db';
import { rateMockCriterion } from '@/lib/server/mutations/rate-mock-criterion';
import { requeueMockGaps } from '@/lib/server/mutations/requeue-mock-gaps';
import { saveMockDraft } from '@/lib/server/mutations/save-mock-draft';
import { setMockPaused } from '@/lib/server/mutations/set-mock-paused';
import { startMockAttempt } from '@/lib/server/mutations/start-mock-attempt';
import { submitMockAttempt } from '@/lib/server/mutations/submit-mock-attempt';
import { getMockAttempt } from '@/lib/server/queries/get-mock-attempt';
import { getMockFeedback } from '@/lib/server/queries/get-mock-feedback';
import { getMockHistory } from '@/lib/server/queries/get-mock-history';
import { getPromptSchedule } from '@/lib/server/queries/get-prompt-schedule';
import { readMockDraftState } from '@/lib/server/store-mock-draft';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';
import { writeWhileLocked } from './write-while-locked';

const T0 = new Date('2026-11-02T12:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const DAY = 86_400_000;
const PROMPT = 'apigw-vs-alb';
const answer = (file: string) => readFileSync(path.resolve('tests/fixtures/answers/apigw-vs-alb', file), 'utf8');
const GREAT = answer('great-01-prose.md'); // delights
const WEAK = answer('weak-02-short.md'); // miss
const TWO_MYTHS = answer('trap-asserting-02-two-myths.md'); // miss, asserts alb-has-no-auth + apigw-hard-29s-timeout

beforeEach(async () => {
  await seedContent();
});

async function start(userId: string, mode: 'interview' | 'practice' = 'interview', timeLimitSec = 900, now = T0) {
  return (await startMockAttempt({ userId, promptId: PROMPT, mode, timeLimitSec, now })).attemptId;
}

async function submitted(userId: string, text: string, now = at(60), promptId = PROMPT) {
  const attemptId = (await startMockAttempt({ userId, promptId, mode: 'interview', timeLimitSec: 900, now: T0 }))
    .attemptId;
  const result = await submitMockAttempt(userId, attemptId, { draft: text, version: 1, auto: false }, now);
  if (!result.ok) throw new Error(`submit failed: ${result.message}`);
  return { attemptId, result: result.data };
}

describe('autosave', () => {
  it('keeps the highest version: a stale or repeated save is ignored and answered with the stored version', async () => {
    const user = await makeUser();
    const id = await start(user.id);
    expect(await saveMockDraft(user.id, id, { draft: 'one', version: 1 }, at(5))).toMatchObject({
      ok: true,
      data: { accepted: true, version: 1 },
    });
    expect(await saveMockDraft(user.id, id, { draft: 'one two three', version: 3 }, at(10))).toMatchObject({
      ok: true,
      data: { accepted: true, version: 3 },
    });
    // Version 2 arrives late (a slow request): ignored, the stored version is 3.
    const late = await saveMockDraft(user.id, id, { draft: 'one two', version: 2 }, at(11));
    expect(late).toMatchObject({ ok: true, data: { accepted: false, version: 3, savedAt: at(10).toISOString() } });
    // A retry of version 3 changes nothing.
    expect(await saveMockDraft(user.id, id, { draft: 'something else', version: 3 }, at(12))).toMatchObject({
      ok: true,
      data: { accepted: false, version: 3 },
    });
    const row = await db.mockAttempt.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ draft: 'one two three', version: 3, savedAt: at(10) });
  });

  it.runIf(databaseProvider(process.env.DATABASE_URL) === 'sqlite')(
    'waits for another process’s write lock without stalling this one: other work runs meanwhile, then the save lands',
    async () => {
      const user = await makeUser();
      const id = await start(user.id);
      const { result, ticksWhileLocked } = await writeWhileLocked(() =>
        saveMockDraft(user.id, id, { draft: 'written while locked', version: 1 }, at(5)),
      );
      // A busy wait on the event loop would have let no timer run until the lock was gone.
      expect(ticksWhileLocked).toBeGreaterThanOrEqual(5);
      expect(result).toMatchObject({ ok: true, data: { accepted: true, version: 1 } });
      expect(await db.mockAttempt.findUniqueOrThrow({ where: { id } })).toMatchObject({
        draft: 'written while locked',
        savedAt: at(5),
      });
    },
  );

  it('reads the clock and the stored version field for field as Prisma stores them (the prepared-statement read)', async () => {
    const user = await makeUser();
    const id = await start(user.id, 'practice', 1200);
    await saveMockDraft(user.id, id, { draft: 'first', version: 2 }, at(5));
    await setMockPaused(user.id, id, true, at(40));
    await setMockPaused(user.id, id, false, at(70));
    await setMockPaused(user.id, id, true, at(90));
    const stored = await db.mockAttempt.findUniqueOrThrow({
      where: { id },
      select: { mode: true, timeLimitSec: true, startedAt: true, pausedMs: true, pausedAt: true, submittedAt: true, version: true, savedAt: true },
    });
    expect(stored).toMatchObject({ pausedMs: 30_000, pausedAt: at(90), version: 2, savedAt: at(5) });
    expect(await readMockDraftState(user.id, id)).toEqual(stored);
    await submitMockAttempt(user.id, id, { auto: false }, at(100));
    expect((await readMockDraftState(user.id, id))?.submittedAt).toEqual(at(100));
    expect(await readMockDraftState((await makeUser()).id, id)).toBeNull();
  });

  it('last write wins between two tabs: the later version overwrites', async () => {
    const user = await makeUser();
    const id = await start(user.id);
    await saveMockDraft(user.id, id, { draft: 'tab A', version: 4 }, at(5));
    await saveMockDraft(user.id, id, { draft: 'tab B', version: 5 }, at(6));
    expect((await getMockAttempt(user.id, id))?.draft).toBe('tab B');
  });

  it('refuses an answer over 20,000 words with a clear message, keeping the stored draft', async () => {
    const user = await makeUser();
    const id = await start(user.id);
    await saveMockDraft(user.id, id, { draft: 'short', version: 1 }, at(5));
    const result = await saveMockDraft(user.id, id, { draft: 'word '.repeat(20_001), version: 2 }, at(6));
    expect(result).toMatchObject({ ok: false, code: 'too_long' });
    if (!result.ok) expect(result.message).toMatch(/20,000 words/);
    expect((await getMockAttempt(user.id, id))?.draft).toBe('short');
  });

  it('stops taking writes after an interview’s time limit plus grace, and after submission', async () => {
    const user = await makeUser();
    const id = await start(user.id, 'interview', 900);
    expect(await saveMockDraft(user.id, id, { draft: 'in grace', version: 1 }, at(905))).toMatchObject({ ok: true });
    expect(await saveMockDraft(user.id, id, { draft: 'too late', version: 2 }, at(911))).toMatchObject({
      ok: false,
      code: 'time_up',
    });
    const practice = await start(user.id, 'practice', 900);
    expect(await saveMockDraft(user.id, practice, { draft: 'overtime is fine', version: 1 }, at(5000))).toMatchObject({
      ok: true,
    });
    await submitMockAttempt(user.id, practice, { auto: false }, at(5001));
    expect(await saveMockDraft(user.id, practice, { draft: 'after', version: 2 }, at(5002))).toMatchObject({
      ok: false,
      code: 'submitted',
    });
  });
});

describe('submit', () => {
  it('grades server-side, stores the feedback, and is idempotent', async () => {
    const user = await makeUser();
    const id = await start(user.id);
    await saveMockDraft(user.id, id, { draft: 'draft', version: 1 }, at(30));
    const first = await submitMockAttempt(user.id, id, { draft: GREAT, version: 2, auto: false }, at(600));
    expect(first).toMatchObject({
      ok: true,
      data: { attemptId: id, verdict: 'delights', autoSubmitted: false, submittedAt: at(600).toISOString() },
    });
    const row = await db.mockAttempt.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      draft: GREAT,
      version: 2,
      verdict: 'delights',
      submittedAt: at(600),
      autoSubmitted: false,
    });
    const stored = parseStoredFeedback(row.feedback ?? '');
    expect(stored.grader).toBe('rule-based');
    expect(stored.result.prompt).toBe(PROMPT);
    expect(stored.result.criteria.length).toBeGreaterThanOrEqual(5);
    expect(stored.result.criteria.some((c) => c.evidence.length > 0)).toBe(true);
    expect(row.score).toBe(stored.result.score);

    // Again, later, with other text: the stored result comes back and nothing changes.
    const again = await submitMockAttempt(user.id, id, { draft: WEAK, version: 9, auto: false }, at(700));
    expect(again).toEqual(first);
    expect(await db.mockAttempt.findUniqueOrThrow({ where: { id } })).toEqual(row);
    expect(await db.promptState.count({ where: { userId: user.id } })).toBe(1);
    expect((await db.promptState.findFirstOrThrow({ where: { userId: user.id } })).reps).toBe(1);
  });

  it('grades by the prompt the attempt started with, even after the prompt left content/', async () => {
    const user = await makeUser();
    const attemptId = await start(user.id);
    const { promptSnapshot } = await db.mockAttempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: { promptSnapshot: true },
    });
    expect(JSON.parse(promptSnapshot ?? 'null')).toMatchObject({ id: PROMPT, title: expect.any(String) });
    // The prompt is renamed away in content/: the attempt keeps the one it started with.
    await db.mockAttempt.update({ where: { id: attemptId }, data: { promptId: 'retired-prompt' } });

    const result = await submitMockAttempt(user.id, attemptId, { draft: GREAT, version: 1, auto: false }, at(60));
    expect(result).toMatchObject({ ok: true, data: { verdict: 'delights' } });
    const feedback = await getMockFeedback(user.id, attemptId);
    expect(feedback?.prompt.title).toBe(JSON.parse(promptSnapshot!).title);
  });

  it('an attempt from before snapshots whose prompt is gone says so instead of grading against nothing', async () => {
    const user = await makeUser();
    const attemptId = await start(user.id);
    await db.mockAttempt.update({
      where: { id: attemptId },
      data: { promptId: 'retired-prompt', promptSnapshot: null },
    });
    const result = await submitMockAttempt(user.id, attemptId, { draft: GREAT, version: 1, auto: false }, at(60));
    expect(result).toMatchObject({ ok: false, code: 'prompt_gone' });
  });

  it('records one submission when several arrive at once', async () => {
    const user = await makeUser();
    const id = await start(user.id);
    const results = await Promise.all(
      [1, 2, 3].map(() => submitMockAttempt(user.id, id, { draft: WEAK, version: 1, auto: false }, at(60))),
    );
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect((await db.promptState.findFirstOrThrow({ where: { userId: user.id } })).reps).toBe(1);
  });

  it('after an interview’s time ran out, grades what was saved as an auto-submit', async () => {
    const user = await makeUser();
    const id = await start(user.id, 'interview', 900);
    await saveMockDraft(user.id, id, { draft: WEAK, version: 4 }, at(800));
    const result = await submitMockAttempt(user.id, id, { draft: GREAT, version: 5, auto: false }, at(1200));
    expect(result).toMatchObject({ ok: true, data: { autoSubmitted: true, verdict: 'miss' } });
    expect(await db.mockAttempt.findUniqueOrThrow({ where: { id } })).toMatchObject({
      draft: WEAK,
      version: 4,
      autoSubmitted: true,
    });
  });

  it('an auto-submit at zero (within grace) takes the text sent with it', async () => {
    const user = await makeUser();
    const id = await start(user.id, 'interview', 20);
    const result = await submitMockAttempt(
      user.id,
      id,
      { draft: 'API Gateway or ALB', version: 1, auto: true },
      at(21),
    );
    expect(result).toMatchObject({ ok: true, data: { autoSubmitted: true } });
    expect((await db.mockAttempt.findUniqueOrThrow({ where: { id } })).draft).toBe('API Gateway or ALB');
  });

  it('puts the cards of asserted traps, then missed criteria, into review: today up to the daily limit, the rest tomorrow', async () => {
    const user = await makeUser();
    // The learner already knows one of the trap cards well: it is due in a month.
    await db.reviewState.create({
      data: {
        userId: user.id,
        cardId: 'misconception.alb-has-no-auth',
        due: new Date(T0.getTime() + 30 * DAY),
        stability: 40,
        difficulty: 4,
        elapsedDays: 10,
        scheduledDays: 30,
        learningSteps: 0,
        reps: 5,
        lapses: 0,
        phase: 2,
        lastReview: T0,
      },
    });
    const { attemptId, result } = await submitted(user.id, TWO_MYTHS, at(300));
    const stored = parseStoredFeedback(
      (await db.mockAttempt.findUniqueOrThrow({ where: { id: attemptId } })).feedback ?? '',
    );
    expect(stored.result.traps.map((t) => t.id).sort()).toEqual(['alb-has-no-auth', 'apigw-hard-29s-timeout']);
    const missed = stored.result.criteria.filter((c) => c.level === 'miss');
    expect(missed.length).toBeGreaterThan(0);

    const ids = result.gaps;
    expect(ids).toContain('misconception.alb-has-no-auth');
    expect(ids).toContain('misconception.apigw-hard-29s-timeout');
    expect(new Set(ids).size).toBe(ids.length);
    // most important first: the asserted traps, then the missed criteria's cards
    expect(ids.slice(0, 2).sort()).toEqual(['misconception.alb-has-no-auth', 'misconception.apigw-hard-29s-timeout']);
    expect(ids.length).toBeGreaterThan(20); // a weak attempt: more than one day's worth
    expect(result.leftForLater).toEqual([]); // no interview date: everything fits
    const states = await db.reviewState.findMany({ where: { userId: user.id, cardId: { in: ids } } });
    expect(states).toHaveLength(ids.length);
    const dueOf = new Map(states.map((s) => [s.cardId, s.due.toISOString()]));
    // the default limit is 20 new cards a day: 20 due now, the rest when tomorrow's study day starts (04:00 UTC)
    expect(ids.slice(0, 20).map((id) => dueOf.get(id))).toEqual(ids.slice(0, 20).map(() => at(300).toISOString()));
    expect(new Set(ids.slice(20).map((id) => dueOf.get(id)))).toEqual(new Set(['2026-11-03T04:00:00.000Z']));
    expect(stored.gaps.map((g) => g.due)).toEqual(ids.map((id) => dueOf.get(id)));
    // The known card kept its memory; the others start new.
    const known = states.find((s) => s.cardId === 'misconception.alb-has-no-auth');
    expect(known).toMatchObject({ stability: 40, reps: 5, phase: 2 });
    expect(
      states.filter((s) => s.cardId !== 'misconception.alb-has-no-auth').every((s) => s.phase === 0 && s.reps === 0),
    ).toBe(true);

    // The feedback page lists them with their fronts.
    const view = await getMockFeedback(user.id, attemptId);
    expect(view?.gaps.map((g) => g.cardId)).toEqual(ids);
    expect(view?.gaps.every((g) => g.front.length > 0 && g.front !== g.cardId)).toBe(true);
    expect(view?.trapClaims['alb-has-no-auth']).toMatch(/authenticate/i);
  });

  it('respects the daily limit and the interview date: what does not fit is left for later, kept in the feedback', async () => {
    const user = await makeUser();
    // 5 new cards a day; the interview is on 4 November: only the study days of 2 and 3 November are before it
    await db.studySettings.create({
      data: {
        userId: user.id,
        newPerDay: 5,
        interviewDate: new Date('2026-11-04T00:00:00Z'),
        timeZone: 'UTC',
        dayStartHour: 4,
      },
    });
    const { attemptId, result } = await submitted(user.id, TWO_MYTHS, at(300));
    expect(result.gaps.length).toBeGreaterThan(10);
    const stored = parseStoredFeedback(
      (await db.mockAttempt.findUniqueOrThrow({ where: { id: attemptId } })).feedback ?? '',
    );
    expect(stored.gaps.map((g) => g.due)).toEqual([
      ...Array<string>(5).fill(at(300).toISOString()),
      ...Array<string>(5).fill('2026-11-03T04:00:00.000Z'),
      ...Array<null>(result.gaps.length - 10).fill(null),
    ]);
    expect(stored.gaps.slice(0, 2).every((g) => g.reason.kind === 'trap')).toBe(true);
    expect(result.leftForLater).toEqual(result.gaps.slice(10));
    // Left for later means not made due: those never studied get no review state at all.
    const states = await db.reviewState.findMany({ where: { userId: user.id }, select: { cardId: true } });
    expect(states.map((s) => s.cardId).sort()).toEqual(result.gaps.slice(0, 10).sort());
    // still listed on the feedback page
    const view = await getMockFeedback(user.id, attemptId);
    expect(view?.gaps.filter((g) => g.due === null).map((g) => g.cardId)).toEqual(result.leftForLater);
  });

  it('a delights answer with no trap adds no cards', async () => {
    const user = await makeUser();
    const { result } = await submitted(user.id, GREAT);
    expect(result.gaps).toEqual([]);
    expect(await db.reviewState.count({ where: { userId: user.id } })).toBe(0);
  });

  it('"add my gaps to review" again plans them once more from now (a trap card comes due now again)', async () => {
    const user = await makeUser();
    const { attemptId, result } = await submitted(user.id, TWO_MYTHS, at(300));
    const first = result.gaps[0]!;
    await db.reviewState.update({
      where: { userId_cardId: { userId: user.id, cardId: first } },
      data: { due: new Date(T0.getTime() + 5 * DAY) },
    });
    const later = new Date(T0.getTime() + DAY);
    expect(await requeueMockGaps(user.id, attemptId, later)).toEqual({
      ok: true,
      data: { cardIds: result.gaps, dueNow: expect.any(Number) as number, leftForLater: 0 },
    });
    expect(
      (await db.reviewState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: first } } })).due,
    ).toEqual(later);
  });

  it('schedules the prompt by FSRS: a miss comes back within days, a delights much later', async () => {
    const missed = await makeUser();
    const delighted = await makeUser();
    await submitted(missed.id, WEAK, at(60));
    await submitted(delighted.id, GREAT, at(60));
    const a = await db.promptState.findUniqueOrThrow({
      where: { userId_promptId: { userId: missed.id, promptId: PROMPT } },
    });
    const b = await db.promptState.findUniqueOrThrow({
      where: { userId_promptId: { userId: delighted.id, promptId: PROMPT } },
    });
    const daysA = (a.due.getTime() - at(60).getTime()) / DAY;
    const daysB = (b.due.getTime() - at(60).getTime()) / DAY;
    expect(daysA).toBeGreaterThanOrEqual(1);
    expect(daysA).toBeLessThanOrEqual(3);
    expect(daysB).toBeGreaterThan(daysA * 2);
    expect(a.reps).toBe(1);
    expect(a.lastReview).toEqual(at(60));
  });
});

describe('practice pause', () => {
  it('pauses and resumes the clock (idempotently); interviews can’t pause', async () => {
    const user = await makeUser();
    const id = await start(user.id, 'practice', 900);
    expect(await setMockPaused(user.id, id, true, at(100))).toMatchObject({
      ok: true,
      data: { pausedMs: 0, pausedAt: at(100).toISOString() },
    });
    expect(await setMockPaused(user.id, id, true, at(130))).toMatchObject({
      ok: true,
      data: { pausedAt: at(100).toISOString() },
    });
    expect(await setMockPaused(user.id, id, false, at(160))).toMatchObject({
      ok: true,
      data: { pausedMs: 60_000, pausedAt: null },
    });
    expect(await setMockPaused(user.id, id, false, at(200))).toMatchObject({ ok: true, data: { pausedMs: 60_000 } });
    const interview = await start(user.id, 'interview');
    expect(await setMockPaused(user.id, interview, true, at(10))).toMatchObject({ ok: false, code: 'not_pausable' });
  });

  it('closes an open pause on submit', async () => {
    const user = await makeUser();
    const id = await start(user.id, 'practice', 900);
    await setMockPaused(user.id, id, true, at(100));
    await submitMockAttempt(user.id, id, { draft: WEAK, version: 1, auto: false }, at(400));
    expect(await db.mockAttempt.findUniqueOrThrow({ where: { id } })).toMatchObject({
      pausedMs: 300_000,
      pausedAt: null,
    });
    expect((await getMockFeedback(user.id, id))?.attempt.elapsedMs).toBe(100_000);
  });
});

describe('ownership', () => {
  it('refuses every read and write of another user’s attempt as not found', async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const open = await start(owner.id, 'practice');
    const { attemptId: done } = await submitted(owner.id, WEAK);

    expect(await getMockAttempt(other.id, open)).toBeNull();
    expect(await getMockFeedback(other.id, done)).toBeNull();
    expect(await saveMockDraft(other.id, open, { draft: 'hijack', version: 99 }, at(5))).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await setMockPaused(other.id, open, true, at(5))).toMatchObject({ ok: false, code: 'not_found' });
    expect(await submitMockAttempt(other.id, open, { draft: 'hijack', version: 99, auto: false }, at(5))).toMatchObject(
      { ok: false, code: 'not_found' },
    );
    expect(
      await rateMockCriterion(other.id, { attemptId: done, criterionId: 'security-and-auth', agree: false }),
    ).toMatchObject({ ok: false, code: 'not_found' });
    expect(await requeueMockGaps(other.id, done, at(5))).toMatchObject({ ok: false, code: 'not_found' });
    expect(await getMockHistory(other.id)).toEqual([]);

    const row = await db.mockAttempt.findUniqueOrThrow({ where: { id: open } });
    expect(row).toMatchObject({ draft: '', version: 0, pausedAt: null, submittedAt: null });
    expect(await db.mockCriterionRating.count()).toBe(0);
  });
});

describe('ratings', () => {
  it('stores agree / disagree per criterion, the latest replacing the earlier', async () => {
    const user = await makeUser();
    const { attemptId } = await submitted(user.id, WEAK);
    const criterion = (await getMockFeedback(user.id, attemptId))!.feedback.criteria[0]!.id;
    expect(await rateMockCriterion(user.id, { attemptId, criterionId: criterion, agree: true })).toMatchObject({
      ok: true,
    });
    expect(
      await rateMockCriterion(user.id, { attemptId, criterionId: criterion, agree: false, comment: 'I covered auth' }),
    ).toMatchObject({
      ok: true,
      data: { agree: false, comment: 'I covered auth' },
    });
    expect(
      await rateMockCriterion(user.id, { attemptId, criterionId: 'no-such-criterion', agree: true }),
    ).toMatchObject({ ok: false });
    const ratings = await db.mockCriterionRating.findMany({ where: { attemptId } });
    expect(ratings).toMatchObject([{ criterionId: criterion, agree: false, comment: 'I covered auth' }]);
    expect((await getMockFeedback(user.id, attemptId))?.ratings[criterion]).toEqual({
      agree: false,
      level: null,
      comment: 'I covered auth',
    });
    // disagreeing, the candidate may say which level fits; agreeing again clears it
    await rateMockCriterion(user.id, {
      attemptId,
      criterionId: criterion,
      agree: false,
      level: 'meets',
      comment: null,
    });
    expect((await getMockFeedback(user.id, attemptId))?.ratings[criterion]).toEqual({
      agree: false,
      level: 'meets',
      comment: null,
    });
    await rateMockCriterion(user.id, { attemptId, criterionId: criterion, agree: true, level: 'delights' });
    expect((await getMockFeedback(user.id, attemptId))?.ratings[criterion]).toMatchObject({ agree: true, level: null });
  });

  it('refuses to rate an attempt that is not submitted yet', async () => {
    const user = await makeUser();
    const id = await start(user.id);
    expect(
      await rateMockCriterion(user.id, { attemptId: id, criterionId: 'security-and-auth', agree: true }),
    ).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('history and comparison', () => {
  it('keeps every attempt and compares a re-take with the previous one', async () => {
    const user = await makeUser();
    const first = await submitted(user.id, WEAK, at(60));
    const second = await submitted(user.id, GREAT, at(120));
    const history = await getMockHistory(user.id);
    expect(history).toHaveLength(1);
    expect(history[0]?.attempts.map((a) => [a.id, a.verdict])).toEqual([
      [first.attemptId, 'miss'],
      [second.attemptId, 'delights'],
    ]);
    const view = await getMockFeedback(user.id, second.attemptId);
    expect(view?.previous?.id).toBe(first.attemptId);
    expect(view?.previous?.criteria.length).toBe(view?.feedback.criteria.length);
    expect(view?.previous?.criteria.some((c) => c.change === 'better')).toBe(true);
    expect((await getMockFeedback(user.id, first.attemptId))?.previous).toBeNull();
  });
});

describe('prompt schedule', () => {
  it('shows new prompts first for a new learner (apigw-vs-alb first), then says why each comes when', async () => {
    const user = await makeUser();
    const fresh = await getPromptSchedule(user.id, T0);
    expect(fresh[0]).toMatchObject({ promptId: PROMPT, status: 'new', reason: 'new' });

    await submitted(user.id, WEAK, at(60)); // miss: due in a day or so
    const nineDaysLater = new Date(at(60).getTime() + 9 * DAY);
    const schedule = await getPromptSchedule(user.id, nineDaysLater);
    const entry = schedule.find((s) => s.promptId === PROMPT);
    expect(entry).toMatchObject({ status: 'due' });
    expect(entry?.reason).toMatch(/^last attempt: miss, 9 days ago · overdue by \d+ days?$/);
    expect(schedule[0]?.promptId).toBe(PROMPT);
  });

  it('puts a class assignment with a due date first until the learner answers it', async () => {
    const user = await makeUser();
    const teacher = await makeUser('INSTRUCTOR');
    const cls = await db.class.create({
      data: { ownerId: teacher.id, name: 'Cloud 101', joinCode: `code-${user.id}` },
    });
    await db.classMember.create({ data: { classId: cls.id, userId: user.id } });
    await db.promptAssignment.create({
      data: {
        classId: cls.id,
        promptId: 'partner-rate-limiting',
        dueAt: new Date(T0.getTime() + 2 * DAY),
        assignedAt: T0,
      },
    });
    const schedule = await getPromptSchedule(user.id, T0);
    expect(schedule[0]).toMatchObject({ promptId: 'partner-rate-limiting', status: 'assigned' });
    expect(schedule[0]?.reason).toBe('assigned by Cloud 101, due in 2 days · new');

    await submitted(user.id, 'A token bucket per partner with burst and quotas.', at(60), 'partner-rate-limiting');
    const after = await getPromptSchedule(user.id, at(120));
    expect(after.find((s) => s.promptId === 'partner-rate-limiting')?.status).not.toBe('assigned');
  });
});
