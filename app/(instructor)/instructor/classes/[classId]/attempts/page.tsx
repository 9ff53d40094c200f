import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LevelBadge } from '@/components/mock/level-badge';
import { buttonClass } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';
import { ClassIdSchema } from '@/lib/server/instructor/instructor-input';
import { getClassAttempts } from '@/lib/server/queries/get-class-attempts';
import { InstructorNav } from '../../../../_components/instructor-nav';
import { InstructorsOnly } from '../../../../_components/instructors-only';
import { formatDate } from '@/lib/core/format-date';
import { getTimeZone } from '@/lib/server/queries/get-time-zone';

type Props = { params: Promise<{ classId: string }> };

const COLUMNS = [
  'Student',
  'Prompt',
  'Submitted',
  'Grader',
  'You',
  'Student disagrees',
  { label: 'Open', srOnly: true },
];

export const metadata: Metadata = { title: 'Students’ mock answers' };

/** The class's submitted mock answers, to review: the grader's verdict, yours, and the student's disagreements. */
export default async function ClassAttemptsPage({ params }: Props) {
  const { classId } = await params;
  const user = await requireUser(`/instructor/classes/${encodeURIComponent(classId)}/attempts`);
  if (user.role === 'LEARNER') return <InstructorsOnly />;
  const id = ClassIdSchema.safeParse(classId);
  const [view, timeZone] = await Promise.all([
    id.success ? getClassAttempts(user, id.data) : null,
    getTimeZone(user.id),
  ]);
  if (!view) notFound();
  const reviewed = view.attempts.filter((a) => a.reviewVerdict !== null).length;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <BackLink href={`/instructor/classes/${view.classId}`}>{view.className}</BackLink>
        <PageHeader
          title="Students’ mock answers"
          description="Answers to the prompts assigned to this class. Open one to set your own level per criterion: the student sees it beside the grader’s."
        />
        <InstructorNav current="/instructor/classes" />
      </div>
      <Panel>
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">
            {view.attempts.length} {view.attempts.length === 1 ? 'answer' : 'answers'} · {reviewed} reviewed
          </h2>
          <a
            href={`/api/instructor/classes/${view.classId}/labelled-answers`}
            download
            className={buttonClass('ghost')}
            data-testid="download-labels"
          >
            Download labelled answers (JSON)
          </a>
        </div>
        <p className="mb-3 text-sm text-fg-muted">
          The download holds your reviews and the students’ disagreements as labelled answers, to check the grader with{' '}
          <code>npm run -s grader:eval -- file.json</code>.
        </p>
        <DataTable
          empty={<p className="text-fg-muted">No submitted answers yet.</p>}
          scrollLabel="Submitted answers"
          className="w-full min-w-[40rem] text-left text-sm"
          data-testid="attempts-table"
          caption="Submitted mock answers, newest first"
          columns={COLUMNS}
          rows={view.attempts}
        >
          {(a) => (
            <tr key={a.id} className="border-t border-border">
              <th scope="row" className="py-2 pr-2 font-medium">
                {a.student}
              </th>
              <td className="py-2 pr-2">{a.promptTitle}</td>
              <td className="py-2 pr-2">
                <time dateTime={a.submittedAt.toISOString()}>
                  {formatDate(a.submittedAt, timeZone, 'medium')}
                </time>
              </td>
              <td className="py-2 pr-2">
                <LevelBadge level={a.graderVerdict} />
              </td>
              <td className="py-2 pr-2">
                {a.reviewVerdict ? (
                  <LevelBadge level={a.reviewVerdict} />
                ) : (
                  <span className="text-fg-muted">not yet</span>
                )}
              </td>
              <td className="py-2 pr-2">
                {a.disagreements === 0 ? '—' : `${a.disagreements} ${a.disagreements === 1 ? 'criterion' : 'criteria'}`}
              </td>
              <td className="py-2 text-right">
                <Link
                  href={`/instructor/classes/${view.classId}/attempts/${a.id}`}
                  className={buttonClass('secondary')}
                >
                  {a.reviewVerdict ? 'Edit review' : 'Review'}
                  <span className="sr-only">
                    {' '}
                    {a.student}’s answer to {a.promptTitle}
                  </span>
                </Link>
              </td>
            </tr>
          )}
        </DataTable>
      </Panel>
    </div>
  );
}
