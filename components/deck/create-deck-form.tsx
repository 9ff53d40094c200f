'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { createDeckAction } from '@/lib/server/actions/create-deck-action';
import { createPersonalDeckAction } from '@/lib/server/actions/create-personal-deck-action';

const KINDS = {
  INSTRUCTOR: {
    create: createDeckAction,
    href: '/instructor/decks/',
    hint: 'Markdown. Students see it with the deck.',
  },
  PERSONAL: { create: createPersonalDeckAction, href: '/decks/personal/', hint: 'Markdown. Only you see this deck.' },
} as const;

/**
 * Title and description of a new deck — an instructor's draft deck, or a learner's personal deck
 * (`kind`) — then opens its editor, or hands the new id to `onCreated`.
 */
export function CreateDeckForm({
  kind = 'INSTRUCTOR',
  onCreated,
}: {
  kind?: keyof typeof KINDS;
  onCreated?: (deckId: string, title: string) => void;
}) {
  const router = useRouter();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const { pending, error, fieldErrors, run } = useActionRunner();
  return (
    <ActionForm
      onSubmit={() =>
        run(
          () => KINDS[kind].create({ title, description }),
          (result) =>
            onCreated ? onCreated(result.data.deckId, title) : router.push(`${KINDS[kind].href}${result.data.deckId}`),
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
        hint={KINDS[kind].hint}
        error={fieldErrors.description?.[0]}
      />
    </ActionForm>
  );
}
