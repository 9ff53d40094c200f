import type { Metadata } from 'next';
import { PercentBarsChart } from '@/components/charts/percent-bars-chart';
import { DueForecastChart } from '@/components/stats/due-forecast-chart';
import { RetentionChart } from '@/components/stats/retention-chart';
import { ReviewHeatmap } from '@/components/stats/review-heatmap';
import { StateChart } from '@/components/stats/state-chart';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';
import { getStats } from '@/lib/server/queries/get-stats';
import { getStudySettings } from '@/lib/server/queries/get-study-settings';
import { formatDays } from '@/lib/core/format-days';

export const metadata: Metadata = { title: 'Stats' };

export default async function StatsPage() {
  const user = await requireUser('/stats');
  const [stats, settings] = await Promise.all([getStats(user.id, new Date()), getStudySettings(user.id)]);
  const target = settings.study.desiredRetention;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Stats" description="Your reviews, what is coming up, and how well you know each dimension." />
      <div className="grid gap-4 sm:grid-cols-3">
        <Panel>
          <p className="text-sm text-fg-muted">Current streak</p>
          <p className="text-3xl font-bold" data-testid="streak">
            {formatDays(stats.streak.current)}
          </p>
        </Panel>
        <Panel>
          <p className="text-sm text-fg-muted">Longest streak</p>
          <p className="text-3xl font-bold">{formatDays(stats.streak.longest)}</p>
        </Panel>
        <Panel>
          <p className="text-sm text-fg-muted">Reviews in the last year</p>
          <p className="text-3xl font-bold" data-testid="total-reviews">
            {stats.totalReviews}
          </p>
        </Panel>
      </div>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">Reviews per day</h2>
        <ReviewHeatmap data={stats.heatmap} total={stats.totalReviews} />
      </Panel>
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel>
          <h2 className="mb-3 text-lg font-semibold">Due in the next 30 days</h2>
          <DueForecastChart data={stats.forecast} label="Cards due per day (overdue cards count today)" />
        </Panel>
        <Panel>
          <h2 className="mb-3 text-lg font-semibold">Cards by state</h2>
          <StateChart counts={stats.cardsByState} />
        </Panel>
      </div>
      <Panel>
        <h2 className="text-lg font-semibold">True retention</h2>
        <p className="mb-3 text-sm text-fg-muted">
          Share of review answers that weren’t “Again” (learning steps excluded). Your target is{' '}
          {Math.round(target * 100)}%.
        </p>
        {stats.retentionByDay.length === 0 ? (
          <p className="text-fg-muted" data-testid="retention-empty">
            No reviews of graduated cards yet: retention appears once cards come back for review.
          </p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            <RetentionChart data={stats.retentionByDay} target={target} label="By day (last 30 days)" />
            <RetentionChart data={stats.retentionByWeek} target={target} label="By week (last 26 weeks)" />
          </div>
        )}
      </Panel>
      {stats.mastery.map((m) => (
        <Panel key={m.comparison}>
          <h2 className="text-lg font-semibold">Mastery: {m.title}</h2>
          <p className="mb-3 text-sm text-fg-muted">
            How likely you are to recall each dimension’s cards today (cards not yet studied count as 0).
          </p>
          <PercentBarsChart
            rows={m.dimensions.map((d) => ({ name: d.name, value: Math.round(d.mastery * 100) }))}
            valueName="mastery %"
            height={{ perRow: 26, min: 200 }}
            labelWidth={190}
          />
          {/* sr-only on a wrapper: a table ignores width: 1px and would widen the page on a phone */}
          <div className="sr-only">
            <DataTable
              variant="plain"
              className="w-full"
              caption="Mastery per dimension"
              columns={['Dimension', 'Mastery', 'Cards studied']}
              rows={m.dimensions}
            >
              {(d) => (
                <tr key={d.id}>
                  <td>{d.name}</td>
                  <td>{Math.round(d.mastery * 100)}%</td>
                  <td>
                    {d.studied} of {d.total}
                  </td>
                </tr>
              )}
            </DataTable>
          </div>
        </Panel>
      ))}
    </div>
  );
}
