import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/ui/back-link';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { ClassIdSchema } from '@/lib/server/instructor/instructor-input';
import { setClassArchivedAction } from '@/lib/server/actions/set-class-archived-action';
import { getClassDashboard } from '@/lib/server/queries/get-class-dashboard';
import { getClassOverview } from '@/lib/server/queries/get-class-overview';
import { InstructorNav } from '../../../_components/instructor-nav';
import { InstructorsOnly } from '../../../_components/instructors-only';
import { AssignedDecksPanel } from './_components/assigned-decks-panel';
import { AssignedPromptsPanel } from './_components/assigned-prompts-panel';
import { CardTable } from './_components/card-table';
import { ClassSummaryPanel } from './_components/class-summary-panel';
import { DimensionsPanel } from './_components/dimensions-panel';
import { JoinCodePanel } from './_components/join-code-panel';
import { MisconceptionsPanel } from './_components/misconceptions-panel';
import { StudentsSection } from './_components/students-section';

type Props = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: 'Class dashboard' };

export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const user = await requireUser(`/instructor/classes/${encodeURIComponent(classId)}`);
  if (user.role === 'LEARNER') return <InstructorsOnly />;
  const id = ClassIdSchema.safeParse(classId);
  const now = new Date();
  const [overview, dashboard] = id.success
    ? await Promise.all([getClassOverview(user, id.data), getClassDashboard(user, id.data, now)])
    : [null, null];
  if (!overview || !dashboard) notFound();
  const students = overview.members.length;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <BackLink href="/instructor/classes">All classes</BackLink>
        <PageHeader
          title={overview.name}
          description={
            <>
              {`${students} ${students === 1 ? 'student' : 'students'} · ${dashboard.summary.cards} cards assigned`}
              <span className="mt-1 block text-sm" data-testid="dashboard-scope">
                Counts only what each student did after joining this class, on the decks and prompts assigned to it.
              </span>
            </>
          }
          actions={
            <ConfirmAction
              action={setClassArchivedAction}
              input={{ classId: overview.id, archived: true }}
              label="Archive class"
              title={`Archive “${overview.name}”?`}
              confirmLabel="Archive class"
              redirectTo="/instructor/classes"
              popover
            >
              <p>
                <strong className="text-fg">Students’ progress is kept.</strong> The class leaves its {students}{' '}
                {students === 1 ? 'student’s' : 'students’'} class list, its decks and prompts leave their review
                queues, and the join code stops working. Everything they learned stays in their history and stats.
              </p>
              <p>
                Members and assignments are kept: restore the class from “Archived classes” to bring it back as it was.
              </p>
            </ConfirmAction>
          }
        />
        <InstructorNav current="/instructor/classes" />
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel title="Invite students">
          <JoinCodePanel classId={overview.id} joinCode={overview.joinCode} origin={publicOrigin()} />
        </Panel>
        <ClassSummaryPanel classId={overview.id} dashboard={dashboard} />
      </div>

      <StudentsSection classId={overview.id} students={dashboard.students} />

      <div className="grid gap-6 lg:grid-cols-2">
        <DimensionsPanel dimensions={dashboard.dimensions} />
        <MisconceptionsPanel misconceptions={dashboard.misconceptions} />
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel title="Cards" description="Least known first.">
          <CardTable
            rows={[...dashboard.cards].sort((a, b) => a.known - b.known || b.lapses - a.lapses)}
            caption="Share of the class that knows each card"
            empty="No cards assigned yet."
          />
        </Panel>
        <Panel title="Most lapses" description="Cards the class forgot after learning them.">
          <CardTable rows={dashboard.mostLapsed} caption="Cards with the most lapses" empty="No lapses yet." />
        </Panel>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <AssignedDecksPanel overview={overview} />
        <AssignedPromptsPanel overview={overview} />
      </div>
    </div>
  );
}
