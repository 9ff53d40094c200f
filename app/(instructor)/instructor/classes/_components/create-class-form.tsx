'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { TextField } from '@/components/ui/text-field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { createClassAction } from '@/lib/server/actions/create-class-action';

/** Names a new class; opens it (with its join code) once created. */
export function CreateClassForm() {
  const router = useRouter();
  const [name, setName] = useState('');
  const { pending, error, fieldErrors, run } = useActionRunner();
  return (
    <ActionForm
      onSubmit={() =>
        run(
          () => createClassAction({ name }),
          (result) => router.push(`/instructor/classes/${result.data.classId}`),
        )
      }
      pending={pending}
      submitLabel="Create class"
      pendingLabel="Creating…"
      error={fieldErrors.name ? null : error}
    >
      <TextField
        label="Class name"
        name="class-name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={100}
        error={fieldErrors.name?.[0]}
      />
    </ActionForm>
  );
}
