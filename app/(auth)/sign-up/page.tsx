import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Panel } from '@/components/ui/panel';
import { getCurrentUser } from '@/lib/server/auth';
import { SignUpForm } from '../_components/sign-up-form';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect('/dashboard');
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Create your account</h1>
      <Panel>
        <SignUpForm />
      </Panel>
      <p className="text-sm text-fg-muted">
        Already have an account?{' '}
        <Link href="/sign-in" className="font-medium text-accent underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
