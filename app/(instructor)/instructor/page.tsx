import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';
import { getInstructorClasses } from '@/lib/server/queries/get-instructor-classes';
import { getInstructorDecks } from '@/lib/server/queries/get-instructor-decks';
import { InstructorNav } from '../_components/instructor-nav';
import { InstructorsOnly } from '../_components/instructors-only';

export const metadata: Metadata = { title: 'Instructor' };

export default async function InstructorPage() {
  const user = await requireUser('/instructor');
  if (user.role === 'LEARNER') return <InstructorsOnly />;
  const [decks, classes] = await Promise.all([getInstructorDecks(user), getInstructorClasses(user)]);
  const published = decks.filter((d) => d.published).length;
  const students = classes.reduce((n, c) => n + c.students, 0);
  const sections = [
    {
      href: '/instructor/decks',
      title: 'Decks',
      text: `${decks.length} ${decks.length === 1 ? 'deck' : 'decks'}, ${published} published. Curate cards from the library, write your own, import and export them.`,
    },
    {
      href: '/instructor/classes',
      title: 'Classes',
      text: `${classes.length} ${classes.length === 1 ? 'class' : 'classes'}, ${students} ${students === 1 ? 'student' : 'students'}. Invite with a code, assign decks and prompts, and see who knows what.`,
    },
    ...(user.role === 'ADMIN'
      ? [{ href: '/admin/users', title: 'Users', text: 'Make a learner an instructor (administrators only).' }]
      : []),
  ];
  return (
    <div>
      <PageHeader title="Instructor" description="Build decks, run classes and see what your cohort has learned." />
      <InstructorNav current="/instructor" />
      <div className="grid gap-4 sm:grid-cols-2">
        {sections.map((s) => (
          <Panel key={s.href}>
            <h2 className="text-lg font-semibold">
              <Link href={s.href} className="text-accent underline-offset-2 hover:underline">
                {s.title}
              </Link>
            </h2>
            <p className="mt-1 text-fg-muted">{s.text}</p>
          </Panel>
        ))}
      </div>
    </div>
  );
}
