import type { Metadata } from 'next';
import Link from 'next/link';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { ItemListSection } from '@/components/ui/item-list-section';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { formatJoinCode } from '@/lib/core/classes/format-join-code';
import { requireUser } from '@/lib/server/auth';
import { deleteClassAction } from '@/lib/server/actions/delete-class-action';
import { setClassArchivedAction } from '@/lib/server/actions/set-class-archived-action';
import { getInstructorClasses } from '@/lib/server/queries/get-instructor-classes';
import { InstructorNav } from '../../_components/instructor-nav';
import { InstructorsOnly } from '../../_components/instructors-only';
import { CreateClassForm } from './_components/create-class-form';

export const metadata: Metadata = { title: 'Your classes' };

export default async function InstructorClassesPage() {
  const user = await requireUser('/instructor/classes');
  if (user.role === 'LEARNER') return <InstructorsOnly />;
  const [classes, archived] = await Promise.all([
    getInstructorClasses(user),
    getInstructorClasses(user, { archived: true }),
  ]);
  return (
    <div>
      <PageHeader
        title="Classes"
        description="Invite students with a code, assign decks and prompts, and see what they know."
      />
      <InstructorNav current="/instructor/classes" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex flex-col gap-6">
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
                  {c.students} {c.students === 1 ? 'student' : 'students'} · {c.decks}{' '}
                  {c.decks === 1 ? 'deck' : 'decks'} · code{' '}
                  <code className="font-mono">{formatJoinCode(c.joinCode)}</code>
                  {c.owner ? ` · ${c.owner}` : ''}
                </p>
              </>
            )}
          </ItemListSection>
          {archived.length > 0 ? (
            <ItemListSection
              headingId="archived-classes-heading"
              title="Archived classes"
              items={archived}
              empty={null}
            >
              {(c) => (
                <div data-testid="archived-class">
                  <p className="font-semibold">{c.name}</p>
                  <p className="mt-1 text-sm text-fg-muted">
                    {c.students} {c.students === 1 ? 'student' : 'students'} · {c.decks}{' '}
                    {c.decks === 1 ? 'deck' : 'decks'} · hidden from students, progress kept
                    {c.owner ? ` · ${c.owner}` : ''}
                  </p>
                  <div className="mt-3 flex flex-wrap items-start gap-2">
                    <ConfirmAction
                      action={setClassArchivedAction}
                      input={{ classId: c.id, archived: false }}
                      label={
                        <>
                          Restore<span className="sr-only"> {c.name}</span>
                        </>
                      }
                      title={`Restore “${c.name}”?`}
                      confirmLabel="Restore class"
                    >
                      <p>
                        It comes back as it was: its {c.students} {c.students === 1 ? 'student' : 'students'} see it
                        again, its decks and prompts return to their queues with their progress where they left it, and
                        the join code works again.
                      </p>
                    </ConfirmAction>
                    <ConfirmAction
                      action={deleteClassAction}
                      input={{ classId: c.id }}
                      label={
                        <>
                          Delete<span className="sr-only"> {c.name}</span>
                        </>
                      }
                      title={`Delete “${c.name}” for good?`}
                      confirmLabel="Delete class"
                      danger
                    >
                      <p>
                        <strong className="text-fg">Students keep their progress.</strong> Their accounts, review
                        history, card progress and quiz and mock attempts are theirs and stay. Your decks stay too.
                      </p>
                      <p>
                        Removed: the class, its {c.students} {c.students === 1 ? 'membership' : 'memberships'}, its{' '}
                        {c.decks} deck {c.decks === 1 ? 'assignment' : 'assignments'} and its prompt assignments (with
                        their due dates). This can’t be undone.
                      </p>
                    </ConfirmAction>
                  </div>
                </div>
              )}
            </ItemListSection>
          ) : null}
        </div>
        <Panel title="New class">
          <CreateClassForm />
        </Panel>
      </div>
    </div>
  );
}
