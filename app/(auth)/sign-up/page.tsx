import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Panel } from '@/components/ui/panel';
import { safeCallbackUrl } from '@/lib/core/safe-callback-url';
import { getCurrentUser } from '@/lib/server/auth';
import { authPageHref } from '@/lib/core/auth-page-href';
import { InviteNotice } from '../_components/invite-notice';
import { SignUpForm } from '../_components/sign-up-form';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  // Where to go once the account exists: a class invitation (/join/…) survives the detour through sign-up.
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Create your account</h1>
      <InviteNotice callbackUrl={callbackUrl} until="once your account exists" />
      <Panel>
        <SignUpForm callbackUrl={callbackUrl} />
      </Panel>
      <p className="text-sm text-fg-muted">
        Already have an account?{' '}
        <Link href={authPageHref('/sign-in', callbackUrl)} className="font-medium text-accent underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
