import type { ContentBundle, ContentSummary } from '@/lib/core/content/types';

/** The `content:check --json` summary (DESIGN.md §2), without `errors`. */
export function summarizeContent(bundle: ContentBundle): ContentSummary {
  return {
    decks: bundle.decks.map((d) => ({ id: d.id, cards: d.cards.length })),
    comparisons: bundle.comparisons.map((c) => ({ id: c.id, dimensions: c.dimensions.map((d) => d.id) })),
    misconceptions: bundle.misconceptions.map((m) => m.id),
    prompts: bundle.prompts.map((p) => p.id),
    quizItems: bundle.quizItems.length,
  };
}
