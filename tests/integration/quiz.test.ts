import { beforeEach, describe, expect, it, vi } from 'vitest';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import type { QuizAnswer, QuizQuestion } from '@/lib/core/quiz/types';
import { startQuizAction } from '@/lib/server/actions/start-quiz-action';
import { databaseProvider } from '@/lib/server/database-url';
import { db } from '@/lib/server/db';
import { answerQuiz } from '@/lib/server/mutations/answer-quiz';
import { finishQuiz } from '@/lib/server/mutations/finish-quiz';
import { startQuiz } from '@/lib/server/mutations/start-quiz';
import { getQuizAttempt } from '@/lib/server/queries/get-quiz-attempt';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import type { StartQuizInput } from '@/lib/server/quiz-options';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';
import { failInsertsWhere } from './fail-inserts';
import { writeWhileLocked } from './write-while-locked';

const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => (await import('./session')).authAs(importOriginal, session));

const T0 = new Date('2026-11-03T10:00:00Z');

beforeEach(async () => {
  await seedContent();
});

function rightAnswer(q: QuizQuestion): QuizAnswer {
  if (q.type === 'true-false') return { value: q.correct };
  if (q.type === 'matching') return { pairs: q.correctPairs };
  return { optionId: q.correctOptionId };
}
function wrongAnswer(q: QuizQuestion): QuizAnswer {
  if (q.type === 'true-false') return { value: !q.correct };
  if (q.type === 'matching')
    return { pairs: Object.fromEntries(q.facts.map((f) => [f.id, q.correctPairs[f.id] === 'a' ? 'b' : 'a'])) };
  return { optionId: q.options.find((o) => o.id !== q.correctOptionId)!.id };
}

async function start(userId: string, input: StartQuizInput = { mode: 'practice', count: 10 }) {
  const started = await startQuiz(userId, input, T0, 'fixed-seed');
  if (!started.ok) throw new Error(started.message);
  return (await getQuizAttempt(userId, started.data.attemptId))!;
}

