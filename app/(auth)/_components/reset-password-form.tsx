'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { PASSWORD_HINT } from '@/lib/core/password-problem';
import { resetPasswordAction } from '@/lib/server/actions/reset-password-action';

/** Sets the new password with the link's token; on success, says so and links to sign in. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    setPending(true);
    setError(null);
    setMessage(null);
    const result = await resetPasswordAction({ token, password });
    setPending(false);
    if (result.ok) {
      setDone(true);
      return;
    }
    if (result.fieldErrors?.password?.[0]) setError(result.fieldErrors.password[0]);
    else setMessage(result.message);
  }

  if (done) {
    return (
      <p role="status">
        Your password is set, and every earlier session of your account has ended.{' '}
        <Link href="/sign-in" className="font-medium text-accent underline">
          Sign in
        </Link>{' '}
        with the new password.
      </p>
    );
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" noValidate>
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={error ? undefined : PASSWORD_HINT}
        error={error ?? undefined}
      />
      {message ? (
        <p
          className="rounded-lg border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger"
          data-testid="form-error"
        >
          {message}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? 'Setting your password…' : 'Set new password'}
      </Button>
    </form>
  );
}
