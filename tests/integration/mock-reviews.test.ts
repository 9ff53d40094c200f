import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as downloadLabels } from '@/app/api/instructor/classes/[classId]/labelled-answers/route';
import { LabelledExportSchema } from '@/lib/core/content/labels-schema';
import { readLabelledAnswers } from '@/lib/content/labelled-answers';
import type { SessionUser } from '@/lib/server/auth';
import { saveMockReviewAction } from '@/lib/server/actions/save-mock-review-action';
import { db } from '@/lib/server/db';
import { rateMockCriterion } from '@/lib/server/mutations/rate-mock-criterion';
import { startMockAttempt } from '@/lib/server/mutations/start-mock-attempt';
import { submitMockAttempt } from '@/lib/server/mutations/submit-mock-attempt';
import { getAttemptReview } from '@/lib/server/queries/get-attempt-review';
import { getClassAttempts } from '@/lib/server/queries/get-class-attempts';
import { getMockFeedback } from '@/lib/server/queries/get-mock-feedback';
import { makeClass } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';
import { requestAs } from './session';

const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => (await import('./session')).authAs(importOriginal, session));

const T0 = new Date('2026-11-02T12:00:00Z');
const PROMPT = 'apigw-vs-alb';
const WEAK = readFileSync(path.resolve('tests/fixtures/answers/apigw-vs-alb/weak-02-short.md'), 'utf8');
const TWO_MYTHS = readFileSync(path.resolve('tests/fixtures/answers/apigw-vs-alb/trap-asserting-02-two-myths.md'), 'utf8');

async function submitted(userId: string, text: string, promptId = PROMPT): Promise<string> {
  const attemptId = (await startMockAttempt({ userId, promptId, mode: 'interview', timeLimitSec: 900, now: T0 })).attemptId;
  const result = await submitMockAttempt(userId, attemptId, { draft: text, version: 1, auto: false }, new Date(T0.getTime() + 60_000));
  if (!result.ok) throw new Error(`submit failed: ${result.message}`);
  return attemptId;
}

async function user(id: string): Promise<SessionUser> {
  return db.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, name: true, role: true } });
}

let instructor: SessionUser;
let otherInstructor: SessionUser;
let student: SessionUser;
let classId: string;
let attemptId: string;
let criteria: string[];

beforeAll(async () => {
  await seedContent();
  instructor = await user((await makeUser('INSTRUCTOR')).id);
  otherInstructor = await user((await makeUser('INSTRUCTOR')).id);
  student = await user((await makeUser()).id);
  ({ classId } = await makeClass(instructor.id, { members: [student.id] }));
  await db.promptAssignment.create({ data: { classId, promptId: PROMPT } });
  attemptId = await submitted(student.id, TWO_MYTHS);
  criteria = (await getMockFeedback(student.id, attemptId))!.feedback.criteria.map((c) => c.id);
});

function reviewInput(overrides: Record<string, unknown> = {}) {
  return {
    classId,
    attemptId,
    verdict: 'meets',
    criteria: criteria.map((id, i) => ({ criterionId: id, level: i === 0 ? 'delights' : 'meets', comment: i === 0 ? 'Clear on auth.' : null })),
    traps: ['alb-has-no-auth'],
    comment: 'Good structure; one real myth.',
    ...overrides,
  };
}

