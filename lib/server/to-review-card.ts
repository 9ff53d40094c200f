import 'server-only';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { previewIntervals } from '@/lib/core/scheduler/preview-intervals';
import type { Flag } from '@/lib/core/cards/card-mark';
import type { ReviewState, SchedulerSettings } from '@/lib/core/scheduler/types';
import { parseCardSources } from './card-dto';
import type { ReviewCard } from './queries/get-review-queue';

/** The card columns the review screen needs. */
export const REVIEW_CARD_COLUMNS = { id: true, front: true, back: true, explanation: true, sources: true, dimensionId: true } as const;

export type CardRow = { id: string; front: string; back: string; explanation: string | null; sources: string; dimensionId: string | null };

/** A card row as the review screen shows it, with what each answer button would schedule. */
export function toReviewCard(
  card: CardRow,
  state: ReviewState | null,
  kind: ReviewCard['kind'],
  now: Date,
  settings: SchedulerSettings,
  flag: Flag = 0,
): ReviewCard {
  const preview = previewIntervals(state, now, settings);
  return {
    id: card.id,
    front: card.front,
    back: card.back,
    explanation: card.explanation,
    html: {
      front: markdownToSafeHtml(card.front),
      back: markdownToSafeHtml(card.back),
      explanation: card.explanation ? markdownToSafeHtml(card.explanation) : null,
    },
    sources: parseCardSources(card.sources),
    dimension: card.dimensionId,
    kind,
    flag,
    intervals: { again: preview.again.label, hard: preview.hard.label, good: preview.good.label, easy: preview.easy.label },
  };
}
