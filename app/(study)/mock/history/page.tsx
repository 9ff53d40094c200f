import type { Metadata } from 'next';
import Link from 'next/link';
import { LevelBadge } from '@/components/mock/level-badge';
import { TrendChart } from '@/components/charts/trend-chart';
import { DELIGHTS_AT, DELIGHTS_IN_DEPTH, MEETS_AT } from '@/lib/core/rubric/verdict-scale';
import { ButtonLink } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { describeLength } from '@/lib/core/mock/describe-length';
import { formatDate } from '@/lib/core/format-date';
import { requireUser } from '@/lib/server/auth';
import { getMockHistory } from '@/lib/server/queries/get-mock-history';
import { getTimeZone } from '@/lib/server/queries/get-time-zone';

export const metadata: Metadata = { title: 'Mock interview history' };

export default async function MockHistoryPage() {
  const user = await requireUser('/mock/history');
  const [history, timeZone] = await Promise.all([getMockHistory(user.id), getTimeZone(user.id)]);
  const date = (d: Date) => formatDate(d, timeZone, 'medium');
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <BackLink href="/mock" className="">
        All prompts
      </BackLink>
      <PageHeader title="Your mock interviews" description="Every attempt is kept: answer, timing and feedback." />
      {history.length === 0 ? (
        <Panel>
          <p className="text-fg-muted">No submitted attempts yet.</p>
          <div className="mt-3">
            <ButtonLink href="/mock">Start a mock interview</ButtonLink>
          </div>
        </Panel>
      ) : null}
      {history.map((prompt) => (
        <Panel key={prompt.promptId} className="flex flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 className="text-lg font-semibold">{prompt.title}</h2>
            <ButtonLink href={`/mock?prompt=${encodeURIComponent(prompt.promptId)}`} variant="secondary">
              Re-take
            </ButtonLink>
          </div>
          {prompt.attempts.length > 1 ? (
            <TrendChart
              label={`Score trend for ${prompt.title}`}
              guides={[
                { value: MEETS_AT, label: `Meets from ${MEETS_AT}`, tone: 'warning' },
                { value: DELIGHTS_AT, label: `Delights from ${DELIGHTS_AT} (with at most one criterion missed), or with ${DELIGHTS_IN_DEPTH} criteria at delights`, tone: 'success' },
              ]}
              points={prompt.attempts.map((a, i) => ({
                label: `#${i + 1}`,
                value: a.score,
                detail: `attempt ${i + 1} on ${date(a.submittedAt)}, ${a.verdict}`,
              }))}
            />
          ) : null}
          <DataTable
            variant="ruled"
            data-testid={`history-${prompt.promptId}`}
            caption={`Attempts at ${prompt.title}, oldest first`}
            columns={['Date', 'Mode', 'Verdict', 'Score', { label: 'Feedback', srOnly: true }]}
            rows={prompt.attempts}
          >
            {(a) => (
              <tr key={a.id} className="border-b border-border last:border-0">
                <td className="py-2 pr-3">{date(a.submittedAt)}</td>
                <td className="py-2 pr-3">
                  {a.mode}, {describeLength(a.timeLimitSec)}
                  {a.autoSubmitted ? ' (auto-submitted)' : ''}
                </td>
                <td className="py-2 pr-3">
                  <LevelBadge level={a.verdict} />
                </td>
                <td className="py-2 pr-3">{a.score}</td>
                <td className="py-2">
                  <Link href={`/mock/${a.id}/feedback`} className="text-accent underline">
                    Feedback<span className="sr-only"> on the attempt of {date(a.submittedAt)}</span>
                  </Link>
                </td>
              </tr>
            )}
          </DataTable>
        </Panel>
      ))}
    </div>
  );
}
