import type { OwnCardInput } from '@/lib/server/instructor/instructor-input';
import type { Option } from '@/lib/server/queries/get-library-options';
import type { BuilderCard } from '@/lib/server/queries/get-deck-builder';

/** The card editor's fields as typed: tags as one line of words, "" for no dimension or misconception. */
export type CardDraft = {
  front: string;
  back: string;
  explanation: string;
  tags: string;
  dimension: string;
  misconception: string;
  sources: string[];
};

/** The editor's starting fields: the card's own, or empty for a new card. */
export function draftFromCard(card: BuilderCard | undefined): CardDraft {
  return {
    front: card?.front ?? '',
    back: card?.back ?? '',
    explanation: card?.explanation ?? '',
    tags: card?.tags.join(' ') ?? '',
    dimension: card?.comparison && card.dimension ? `${card.comparison}/${card.dimension}` : '',
    misconception: card?.misconception ?? '',
    sources: card?.sources ?? [],
  };
}

/** What the save action is sent: tags split on spaces, commas or semicolons; "" choices as null. */
export function draftToInput(deckId: string, cardId: string | undefined, draft: CardDraft): OwnCardInput {
  return {
    deckId,
    ...(cardId ? { cardId } : {}),
    front: draft.front,
    back: draft.back,
    explanation: draft.explanation,
    tags: draft.tags.split(/[\s,;]+/).filter(Boolean),
    dimension: draft.dimension || null,
    misconception: draft.misconception || null,
    sources: draft.sources,
  };
}

/** After adding a card, the texts clear for the next one; tags, dimension, misconception and sources stay. */
export const draftForNextCard = (draft: CardDraft): CardDraft => ({ ...draft, front: '', back: '', explanation: '' });

/** The sources to list: every chosen one, and the rest whose id or title contains the filter (any case). */
export function visibleSources(options: readonly Option[], chosen: readonly string[], filter: string): Option[] {
  const words = filter.trim().toLowerCase();
  return options.filter((s) => chosen.includes(s.value) || `${s.value} ${s.label}`.toLowerCase().includes(words));
}

/** The chosen sources with `value` ticked on or off. */
export const toggleSource = (chosen: readonly string[], value: string, on: boolean): string[] =>
  on ? [...chosen, value] : chosen.filter((v) => v !== value);

/** The first error on the tags (the action reports them per tag, as `tags.0`, `tags.1`, …). */
export const firstTagError = (fieldErrors: Record<string, string[]>) =>
  Object.entries(fieldErrors).find(([key]) => key.startsWith('tags'))?.[1]?.[0];
