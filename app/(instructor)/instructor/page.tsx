import type { Metadata } from 'next';
import { ComingSoon } from '@/components/ui/coming-soon';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';

export const metadata: Metadata = { title: 'Instructor' };

export default async function InstructorPage() {
  const user = await requireUser('/instructor');
  if (user.role === 'LEARNER') {
    return (
      <div>
        <PageHeader title="Instructors only" />
        <Panel>
          <p className="text-fg-muted" data-testid="forbidden">
            This area is for instructors. Your account is a learner account; ask an administrator if you teach a class.
          </p>
        </Panel>
      </div>
    );
  }
  return (
    <div>
      <PageHeader title="Instructor" description="Build decks, run classes and see what your cohort has learned." />
      <ComingSoon what="Deck building and class dashboards" />
    </div>
  );
}
