'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { issuePasswordResetAction } from '@/lib/server/actions/issue-password-reset-action';

/**
 * Makes a one-time password-reset link for a user and shows it once (it is stored only as a hash):
 * the admin passes it on by a channel they trust. Making another one replaces it.
 */
export function ResetLinkButton({ userId, email }: { userId: string; email: string }) {
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function issue() {
    if (!window.confirm(`Make a password-reset link for ${email}? Any earlier link for this account stops working.`))
      return;
    setPending(true);
    setError(null);
    const result = await issuePasswordResetAction({ userId });
    setPending(false);
    if (result.ok) setLink({ url: result.data.url, expiresAt: result.data.expiresAt });
    else setError(result.message);
  }

  if (link) {
    return (
      <div className="flex max-w-[22rem] flex-col items-start gap-1 text-left">
        <label className="text-xs text-fg-muted" htmlFor={`reset-${userId}`}>
          Reset link for {email}: shown once, works once, for 24 hours
        </label>
        <input
          id={`reset-${userId}`}
          readOnly
          value={link.url}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-md border border-border bg-surface px-2 py-1 font-mono text-xs text-fg"
        />
      </div>
    );
  }
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button variant="ghost" disabled={pending} onClick={() => void issue()}>
        Reset link<span className="sr-only"> ({email})</span>
      </Button>
      {error ? (
        <span className="text-xs text-danger" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
