import type { Metadata } from 'next';
import Link from 'next/link';
import { ItemListSection } from '@/components/ui/item-list-section';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { formatJoinCode } from '@/lib/core/classes/format-join-code';
import { requireUser } from '@/lib/server/auth';
import { getInstructorClasses } from '@/lib/server/queries/get-instructor-classes';
import { InstructorNav } from '../../_components/instructor-nav';
import { InstructorsOnly } from '../../_components/instructors-only';
import { CreateClassForm } from './_components/create-class-form';

export const metadata: Metadata = { title: 'Your classes' };

export default async function InstructorClassesPage() {
  const user = await requireUser('/instructor/classes');
  if (user.role === 'LEARNER') return <InstructorsOnly />;
  const classes = await getInstructorClasses(user);
  return (
    <div>
      <PageHeader
        title="Classes"
        description="Invite students with a code, assign decks and prompts, and see what they know."
      />
      <InstructorNav current="/instructor/classes" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <ItemListSection
          headingId="classes-heading"
          title="Your classes"
          items={classes}
          empty="No classes yet. Create one to get a join code for your students."
        >
          {(c) => (
            <>
              <Link
                href={`/instructor/classes/${c.id}`}
                className="text-lg font-semibold text-accent underline-offset-2 hover:underline"
              >
                {c.name}
              </Link>
              <p className="mt-1 text-sm text-fg-muted">
                {c.students} {c.students === 1 ? 'student' : 'students'} · {c.decks} {c.decks === 1 ? 'deck' : 'decks'}{' '}
                · code <code className="font-mono">{formatJoinCode(c.joinCode)}</code>
                {c.owner ? ` · ${c.owner}` : ''}
              </p>
            </>
          )}
        </ItemListSection>
        <Panel title="New class">
          <CreateClassForm />
        </Panel>
      </div>
    </div>
  );
}
