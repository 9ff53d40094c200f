'use client';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { assignDeckAction } from '@/lib/server/actions/assign-deck-action';
import type { ClassOverview } from '@/lib/server/queries/get-class-overview';

/** Picks one of the instructor's decks or a library deck and assigns it to the class. */
export function AssignDeckForm({ classId, decks }: { classId: string; decks: ClassOverview['assignableDecks'] }) {
  const [deckId, setDeckId] = useState(decks[0]?.id ?? '');
  const { pending, error, run } = useActionRunner();
  const own = decks.filter((d) => d.kind === 'INSTRUCTOR');
  const library = decks.filter((d) => d.kind === 'CONTENT');
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(() => assignDeckAction({ classId, deckId }));
  }
  if (decks.length === 0) return <p className="text-sm text-fg-muted">Every deck is assigned already.</p>;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <Field id="assign-deck" label="Deck" className="flex min-w-0 flex-1 flex-col gap-1">
        <select
          id="assign-deck"
          value={deckId}
          onChange={(e) => setDeckId(e.target.value)}
          className="w-full min-w-0 rounded-lg border border-border bg-surface px-3 py-2 text-fg"
        >
          {own.length > 0 ? (
            <optgroup label="Your decks">
              {own.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                  {d.published ? '' : ' (draft)'}
                </option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label="Library">
            {library.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </optgroup>
        </select>
      </Field>
      <Button type="submit" disabled={pending || !deckId}>
        {pending ? 'Assigning…' : 'Assign deck'}
      </Button>
      {error ? <p className="w-full text-sm text-danger">{error}</p> : null}
    </form>
  );
}
