'use client';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { joinClassAction } from '@/lib/server/actions/join-class-action';

/** Joins a class with the code the instructor shared. */
export function JoinClassForm() {
  const [code, setCode] = useState('');
  const [joined, setJoined] = useState<string | null>(null);
  const { pending, error, run } = useActionRunner();
  function onSubmit(event: FormEvent) {
    event.preventDefault();
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
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
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
      <Button type="submit" disabled={pending || code.trim() === ''} className="self-start">
        {pending ? 'Joining…' : 'Join class'}
      </Button>
      <p aria-live="polite" className="text-sm text-success">
        {joined}
      </p>
    </form>
  );
}
