import 'server-only';
import { isCardHeld } from '@/lib/core/cards/is-card-held';
import { rowToReviewState } from '../review-state-row';
import { reviewStateRepository } from '../review-state/review-state-repository';
import { toReviewCard } from '../to-review-card';
import type { ReviewQueue } from './get-review-queue';
import { getStudySettings } from './get-study-settings';

/**
 * A review session of chosen cards (e.g. what a quiz showed the learner doesn't know), in the
 * given order, whether due or not. Only cards the learner may study; retired, suspended and buried cards are skipped.
 */
export async function getFocusQueue(userId: string, now: Date, cardIds: string[]): Promise<ReviewQueue> {
  const repository = reviewStateRepository();
  const [settings, cards, states, marks] = await Promise.all([
    getStudySettings(userId),
    repository.studyableCards(userId, cardIds),
    repository.states(userId, cardIds),
    repository.queue.marks(userId, now),
  ]);
  // Suspended and buried cards stay out of every queue, this one too (ADR 022).
  const held = new Set(marks.filter((m) => isCardHeld(m, now)).map((m) => m.cardId));
  const flagOf = new Map(marks.map((m) => [m.cardId, m.flag]));
  const byId = new Map(cards.map((c) => [c.id, c]));
  const stateOf = new Map(states.map((s) => [s.cardId, rowToReviewState(s)]));
  const counts = { new: 0, learning: 0, review: 0 };
  const ordered = cardIds.flatMap((id) => {
    const card = byId.get(id);
    if (!card || held.has(id)) return [];
    const state = stateOf.get(id) ?? null;
    const kind = !state || state.phase === 'new' ? 'new' : state.phase === 'review' ? 'review' : 'learning';
    counts[kind] += 1;
    return [toReviewCard(card, state, kind, now, settings.scheduler, flagOf.get(id) ?? 0)];
  });
  // Progress in a focus session is the session's own: the client counts it.
  return { cards: ordered, counts, doneToday: 0, nextDue: null };
}
