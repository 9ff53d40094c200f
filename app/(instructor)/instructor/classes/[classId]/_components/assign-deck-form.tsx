'use client';
import { useState } from 'react';
import { submitWith } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { OptionGroup, SelectField } from '@/components/ui/select-field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { assignDeckAction } from '@/lib/server/actions/assign-deck-action';
import type { ClassOverview } from '@/lib/server/queries/get-class-overview';

/** Picks one of the instructor's decks or a library deck and assigns it to the class. */
export function AssignDeckForm({ classId, decks }: { classId: string; decks: ClassOverview['assignableDecks'] }) {
  const [deckId, setDeckId] = useState(decks[0]?.id ?? '');
  const { pending, error, run } = useActionRunner();
  const own = decks.filter((d) => d.kind === 'INSTRUCTOR');
  const library = decks.filter((d) => d.kind === 'CONTENT');
  const onSubmit = submitWith(() => run(() => assignDeckAction({ classId, deckId })));
  if (decks.length === 0) return <p className="text-sm text-fg-muted">Every deck is assigned already.</p>;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <SelectField
        id="assign-deck"
        label="Deck"
        name="deck"
        fieldClassName="flex min-w-0 flex-1 flex-col gap-1"
        value={deckId}
        onChange={(e) => setDeckId(e.target.value)}
      >
        {own.length > 0 ? (
          <OptionGroup
            label="Your decks"
            options={own.map((d) => ({ value: d.id, label: d.published ? d.title : `${d.title} (draft)` }))}
          />
        ) : null}
        <OptionGroup label="Library" options={library.map((d) => ({ value: d.id, label: d.title }))} />
      </SelectField>
      <Button type="submit" disabled={pending || !deckId}>
        {pending ? 'Assigning…' : 'Assign deck'}
      </Button>
      {error ? <p className="w-full text-sm text-danger">{error}</p> : null}
    </form>
  );
}
