import 'server-only';
import { randomUUID } from 'node:crypto';
import { generateQuestions } from '@/lib/core/quiz/generate-questions';
import { selectQuestions } from '@/lib/core/quiz/select-questions';
import { fail, type ActionResult } from '../action-result';
import { getContent } from '../content';
import { db } from '../db';
import { env } from '../env';
import { getQuizCardStates } from '../queries/get-quiz-card-states';
import { getStudiedDeckIds } from '../queries/get-studied-deck-ids';
import { getStudySettings } from '../queries/get-study-settings';
import { SHORT_TEST_SECONDS, TIMED_TEST_SECONDS, type StartQuizInput } from '../quiz-options';

/**
 * Builds a quiz from the learner's state (due and weak first, then new), optionally limited to a
 * deck, a dimension or their weak spots, and stores it so it can be resumed and replayed.
 */
export async function startQuiz(
  userId: string,
  options: StartQuizInput,
  now: Date,
  seed: string = randomUUID(),
): Promise<ActionResult<{ attemptId: string }>> {
  const allowed: number[] = [...TIMED_TEST_SECONDS, ...(env().TEST_SHORT_TIMERS ? [SHORT_TEST_SECONDS] : [])];
  if (options.mode === 'timed' && (!options.timeLimitSec || !allowed.includes(options.timeLimitSec))) {
    return fail('invalid_input', 'Choose a length for the timed test.', { timeLimitSec: ['Choose a length.'] });
  }

  const content = await getContent();
  let deckCardIds: Set<string> | undefined;
  if (options.deckId) {
    const settings = await getStudySettings(userId);
    const studied = await getStudiedDeckIds(userId, settings.study.deckIds);
    if (!studied.includes(options.deckId)) return fail('invalid_input', 'Unknown deck.', { deckId: ['Choose one of your decks.'] });
    const rows = await db.deckCard.findMany({ where: { deckId: options.deckId }, select: { cardId: true } });
    deckCardIds = new Set(rows.map((r) => r.cardId));
  }
  if (options.dimension && !content.comparisons.some((c) => c.dimensions.some((d) => d.id === options.dimension))) {
    return fail('invalid_input', 'Unknown dimension.', { dimension: ['Choose a dimension from the list.'] });
  }

  const { cardStates, fellFor } = await getQuizCardStates(userId, now);
  const questions = selectQuestions({
    questions: generateQuestions(content, seed),
    cardStates,
    fellFor,
    count: options.count,
    filter: { deckCardIds, dimension: options.dimension, weakOnly: options.weakOnly },
    now,
    seed,
  });
  if (questions.length === 0) {
    return fail(
      'empty',
      options.weakOnly ? 'No weak spots yet: take a regular quiz or review first.' : 'No questions match these filters.',
    );
  }
  const attempt = await db.quizAttempt.create({
    data: {
      userId: userId,
      mode: options.mode,
      seed,
      filter: JSON.stringify({ deckId: options.deckId, dimension: options.dimension, weakOnly: options.weakOnly }),
      questions: JSON.stringify(questions),
      timeLimitSec: options.mode === 'timed' ? options.timeLimitSec! : null,
      startedAt: now,
    },
    select: { id: true },
  });
  return { ok: true, data: { attemptId: attempt.id } };
}
