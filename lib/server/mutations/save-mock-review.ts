import 'server-only';
import type { SaveReviewInput } from '@/lib/core/mock/review';
import type { Level } from '@/lib/core/mock/types';
import { fail, type ActionResult } from '../action-result';
import type { SessionUser } from '../auth';
import { ATTEMPT_PROMPT_COLUMNS, promptOfAttempt } from '../attempt-prompt';
import { getContent } from '../content';
import { db } from '../db';
import { findReviewableAttempts } from '../permissions/find-reviewable-attempts';

/**
 * Saves an instructor's review of a class member's attempt (owner or admin of the class):
 * a level and comment for every criterion of the prompt, the traps the answer asserts, and a
 * verdict. Saving again replaces the review (the same input twice leaves the same row).
 */
export async function saveMockReview(
  actor: SessionUser,
  classId: string,
  input: SaveReviewInput,
): Promise<ActionResult<{ attemptId: string; verdict: Level; updatedAt: string }>> {
  const reviewable = await findReviewableAttempts(actor, classId, input.attemptId);
  if (!reviewable?.attemptIds.includes(input.attemptId)) return fail('not_found', 'No such attempt in this class.');
  const [attempt, content] = await Promise.all([
    db.mockAttempt.findUnique({ where: { id: input.attemptId }, select: ATTEMPT_PROMPT_COLUMNS }),
    getContent(),
  ]);
  const prompt = attempt ? promptOfAttempt(attempt, content) : null;
  if (!prompt) return fail('not_found', 'This prompt is no longer in the library.');
  const expected = prompt.criteria.map((c) => c.id);
  const given = new Set(input.criteria.map((c) => c.criterionId));
  if (expected.length !== given.size || expected.some((id) => !given.has(id))) {
    return fail('invalid_input', 'Give a level for each of the prompt’s criteria, and only those.', {
      criteria: [`Expected: ${expected.join(', ')}.`],
    });
  }
  const known = new Set(content.misconceptions.map((m) => m.id));
  const unknown = input.traps.filter((t) => !known.has(t));
  if (unknown.length > 0) return fail('invalid_input', 'Unknown trap.', { traps: [`Unknown: ${unknown.join(', ')}.`] });

  // stored in the prompt's order, so the same review always reads the same
  const order = new Map(expected.map((id, i) => [id, i]));
  const data = {
    reviewerId: actor.id,
    verdict: input.verdict,
    criteria: JSON.stringify(
      [...input.criteria].sort((a, b) => (order.get(a.criterionId) ?? 0) - (order.get(b.criterionId) ?? 0)),
    ),
    traps: JSON.stringify([...input.traps].sort()),
    comment: input.comment,
  };
  const saved = await db.mockReview.upsert({
    where: { attemptId: input.attemptId },
    create: { attemptId: input.attemptId, ...data },
    update: data,
    select: { updatedAt: true },
  });
  return {
    ok: true,
    data: { attemptId: input.attemptId, verdict: input.verdict, updatedAt: saved.updatedAt.toISOString() },
  };
}
