'use client';
import { signOut } from 'next-auth/react';
import { useState, useTransition, type FormEvent } from 'react';
import { StatusMessage } from '@/components/ui/status-message';
import { TextField } from '@/components/ui/text-field';
import { deleteAccountAction } from '@/lib/server/actions/delete-account-action';

/** Deleting the account: the password and a tick to confirm, then sign-out to the home page. */
export function DeleteAccountForm() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await deleteAccountAction({
        password: String(form.get('password') ?? ''),
        confirm: form.get('confirm') === 'on',
      });
      if (!result.ok) {
        setError(result.message);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      await signOut({ callbackUrl: '/?account=deleted' });
    });
  }

  return (
    <form onSubmit={submit} className="flex max-w-md flex-col gap-4" noValidate>
      <TextField
        id="delete-password"
        name="password"
        type="password"
        autoComplete="current-password"
        label="Your password"
        error={fieldErrors.password?.[0]}
        required
      />
      <div className="flex flex-col gap-1">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="confirm"
            className="mt-1"
            aria-invalid={fieldErrors.confirm ? true : undefined}
            aria-describedby={fieldErrors.confirm ? 'delete-confirm-error' : undefined}
          />
          <span>I understand that my account and everything above is deleted for good.</span>
        </label>
        {fieldErrors.confirm ? (
          <p id="delete-confirm-error" className="text-sm text-danger">
            {fieldErrors.confirm[0]}
          </p>
        ) : null}
      </div>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="inline-flex items-center justify-center rounded-lg border border-danger bg-surface px-4 py-2 text-sm font-medium text-danger transition hover:bg-muted disabled:cursor-not-allowed disabled:opacity-50"
        >
          {pending ? 'Deleting…' : 'Delete my account'}
        </button>
      </div>
      <StatusMessage error={error} success={null} />
    </form>
  );
}
