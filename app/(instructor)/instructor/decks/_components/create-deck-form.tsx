'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { createDeckAction } from '@/lib/server/actions/create-deck-action';

/** Title and description of a new draft deck; opens the deck builder once created. */
export function CreateDeckForm() {
  const router = useRouter();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const { pending, error, fieldErrors, run } = useActionRunner();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(
      () => createDeckAction({ title, description }),
      (result) => router.push(`/instructor/decks/${result.data.deckId}`),
    );
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <TextField
        label="Title"
        name="title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={120}
        required
        error={fieldErrors.title?.[0]}
      />
      <TextArea
        label="Description"
        name="description"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        rows={3}
        maxLength={2000}
        required
        hint="Markdown. Students see it with the deck."
        error={fieldErrors.description?.[0]}
      />
      {error ? <p className="text-sm text-danger">{error}</p> : null}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? 'Creating…' : 'Create deck'}
      </Button>
    </form>
  );
}