describe('quizzes against a real SQLite file', () => {
  it('builds a stored, replayable quiz from the learner’s state', async () => {
    const user = await makeUser();
    const attempt = await start(user.id);
    expect(attempt.questions).toHaveLength(10);
    expect(new Set(attempt.questions.map((q) => q.key)).size).toBe(10);
    const again = await start(user.id);
    expect(again.questions.map((q) => q.key)).toEqual(attempt.questions.map((q) => q.key)); // same seed, same quiz
    const filtered = await start(user.id, { mode: 'practice', count: 5, dimension: 'timeouts' });
    expect(filtered.questions.every((q) => q.dimension === 'timeouts')).toBe(true);
    expect(await startQuiz(user.id, { mode: 'practice', count: 5, weakOnly: true }, T0)).toMatchObject({
      ok: false,
      code: 'empty',
    });
    expect(await startQuiz(user.id, { mode: 'timed', count: 5 }, T0)).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    session.as = user.id; // the input's shape is checked where it arrives: the action
    expect(await startQuizAction({ mode: 'practice', count: 500 })).toMatchObject({
      ok: false,
      code: 'invalid_input',
      fieldErrors: { count: ['At most 30 questions.'] },
    });
  });

  it('writes the answer and the scheduler state of every card it exercises in one go, once', async () => {
    const user = await makeUser();
    const attempt = await start(user.id);
    const q = attempt.questions[0]!;
    const input = { attemptId: attempt.id, questionIndex: 0, answer: wrongAnswer(q), elapsedMs: 5000 };
    const first = await answerQuiz(user.id, input, T0);
    expect(first).toMatchObject({
      ok: true,
      data: { mode: 'practice', feedback: { correct: false, explanationHtml: markdownToSafeHtml(q.explanation) } },
    });
    const logs = await db.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs.map((l) => l.cardId).sort()).toEqual([...q.cardIds].sort());
    expect(logs.every((l) => l.grade === 1 && l.source === 'quiz')).toBe(true);

    const second = await answerQuiz(user.id, { ...input, answer: rightAnswer(q) }, new Date(T0.getTime() + 1000));
    expect(second).toEqual(first);
    expect(await db.quizAnswer.count({ where: { attemptId: attempt.id } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(q.cardIds.length);

    const right = await answerQuiz(
      user.id,
      { attemptId: attempt.id, questionIndex: 1, answer: rightAnswer(attempt.questions[1]!), elapsedMs: 3000 },
      T0,
    );
    expect(right).toMatchObject({ ok: true, data: { feedback: { correct: true } } });
    expect(await db.reviewLog.count({ where: { userId: user.id, grade: 3 } })).toBe(
      attempt.questions[1]!.cardIds.length,
    );
  });

  it('writes nothing when the answer does not fit the question, and refuses another learner', async () => {
    const user = await makeUser();
    const other = await makeUser();
    const attempt = await start(user.id);
    const q = attempt.questions[0]!;
    const bad = q.type === 'true-false' ? { optionId: 'x' } : { value: true };
    expect(
      await answerQuiz(user.id, { attemptId: attempt.id, questionIndex: 0, answer: bad, elapsedMs: 1 }, T0),
    ).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(
      await answerQuiz(user.id, { attemptId: attempt.id, questionIndex: 99, answer: rightAnswer(q), elapsedMs: 1 }, T0),
    ).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(
      await answerQuiz(other.id, { attemptId: attempt.id, questionIndex: 0, answer: rightAnswer(q), elapsedMs: 1 }, T0),
    ).toMatchObject({ ok: false, code: 'not_found' });
    expect(await getQuizAttempt(other.id, attempt.id)).toBeNull();
    expect(await db.quizAnswer.count({ where: { attemptId: attempt.id } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: { in: [user.id, other.id] } } })).toBe(0);
  });

  it('keeps one answer when the same answer arrives twice at once, and both replies agree', async () => {
    const user = await makeUser();
    const attempt = await start(user.id);
    const q = attempt.questions.find((x) => x.cardIds.length > 0)!;
    const input = {
      attemptId: attempt.id,
      questionIndex: attempt.questions.indexOf(q),
      answer: rightAnswer(q),
      elapsedMs: 2000,
    };
    const [first, second] = await Promise.all([answerQuiz(user.id, input, T0), answerQuiz(user.id, input, T0)]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toEqual(first);
    expect(await db.quizAnswer.count({ where: { attemptId: attempt.id } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: user.id, source: 'quiz' } })).toBe(q.cardIds.length);
  });

  it.runIf(databaseProvider(process.env.DATABASE_URL) === 'sqlite')(
    'waits for another process’s write lock without stalling this one: other work runs meanwhile, then the answer lands',
    async () => {
      const user = await makeUser();
      const attempt = await start(user.id);
      const q = attempt.questions.find((x) => x.cardIds.length > 0)!;
      const questionIndex = attempt.questions.indexOf(q);
      const { result, ticksWhileLocked } = await writeWhileLocked(() =>
        answerQuiz(user.id, { attemptId: attempt.id, questionIndex, answer: rightAnswer(q), elapsedMs: 1 }, T0),
      );
      expect(ticksWhileLocked).toBeGreaterThanOrEqual(5);
      expect(result).toMatchObject({ ok: true });
      expect(await db.quizAnswer.count({ where: { attemptId: attempt.id } })).toBe(1);
      expect(await db.reviewLog.count({ where: { userId: user.id, source: 'quiz' } })).toBe(q.cardIds.length);
    },
  );

  it('takes turns with a review of the same card sent at the same moment: both land, neither is lost', async () => {
    const user = await makeUser();
    const attempt = await start(user.id);
    const q = attempt.questions.find((x) => x.cardIds.length > 0)!;
    const questionIndex = attempt.questions.indexOf(q);
    const cardId = q.cardIds[0]!;
    const [answered, reviewed] = await Promise.all([
      answerQuiz(user.id, { attemptId: attempt.id, questionIndex, answer: rightAnswer(q), elapsedMs: 1 }, T0),
      reviewStateRepository().record({ userId: user.id, cardId, grade: 'good', reviewId: 'same-moment', now: T0 }),
    ]);
    expect(answered).toMatchObject({ ok: true });
    expect(reviewed).toMatchObject({ ok: true });
    const state = await db.reviewState.findUnique({ where: { userId_cardId: { userId: user.id, cardId } } });
    expect(state?.reps).toBe(2);
    expect(await db.reviewLog.count({ where: { userId: user.id, cardId } })).toBe(2);
  });

  it('rolls back the answer if the scheduler write fails', async () => {
    const user = await makeUser();
    const attempt = await start(user.id);
    const q = attempt.questions.find((x) => x.cardIds.length > 0)!;
    const index = attempt.questions.indexOf(q);
    const restore = await failInsertsWhere('ReviewLog', 'source', 'quiz');
    await expect(
      answerQuiz(user.id, { attemptId: attempt.id, questionIndex: index, answer: rightAnswer(q), elapsedMs: 1 }, T0),
    ).rejects.toThrow();
    await restore();
    expect(await db.quizAnswer.count({ where: { attemptId: attempt.id } })).toBe(0);
    expect(await db.reviewState.count({ where: { userId: user.id } })).toBe(0);
  });

  it('resumes with the answers given so far, and scores on finish', async () => {
    const user = await makeUser();
    const attempt = await start(user.id, { mode: 'practice', count: 4 });
    for (const i of [0, 1]) {
      await answerQuiz(
        user.id,
        { attemptId: attempt.id, questionIndex: i, answer: rightAnswer(attempt.questions[i]!), elapsedMs: 1000 },
        T0,
      );
    }
    const resumed = (await getQuizAttempt(user.id, attempt.id))!;
    expect([...resumed.answers.keys()].sort()).toEqual([0, 1]);
    expect(await finishQuiz(resumed, T0)).toEqual({ score: 0.5 });
    const closed = (await getQuizAttempt(user.id, attempt.id))!;
    expect(closed.finishedAt).toEqual(T0);
    expect(
      await answerQuiz(
        user.id,
        { attemptId: attempt.id, questionIndex: 2, answer: rightAnswer(attempt.questions[2]!), elapsedMs: 1 },
        T0,
      ),
    ).toMatchObject({ ok: false, code: 'finished' });
  });

  it('reads an attempt with its answers field for field as Prisma stores them (the prepared-statement read)', async () => {
    const user = await makeUser();
    const attempt = await start(user.id, { mode: 'timed', count: 4, timeLimitSec: 120 });
    const answers = [rightAnswer(attempt.questions[0]!), wrongAnswer(attempt.questions[1]!), rightAnswer(attempt.questions[3]!)];
    for (const [i, questionIndex] of [0, 1, 3].entries()) {
      await answerQuiz(user.id, { attemptId: attempt.id, questionIndex, answer: answers[i]!, elapsedMs: 1234 + i }, T0);
    }
    await finishQuiz((await getQuizAttempt(user.id, attempt.id))!, new Date(T0.getTime() + 61_000));
    const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id }, include: { answers: true } });
    const read = (await getQuizAttempt(user.id, attempt.id))!;
    expect({ ...read, answers: undefined, questions: undefined }).toEqual({
      id: stored.id,
      mode: stored.mode,
      startedAt: stored.startedAt,
      timeLimitSec: stored.timeLimitSec,
      finishedAt: stored.finishedAt,
      score: stored.score,
      answers: undefined,
      questions: undefined,
    });
    expect(read.finishedAt).toEqual(new Date(T0.getTime() + 61_000));
    expect(read.questions).toEqual(JSON.parse(stored.questions));
    expect([...read.answers.entries()].sort(([a], [b]) => a - b)).toEqual(
      stored.answers
        .sort((a, b) => a.questionIndex - b.questionIndex)
        .map((a) => [a.questionIndex, { answer: JSON.parse(a.answer), correct: a.correct, partial: a.partial, elapsedMs: a.elapsedMs, fellFor: a.fellFor }]),
    );
    expect(read.answers.get(1)?.correct).toBe(false);
    expect(await getQuizAttempt((await makeUser()).id, attempt.id)).toBeNull();
    expect(await getQuizAttempt(user.id, 'no-such-attempt')).toBeNull();
  });

  it('timed tests give no feedback and stop taking answers when the time is up', async () => {
    const user = await makeUser();
    const attempt = await start(user.id, { mode: 'timed', count: 3, timeLimitSec: 120 });
    expect(
      await answerQuiz(
        user.id,
        { attemptId: attempt.id, questionIndex: 0, answer: rightAnswer(attempt.questions[0]!), elapsedMs: 1 },
        T0,
      ),
    ).toEqual({
      ok: true,
      data: { mode: 'timed', recorded: true },
    });
    const late = new Date(T0.getTime() + 130_000);
    expect(
      await answerQuiz(
        user.id,
        { attemptId: attempt.id, questionIndex: 1, answer: rightAnswer(attempt.questions[1]!), elapsedMs: 1 },
        late,
      ),
    ).toMatchObject({ ok: false, code: 'time_up' });
    expect((await getQuizAttempt(user.id, attempt.id))!.finishedAt).toEqual(late);
  });
});
