'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { PASSWORD_HINT } from '@/lib/core/password-problem';
import { signUpAction } from '@/lib/server/actions/sign-up-action';

/** Creates the account, signs in, and goes to `callbackUrl` (already checked by safeCallbackUrl). */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
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
      // Each error once: beside its field when it has one (then no summary repeats it), else above the button.
      const errors = result.fieldErrors ?? {};
      const firstField = Object.keys(errors)[0];
      setFieldErrors(errors);
      setMessage(firstField ? null : result.message);
      const control = firstField ? formElement.elements.namedItem(firstField) : null;
      if (control instanceof HTMLInputElement) control.focus();
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
    router.replace(callbackUrl);
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
        // The rule is said once: as a hint, or as the error when the password breaks it.
        hint={fieldErrors.password ? undefined : PASSWORD_HINT}
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
