import { StudentActivityChart } from '@/components/instructor/student-activity-chart';
import { ActionButton } from '@/components/ui/action-button';
import { buttonClass } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Panel } from '@/components/ui/panel';
import type { StudentRow } from '@/lib/core/classes/dashboard-types';
import { removeClassMemberAction } from '@/lib/server/actions/remove-class-member-action';
import { formatShare } from './format-share';
import { formatDays } from '@/lib/core/format-days';

const COLUMNS = [
  'Student',
  { label: 'Reviews (7 days)', align: 'right' },
  { label: 'Streak', align: 'right' },
  { label: 'Retention (30 days)', align: 'right' },
  { label: 'Cards known', align: 'right' },
  'Mock interviews',
  { label: 'Actions', srOnly: true },
] as const;

/** Each student's activity (chart and table) and a way to remove them from the class. */
export function StudentsSection({ classId, students }: { classId: string; students: StudentRow[] }) {
  return (
    <Panel>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Students</h2>
        <a
          href={`/api/instructor/classes/${classId}/dashboard?table=students`}
          download
          className={buttonClass('ghost')}
        >
          Download CSV
        </a>
      </div>
      {students.length === 0 ? (
        <p className="text-fg-muted">No students yet. Share the join code or link.</p>
      ) : (
        <>
          <StudentActivityChart students={students.map((s) => ({ name: s.name ?? s.email, reviews: s.reviews7d }))} />
          <DataTable
            scrollLabel="Students table"
            scrollClassName="relative mt-3 overflow-x-auto"
            className="w-full min-w-[44rem] text-left text-sm"
            data-testid="students-table"
            caption="Each student’s activity and progress on the assigned cards"
            columns={COLUMNS}
            rows={students}
          >
            {(s) => <StudentTableRow key={s.id} classId={classId} student={s} />}
          </DataTable>
        </>
      )}
    </Panel>
  );
}

function StudentTableRow({ classId, student: s }: { classId: string; student: StudentRow }) {
  const name = s.name ?? s.email;
  return (
    <tr className="border-t border-border">
      <th scope="row" className="py-2 pr-2 font-normal">
        <span className="block font-medium">{name}</span>
        {s.name ? <span className="block text-xs text-fg-muted">{s.email}</span> : null}
      </th>
      <td className="py-2 pr-2 text-right tabular-nums">{s.reviews7d}</td>
      <td className="py-2 pr-2 text-right tabular-nums">{formatDays(s.streak)}</td>
      <td className="py-2 pr-2 text-right tabular-nums">
        {formatShare(s.retention)}
        {s.retentionAnswers > 0 ? <span className="text-xs text-fg-muted"> of {s.retentionAnswers}</span> : null}
      </td>
      <td className="py-2 pr-2 text-right tabular-nums">
        {formatShare(s.known)}
        <span className="text-xs text-fg-muted"> ({s.studied} studied)</span>
      </td>
      <td className="py-2 pr-2">
        {s.mockAttempts === 0 ? (
          <span className="text-fg-muted">none</span>
        ) : (
          <span>
            {s.mockSubmitted} submitted
            {s.mockSubmitted > 0 ? (
              <span className="text-xs text-fg-muted">
                {' '}
                · {s.verdicts.delights} delights, {s.verdicts.meets} meets, {s.verdicts.miss} miss
              </span>
            ) : null}
          </span>
        )}
      </td>
      <td className="py-2 text-right">
        <ActionButton
          action={removeClassMemberAction}
          input={{ classId, userId: s.id }}
          variant="ghost"
          confirm={`Remove ${name} from the class? Their own progress stays theirs.`}
        >
          Remove<span className="sr-only"> {name}</span>
        </ActionButton>
      </td>
    </tr>
  );
}
