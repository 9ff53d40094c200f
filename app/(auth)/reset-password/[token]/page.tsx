import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { Panel } from '@/components/ui/panel';
import { getPasswordResetStatus } from '@/lib/server/queries/get-password-reset-status';
import { ResetPasswordForm } from '../../_components/reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password', referrer: 'no-referrer' };

const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** A one-time link an administrator made (issue 17 §13): choose a new password; every session of the account ends. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const parsed = TokenSchema.safeParse((await params).token);
  const usable = parsed.success && (await getPasswordResetStatus(parsed.data, new Date())) === 'usable';
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Choose a new password</h1>
      <Panel>
        {usable && parsed.success ? (
          <ResetPasswordForm token={parsed.data} />
        ) : (
          <p className="text-fg-muted" data-testid="reset-unusable">
            This reset link is invalid, used or expired. Ask an administrator for a new one.
          </p>
        )}
      </Panel>
      <p className="text-sm text-fg-muted">
        Remembered it?{' '}
        <Link href="/sign-in" className="font-medium text-accent underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
