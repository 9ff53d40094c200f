'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { signUpAction } from '@/lib/server/actions/sign-up-action';

export function SignUpForm() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get('name') ?? '') || undefined,
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    setPending(true);
    setMessage(null);
    const result = await signUpAction(input);
    if (!result.ok) {
      setPending(false);
      setMessage(result.message);
      setFieldErrors(result.fieldErrors ?? {});
      return;
    }
    setFieldErrors({});
    const signedIn = await signIn('credentials', {
      email: result.data.email,
      password: input.password,
      redirect: false,
    });
    if (!signedIn || signedIn.error) {
      setPending(false);
      setMessage('Your account was created, but signing in failed. Please sign in.');
      return;
    }
    router.replace('/dashboard');
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" noValidate>
      <TextField label="Name (optional)" name="name" autoComplete="name" error={fieldErrors.name?.[0]} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email?.[0]} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={fieldErrors.password?.[0]}
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
        {pending ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
