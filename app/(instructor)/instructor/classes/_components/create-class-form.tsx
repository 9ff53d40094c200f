'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { createClassAction } from '@/lib/server/actions/create-class-action';

/** Names a new class; opens it (with its join code) once created. */
export function CreateClassForm() {
  const router = useRouter();
  const [name, setName] = useState('');
  const { pending, error, fieldErrors, run } = useActionRunner();
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(
      () => createClassAction({ name }),
      (result) => router.push(`/instructor/classes/${result.data.classId}`),
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <TextField
        label="Class name"
        name="class-name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={100}
        error={fieldErrors.name?.[0]}
      />
      {error && !fieldErrors.name ? <p className="text-sm text-danger">{error}</p> : null}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? 'Creating…' : 'Create class'}
      </Button>
    </form>
  );
}
