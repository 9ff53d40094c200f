'use client';
import Link from 'next/link';
import { useId, useState } from 'react';
import { CardEditor, type CardEditorOptions } from '@/components/deck/card-editor/card-editor';
import type { CardDraft } from '@/components/deck/card-editor/card-draft';
import { CardPreview } from '@/components/deck/card-editor/card-preview';
import { CreateDeckForm } from '@/components/deck/create-deck-form';
import { Panel } from '@/components/ui/panel';
import { SelectField } from '@/components/ui/select-field';

type Option = { value: string; label: string };

/**
 * Chooses the personal deck (or creates the first one, inline) and shows the card editor prefilled
 * with the missed question or gap. Saving adds the card to that deck.
 */
export function AddSourcedCard({
  decks: initialDecks,
  draft,
  options,
}: {
  decks: Option[];
  draft: CardDraft;
  options: CardEditorOptions;
}) {
  const id = useId();
  const [decks, setDecks] = useState(initialDecks);
  const [deckId, setDeckId] = useState(initialDecks[0]?.value ?? '');
  const chosen = decks.find((d) => d.value === deckId);

  return (
    <div className="flex flex-col gap-4">
      <Panel>
        {decks.length === 0 ? (
          <>
            <h2 className="mb-1 text-lg font-semibold">First, create your deck</h2>
            <p className="mb-3 text-sm text-fg-muted">You have no deck of your own yet. The card below goes into it.</p>
            <CreateDeckForm
              kind="PERSONAL"
              onCreated={(newId, title) => {
                setDecks([{ value: newId, label: title }]);
                setDeckId(newId);
              }}
            />
          </>
        ) : (
          <div className="flex flex-wrap items-end gap-3">
            <SelectField
              id={`${id}-deck`}
              label="Into your deck"
              name="deck"
              options={decks}
              value={deckId}
              onChange={(e) => setDeckId(e.target.value)}
            />
            {chosen ? (
              <Link href={`/decks/personal/${chosen.value}`} className="pb-2 text-sm text-accent underline">
                Open “{chosen.label}”
              </Link>
            ) : null}
          </div>
        )}
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">The card</h2>
        {chosen ? (
          <CardEditor key={chosen.value} deckId={chosen.value} options={options} kind="PERSONAL" initial={draft} />
        ) : (
          <CardPreview draft={draft} />
        )}
      </Panel>
    </div>
  );
}
