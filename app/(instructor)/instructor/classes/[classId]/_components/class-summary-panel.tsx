import { Panel } from '@/components/ui/panel';
import type { ClassDashboard } from '@/lib/core/classes/dashboard-types';
import { formatShare } from './format-share';

const EXPORTS = ['students', 'cards', 'dimensions', 'misconceptions'] as const;

/** The class in four figures, and its tables as CSV downloads. */
export function ClassSummaryPanel({ classId, dashboard }: { classId: string; dashboard: ClassDashboard }) {
  const { summary } = dashboard;
  return (
    <Panel title="At a glance">
      <dl className="grid grid-cols-2 gap-4">
        <div>
          <dt className="text-sm text-fg-muted">Active in the last 7 days</dt>
          <dd className="text-2xl font-bold" data-testid="active-students">
            {summary.activeStudents7d} / {summary.students}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-fg-muted">Reviews in the last 7 days</dt>
          <dd className="text-2xl font-bold">{summary.reviews7d}</dd>
        </div>
        <div>
          <dt className="text-sm text-fg-muted">Assigned cards known, on average</dt>
          <dd className="text-2xl font-bold">{formatShare(summary.known)}</dd>
        </div>
        <div>
          <dt className="text-sm text-fg-muted">Export (CSV)</dt>
          <dd className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
            {EXPORTS.map((table) => (
              <a
                key={table}
                href={`/api/instructor/classes/${classId}/dashboard?table=${table}`}
                download
                className="text-accent underline"
              >
                {table[0]!.toUpperCase() + table.slice(1)}
              </a>
            ))}
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-xs text-fg-muted">
        “Knows” a card: FSRS puts the chance of still recalling it {dashboard.horizonDays} days from now at{' '}
        {Math.round(dashboard.threshold * 100)}% or more, so a card answered “Again” stops counting until it is
        relearned; cards never studied count as not known.
      </p>
    </Panel>
  );
}