describe('instructor reviews of mock answers', () => {
  it('lists the class’s answers, saves a review idempotently, and the student sees it beside the grader', async () => {
    const listed = await getClassAttempts(instructor, classId);
    expect(listed?.attempts.map((a) => a.id)).toEqual([attemptId]);
    expect(listed?.attempts[0]).toMatchObject({ reviewVerdict: null, disagreements: 0 });

    session.as = instructor.id;
    const first = await saveMockReviewAction(reviewInput());
    expect(first).toMatchObject({ ok: true, data: { attemptId } });
    expect(await saveMockReviewAction(reviewInput())).toMatchObject({ ok: true });
    expect(await db.mockReview.count({ where: { attemptId } })).toBe(1);

    const seen = await getMockFeedback(student.id, attemptId);
    expect(seen?.review).toMatchObject({
      verdict: 'meets',
      traps: ['alb-has-no-auth'],
      comment: 'Good structure; one real myth.',
      reviewer: expect.any(String),
    });
    expect(seen?.review?.criteria[0]).toEqual({ criterionId: criteria[0], level: 'delights', comment: 'Clear on auth.' });
    // the grader's own result is kept as it was
    expect(seen?.feedback.verdict).toBe((await db.mockAttempt.findUniqueOrThrow({ where: { id: attemptId } })).verdict);
    expect((await getClassAttempts(instructor, classId))?.attempts[0]?.reviewVerdict).toBe('meets');
  });

  it('refuses incomplete or unknown criteria, unknown traps and bad levels with a clear message', async () => {
    session.as = instructor.id;
    const missing = await saveMockReviewAction(reviewInput({ criteria: [{ criterionId: criteria[0], level: 'meets' }] }));
    expect(missing).toMatchObject({ ok: false, code: 'invalid_input', message: expect.stringContaining('each of the prompt') });
    expect(await saveMockReviewAction(reviewInput({ traps: ['no-such-trap'] }))).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(await saveMockReviewAction(reviewInput({ verdict: 'great' }))).toMatchObject({ ok: false, code: 'invalid_input' });
    const dup = reviewInput();
    (dup.criteria as unknown[]).push({ criterionId: criteria[0], level: 'miss' });
    expect(await saveMockReviewAction(dup)).toMatchObject({ ok: false, code: 'invalid_input' });
  });

  it('lets nobody else read or write a review: another instructor, the student, a stranger, or an answer outside the class’s prompts', async () => {
    session.as = otherInstructor.id;
    expect(await saveMockReviewAction(reviewInput({ verdict: 'miss' }))).toMatchObject({ ok: false, code: 'not_found' });
    expect(await getClassAttempts(otherInstructor, classId)).toBeNull();
    expect(await getAttemptReview(otherInstructor, classId, attemptId)).toBeNull();
    session.as = student.id;
    expect(await saveMockReviewAction(reviewInput({ verdict: 'delights' }))).toMatchObject({ ok: false, code: 'forbidden' });
    session.as = null;
    expect(await saveMockReviewAction(reviewInput())).toMatchObject({ ok: false, code: 'unauthenticated' });
    // a member's practice on a prompt the class was not assigned stays private
    const privateAttempt = await submitted(student.id, WEAK, 'multi-region-dr');
    session.as = instructor.id;
    expect(await saveMockReviewAction(reviewInput({ attemptId: privateAttempt }))).toMatchObject({ ok: false, code: 'not_found' });
    expect(await getAttemptReview(instructor, classId, privateAttempt)).toBeNull();
    // the other instructor's attempt never changed the saved review
    expect((await db.mockReview.findUniqueOrThrow({ where: { attemptId } })).verdict).toBe('meets');

    const stranger = await makeUser();
    const denied = await downloadLabels(await requestAs(`/api/instructor/classes/${classId}/labelled-answers`, { ...stranger, role: 'LEARNER' }), {
      params: Promise.resolve({ classId }),
    });
    expect(denied.status).toBe(403);
    const other = await downloadLabels(
      await requestAs(`/api/instructor/classes/${classId}/labelled-answers`, { ...otherInstructor, role: 'INSTRUCTOR' }),
      { params: Promise.resolve({ classId }) },
    );
    expect(other.status).toBe(404);
  });

  it('exports reviews and students’ disagreements as labelled answers that grader:eval reads', async () => {
    const disputed = await submitted(student.id, WEAK);
    const firstCriterion = criteria[0]!;
    expect(
      await rateMockCriterion(student.id, { attemptId: disputed, criterionId: firstCriterion, agree: false, level: 'delights', comment: 'I covered auth' }),
    ).toMatchObject({ ok: true });
    const untouched = await submitted(student.id, WEAK);

    const response = await downloadLabels(
      await requestAs(`/api/instructor/classes/${classId}/labelled-answers`, { ...instructor, role: 'INSTRUCTOR' }),
      { params: Promise.resolve({ classId }) },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const exported = LabelledExportSchema.parse(await response.json());
    expect(exported.prompt).toBe(PROMPT);
    expect(Object.keys(exported.answers).sort()).toEqual([attemptId, disputed].sort());
    expect(exported.answers[untouched]).toBeUndefined();
    expect(exported.answers[attemptId]).toMatchObject({ verdict: ['meets'], traps: ['alb-has-no-auth'] });
    expect(exported.answers[attemptId]?.note).toContain('instructor review');
    expect(exported.answers[disputed]?.note).toContain('candidate disagreed');
    expect(exported.texts[attemptId]).toBe(TWO_MYTHS);

    const dir = mkdtempSync(path.join(os.tmpdir(), 'labels-'));
    const file = path.join(dir, 'export.json');
    writeFileSync(file, JSON.stringify(exported));
    const read = await readLabelledAnswers(file);
    expect(read.find((a) => a.id === attemptId)).toMatchObject({ prompt: PROMPT, answer: TWO_MYTHS, verdicts: ['meets'] });
  });
});
