import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Panel } from '@/components/ui/panel';
import { safeCallbackUrl } from '@/lib/core/safe-callback-url';
import { authPageHref } from '@/lib/core/auth-page-href';
import { InviteNotice } from '../_components/invite-notice';
import { getCurrentUser } from '@/lib/server/auth';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/server/demo-accounts';
import { env } from '@/lib/server/env';
import { SignInForm } from '../_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <InviteNotice callbackUrl={callbackUrl} until="once you are signed in" />
      <Panel>
        <SignInForm callbackUrl={callbackUrl} />
      </Panel>
      <p className="text-sm text-fg-muted">
        New here?{' '}
        <Link href={authPageHref('/sign-up', callbackUrl)} className="font-medium text-accent underline">
          Create an account
        </Link>
      </p>
      {env().DEMO_DATA ? (
        <Panel className="text-sm">
          <h2 className="font-semibold">Demo accounts</h2>
          <p className="mt-1 text-fg-muted">
            Password for all: <code className="rounded bg-muted px-1">{DEMO_PASSWORD}</code>
          </p>
          <ul className="mt-2 list-inside list-disc">
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a.email}>
                <code>{a.email}</code> ({a.role.toLowerCase()})
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
    </div>
  );
}
