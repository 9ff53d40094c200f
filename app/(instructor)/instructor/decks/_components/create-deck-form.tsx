'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
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
  return (
    <ActionForm
      onSubmit={() =>
        run(
          () => createDeckAction({ title, description }),
          (result) => router.push(`/instructor/decks/${result.data.deckId}`),
        )
      }
      pending={pending}
      submitLabel="Create deck"
      pendingLabel="Creating…"
      error={error}
    >
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
    </ActionForm>
  );
}
