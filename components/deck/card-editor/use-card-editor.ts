'use client';
import { useState } from 'react';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { saveDeckCardAction } from '@/lib/server/actions/save-deck-card-action';
import { savePersonalCardAction } from '@/lib/server/actions/save-personal-card-action';
import type { BuilderCard } from '@/lib/server/queries/get-deck-builder';
import { draftForNextCard, draftFromCard, draftToInput, type CardDraft } from './card-draft';

/** Whose deck the editor writes to: an instructor's, or a learner's personal deck (the same mutation, scoped by kind). */
export type CardEditorKind = 'INSTRUCTOR' | 'PERSONAL';

const SAVE = { INSTRUCTOR: saveDeckCardAction, PERSONAL: savePersonalCardAction } as const;

/**
 * The card editor's fields and its save: editing a card says "saved"; adding one clears the texts
 * for the next card. `onDone` runs after either (e.g. to close an inline editor). `initial` starts a
 * new card from given fields (a card made from a missed quiz question or mock gap).
 */
export function useCardEditor(
  deckId: string,
  card: BuilderCard | undefined,
  onDone: (() => void) | undefined,
  kind: CardEditorKind = 'INSTRUCTOR',
  initial?: CardDraft,
) {
  const [draft, setDraft] = useState(() => initial ?? draftFromCard(card));
  const [saved, setSaved] = useState<string | null>(null);
  const { pending, error, fieldErrors, run } = useActionRunner();

  const set = <K extends keyof CardDraft>(field: K, value: CardDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));

  function save() {
    setSaved(null);
    run(
      () => SAVE[kind](draftToInput(deckId, card?.id, draft)),
      () => {
        if (card) setSaved('Card saved.');
        else {
          setDraft(draftForNextCard);
          setSaved('Card added to the end of the deck.');
        }
        onDone?.();
      },
    );
  }

  return { draft, set, save, saved, pending, error, fieldErrors };
}
