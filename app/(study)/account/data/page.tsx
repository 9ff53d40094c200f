import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { formatList } from '@/lib/core/format-list';
import { requireUser } from '@/lib/server/auth';
import { getLearnerClasses } from '@/lib/server/queries/get-learner-classes';
import { DeleteAccountForm } from './_components/delete-account-form';

export const metadata: Metadata = { title: 'Your data' };

export default async function YourDataPage() {
  const user = await requireUser('/account/data');
  const classes = await getLearnerClasses(user.id);
  const names = classes.map((c) => c.name);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <PageHeader
        title="Your data"
        description={`Everything Delight keeps about ${user.email}, yours to take or delete.`}
      />

      <Panel
        title="Download your data"
        description="One JSON file: your account, settings, every review and card state, quiz and mock interview attempts (with drafts, feedback and instructors’ reviews), and your classes."
      >
        <a href="/api/account/export" download className={buttonClass('secondary')}>
          Download my data (JSON)
        </a>
      </Panel>

      <Panel title="Classes">
        {names.length === 0 ? (
          <p className="text-sm text-fg-muted">You are not in any class.</p>
        ) : (
          <p className="text-sm">
            You are in {formatList(names, 'and')}. Leave a class on the{' '}
            <Link href="/classes" className="underline">
              Classes
            </Link>{' '}
            page: its instructor then no longer sees you, and your progress stays yours.
          </p>
        )}
      </Panel>

      <Panel title="Delete your account">
        <div className="mb-4 flex flex-col gap-2 text-sm" data-testid="delete-consequences">
          <p>Deleting your account removes, for good:</p>
          <ul className="ml-5 list-disc">
            <li>your reviews, card progress and settings;</li>
            <li>your quizzes and mock interviews, with their feedback and any instructor’s review of them;</li>
            <li>your sign-in: you can’t sign in again with this email unless you sign up anew.</li>
          </ul>
          <p>
            {names.length === 0
              ? 'You are in no class, so no instructor sees your work.'
              : `Your instructors in ${formatList(names, 'and')} will no longer see you: you leave their class lists, and your reviews, mock interviews and quiz traps leave their dashboards and downloads.`}
          </p>
          <p className="text-fg-muted">Download your data first if you want to keep a copy.</p>
        </div>
        <DeleteAccountForm />
      </Panel>
    </div>
  );
}
