import 'server-only';
import { countWords } from '@/lib/core/mock/count-words';
import { MAX_ANSWER_WORDS } from '@/lib/core/mock/limits';
import { parseStoredFeedback } from '@/lib/core/mock/parse-stored-feedback';
import { resolveMockSubmission } from '@/lib/core/mock/resolve-mock-submission';
import type { StoredFeedback, SubmitMockInput } from '@/lib/core/mock/schema';
import { selectGapCards } from '@/lib/core/mock/select-gap-cards';
import type { Level } from '@/lib/core/mock/types';
import { ruleBasedGrader } from '@/lib/core/rubric/grader';
import { findKnowledge } from '@/lib/core/content/find-knowledge';
import { ATTEMPT_PROMPT_COLUMNS, promptOfAttempt } from '../attempt-prompt';
import { getContent } from '../content';
import { db } from '../db';
import { MOCK_TIMING_COLUMNS, toMockTiming } from '../mock-attempt-row';
import { planMockGaps } from '../plan-mock-gaps';
import { getStudySettings } from '../queries/get-study-settings';
import { reviewStateRepository } from '../review-state/review-state-repository';
import type { MockWriteError } from './save-mock-draft';
import { TOO_LONG_MESSAGE } from './save-mock-draft';
import { scheduleMockPrompt } from './schedule-mock-prompt';

export type SubmittedMock = {
  attemptId: string;
  verdict: Level;
  score: number;
  autoSubmitted: boolean;
  submittedAt: string;
  /** Card ids of the attempt's gaps, most important first (traps, then missed criteria). */
  gaps: string[];
  /** Of those, the ones left for later: no room for them before the interview date at the daily limit. */
  leftForLater: string[];
};

type SubmitError = MockWriteError | { ok: false; code: 'prompt_gone'; message: string };

function view(
  attemptId: string,
  row: { submittedAt: Date; autoSubmitted: boolean },
  feedback: StoredFeedback,
): SubmittedMock {
  return {
    attemptId,
    verdict: feedback.result.verdict,
    score: feedback.result.score,
    autoSubmitted: row.autoSubmitted,
    submittedAt: row.submittedAt.toISOString(),
    gaps: feedback.gaps.map((g) => g.cardId),
    leftForLater: feedback.gaps.filter((g) => g.due === null).map((g) => g.cardId),
  };
}

/**
 * Submits and grades a mock attempt (server-side, rule-based grader). Idempotent: a second
 * submit returns the stored result. The text sent with the submit counts like a last autosave
 * (if its version is newer) unless an interview's time ran out, in which case what was saved is
 * graded as an auto-submit. In one transaction with the submission: the cards of missed
 * criteria and asserted traps come due, spread over the coming study days (`planGapReviews`), and
 * the prompt's FSRS state moves on.
 */
export async function submitMockAttempt(
  userId: string,
  attemptId: string,
  input: SubmitMockInput,
  now: Date,
): Promise<{ ok: true; data: SubmittedMock } | SubmitError> {
  const attempt = await db.mockAttempt.findFirst({
    where: { id: attemptId, userId },
    select: { ...MOCK_TIMING_COLUMNS, ...ATTEMPT_PROMPT_COLUMNS, draft: true, version: true, autoSubmitted: true, feedback: true },
  });
  if (!attempt) return { ok: false, code: 'not_found', message: 'No such attempt.' };
  if (attempt.submittedAt && attempt.feedback) {
    return {
      ok: true,
      data: view(
        attemptId,
        { submittedAt: attempt.submittedAt, autoSubmitted: attempt.autoSubmitted },
        parseStoredFeedback(attempt.feedback),
      ),
    };
  }

  const timing = toMockTiming(attempt);
  const decision = resolveMockSubmission(timing, now, input.auto);
  let { draft, version } = attempt;
  if (
    decision.useSentDraft &&
    input.draft !== undefined &&
    input.version !== undefined &&
    input.version > attempt.version
  ) {
    if (countWords(input.draft) > MAX_ANSWER_WORDS) return { ok: false, code: 'too_long', message: TOO_LONG_MESSAGE };
    draft = input.draft;
    version = input.version;
  }

  const content = await getContent();
  const prompt = promptOfAttempt(attempt, content);
  if (!prompt)
    return { ok: false, code: 'prompt_gone', message: 'This prompt is no longer available, so it can’t be graded.' };
  const result = await ruleBasedGrader.grade({
    prompt,
    answer: draft,
    misconceptions: content.misconceptions,
    knowledge: findKnowledge(content, prompt),
  });
  const settings = await getStudySettings(userId);
  const wanted = selectGapCards(prompt, result);

  const pausedMs =
    timing.mode === 'practice' && attempt.pausedAt
      ? attempt.pausedMs + Math.max(0, now.getTime() - attempt.pausedAt.getTime())
      : attempt.pausedMs;

  // Cards that can be studied (content, not retired); the rest of the rubric's links are skipped.
  const live = await db.card.findMany({
    where: { id: { in: wanted.map((g) => g.cardId) }, retiredAt: null, ownerId: null },
    select: { id: true },
  });
  const liveIds = new Set(live.map((c) => c.id));
  // Spread over the coming days (daily limit, interview date), not all due today.
  const plan = await planMockGaps(
    userId,
    wanted.filter((g) => liveIds.has(g.cardId)),
    settings,
    now,
  );
  const feedback: StoredFeedback = { grader: ruleBasedGrader.id, result, gaps: plan.gaps };

  const submitted = await db
    .$transaction(async (tx) => {
      // Write first: the claim takes SQLite's write lock before anything is read in this transaction.
      const { count } = await tx.mockAttempt.updateMany({
        where: { id: attemptId, userId, submittedAt: null },
        data: {
          draft,
          version,
          ...(version !== attempt.version ? { savedAt: now } : {}),
          pausedMs,
          pausedAt: null,
          submittedAt: now,
          autoSubmitted: decision.autoSubmitted,
          feedback: JSON.stringify(feedback),
          verdict: result.verdict,
          score: result.score,
        },
      });
      // Another submit of the same attempt won the race: nothing of ours is kept.
      if (count === 0) throw new AlreadySubmitted();
      await reviewStateRepository()
        .within(tx)
        .makeDue(userId, plan.due, now);
      await scheduleMockPrompt(tx, {
        userId,
        promptId: attempt.promptId,
        verdict: result.verdict,
        now,
        settings: settings.scheduler,
      });
      return view(attemptId, { submittedAt: now, autoSubmitted: decision.autoSubmitted }, feedback);
    })
    .catch(async (error: unknown) => {
      if (!(error instanceof AlreadySubmitted)) throw error;
      const stored = await db.mockAttempt.findFirstOrThrow({
        where: { id: attemptId, userId },
        select: { submittedAt: true, autoSubmitted: true, feedback: true },
      });
      if (!stored.submittedAt || !stored.feedback) throw new Error(`mock attempt ${attemptId} lost its submission`);
      return view(
        attemptId,
        { submittedAt: stored.submittedAt, autoSubmitted: stored.autoSubmitted },
        parseStoredFeedback(stored.feedback),
      );
    });
  return { ok: true, data: submitted };
}

class AlreadySubmitted extends Error {
  constructor() {
    super('already submitted');
  }
}
