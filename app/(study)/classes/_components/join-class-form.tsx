'use client';
import { useState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { TextField } from '@/components/ui/text-field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { joinClassAction } from '@/lib/server/actions/join-class-action';

/** Joins a class with the code the instructor shared. */
export function JoinClassForm() {
  const [code, setCode] = useState('');
  const [joined, setJoined] = useState<string | null>(null);
  const { pending, error, run } = useActionRunner();
  function onSubmit() {
    setJoined(null);
    run(
      () => joinClassAction({ code }),
      (result) => {
        setJoined(`You joined ${result.data.name}. Its decks are in your daily review.`);
        setCode('');
      },
    );
  }
  return (
    <ActionForm
      onSubmit={onSubmit}
      pending={pending}
      disabled={code.trim() === ''}
      submitLabel="Join class"
      pendingLabel="Joining…"
      footer={
        <p aria-live="polite" className="text-sm text-success">
          {joined}
        </p>
      }
    >
      <TextField
        label="Class code"
        name="code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="ABCDE-23456"
        error={error ?? undefined}
        className="rounded-lg border border-border bg-surface px-3 py-2 font-mono uppercase tracking-widest text-fg placeholder:text-fg-muted"
      />
    </ActionForm>
  );
}
