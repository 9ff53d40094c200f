'use client';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { updateDeckAction } from '@/lib/server/actions/update-deck-action';

/** The deck's title and description. */
export function DeckDetailsForm({
  deckId,
  title,
  description,
}: {
  deckId: string;
  title: string;
  description: string;
}) {
  const [values, setValues] = useState({ title, description });
  const [saved, setSaved] = useState(false);
  const { pending, error, fieldErrors, run } = useActionRunner();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    run(
      () => updateDeckAction({ deckId, ...values }),
      () => setSaved(true),
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <TextField
        label="Title"
        name="deck-title"
        value={values.title}
        maxLength={120}
        onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
        error={fieldErrors.title?.[0]}
      />
      <TextArea
        label="Description"
        name="deck-description"
        value={values.description}
        rows={3}
        maxLength={2000}
        onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))}
        error={fieldErrors.description?.[0]}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? 'Saving…' : 'Save details'}
        </Button>
        <StatusMessage error={error} success={saved ? 'Saved.' : null} />
      </div>
    </form>
  );
}
