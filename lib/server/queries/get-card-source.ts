import 'server-only';
import { z } from 'zod';
import {
  cardDraftFromCriterion,
  cardDraftFromQuizQuestion,
  cardDraftFromTrap,
  type SourcedCardDraft,
} from '@/lib/core/personal/card-draft-from-source';
import { parseStoredFeedback } from '@/lib/core/mock/parse-stored-feedback';
import { ATTEMPT_PROMPT_COLUMNS, promptOfAttempt } from '../attempt-prompt';
import { getContent } from '../content';
import { db } from '../db';
import { getQuizAttempt } from './get-quiz-attempt';

const AttemptId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/);
const ItemId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9.-]*$/);

/** Where a new personal card comes from, as the "Add to my deck" links say it (search params, zod-checked). */
export const CardSourceSchema = z.union([
  z.object({ quiz: AttemptId, question: z.coerce.number().int().min(0).max(500) }),
  z.object({ mock: AttemptId, criterion: ItemId }),
  z.object({ mock: AttemptId, trap: ItemId }),
]);
export type CardSource = z.infer<typeof CardSourceSchema>;

/**
 * The starting fields of a personal card made from something the learner missed — a quiz question
 * they answered wrongly, a mock criterion they missed (or only met), a trap they stated — read from
 * their own attempt only; null when the attempt is someone else's, or the item wasn't missed.
 */
export async function getCardSource(userId: string, source: CardSource): Promise<SourcedCardDraft | null> {
  if ('quiz' in source) {
    const attempt = await getQuizAttempt(userId, source.quiz);
    const question = attempt?.questions[source.question];
    const answer = attempt?.answers.get(source.question);
    if (!question || !answer || answer.correct) return null;
    return cardDraftFromQuizQuestion(question);
  }
  const row = await db.mockAttempt.findFirst({
    where: { id: source.mock, userId, submittedAt: { not: null }, feedback: { not: null } },
    select: { ...ATTEMPT_PROMPT_COLUMNS, feedback: true },
  });
  if (!row?.feedback) return null;
  const { result } = parseStoredFeedback(row.feedback);
  const content = await getContent();
  const prompt = promptOfAttempt(row, content);
  if (!prompt) return null;
  if ('criterion' in source) {
    const graded = result.criteria.find((c) => c.id === source.criterion);
    const criterion = prompt.criteria.find((c) => c.id === source.criterion);
    if (!graded || graded.level === 'delights' || !criterion) return null;
    return cardDraftFromCriterion(prompt.title, {
      title: criterion.title,
      meets: criterion.meets.description,
      delights: criterion.delights.description,
    });
  }
  if (!result.traps.some((t) => t.id === source.trap)) return null;
  const misconception = content.misconceptions.find((m) => m.id === source.trap);
  return misconception ? cardDraftFromTrap(prompt.title, misconception) : null;
}
