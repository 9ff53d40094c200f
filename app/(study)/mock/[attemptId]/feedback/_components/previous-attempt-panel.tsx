import Link from 'next/link';
import { LevelBadge } from '@/components/mock/level-badge';
import { DataTable } from '@/components/ui/data-table';
import { Panel } from '@/components/ui/panel';
import type { MockFeedbackView } from '@/lib/server/queries/get-mock-feedback';
import { formatDate } from '@/lib/core/format-date';

const CHANGE_TEXT = { better: '↑ better', worse: '↓ worse', same: '= same', new: 'new' } as const;
const CHANGE_TONE = {
  better: 'text-success',
  worse: 'text-danger',
  same: 'text-fg-muted',
  new: 'text-fg-muted',
} as const;

/** This attempt beside the learner's previous one at the same prompt, criterion by criterion. */
export function PreviousAttemptPanel({
  previous,
  feedback,
  timeZone,
}: {
  previous: NonNullable<MockFeedbackView['previous']>;
  feedback: MockFeedbackView['feedback'];
  timeZone: string;
}) {
  return (
    <Panel>
      <h2 className="text-lg font-semibold">Compared with your previous attempt</h2>
      <p className="mt-1 text-sm text-fg-muted">
        Previous attempt on{' '}
        <time dateTime={previous.submittedAt.toISOString()}>
          {formatDate(previous.submittedAt, timeZone, 'medium')}
        </time>
        : {previous.verdict}, {previous.score} / 100 → now {feedback.verdict}, {feedback.score} / 100.{' '}
        <Link href={`/mock/${previous.id}/feedback`} className="text-accent underline">
          Open it
        </Link>
      </p>
      <div className="mt-3 overflow-x-auto">
        <DataTable
          variant="ruled"
          data-testid="comparison"
          columns={['Criterion', 'Previous', 'This attempt', 'Change']}
          rows={previous.criteria}
        >
          {(row) => (
            <tr key={row.id} className="border-b border-border last:border-0">
              <th scope="row" className="py-2 pr-3 font-normal">
                {row.title}
              </th>
              <td className="py-2 pr-3">{row.previous ? <LevelBadge level={row.previous} /> : '—'}</td>
              <td className="py-2 pr-3">
                <LevelBadge level={row.current} />
              </td>
              <td className={`py-2 ${CHANGE_TONE[row.change]}`}>{CHANGE_TEXT[row.change]}</td>
            </tr>
          )}
        </DataTable>
      </div>
    </Panel>
  );
}
