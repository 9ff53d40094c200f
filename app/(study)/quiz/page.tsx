import type { Metadata } from 'next';
import Link from 'next/link';
import { QuizStartForm } from '@/components/quiz/quiz-start-form';
import { TrendChart } from '@/components/charts/trend-chart';
import { PageHeader } from '@/components/ui/page-header';
import { DataTable } from '@/components/ui/data-table';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';
import { getDimensionNames } from '@/lib/server/queries/get-dimension-names';
import { env } from '@/lib/server/env';
import { getDecks } from '@/lib/server/queries/get-decks';
import { getQuizHistory } from '@/lib/server/queries/get-quiz-history';
import { SHORT_TEST_SECONDS, TIMED_TEST_SECONDS } from '@/lib/server/quiz-options';
import { formatDate } from '@/lib/core/format-date';
import { getTimeZone } from '@/lib/server/queries/get-time-zone';

export const metadata: Metadata = { title: 'Quiz' };

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

export default async function QuizPage() {
  const user = await requireUser('/quiz');
  const [history, decks, dimensionNames, timeZone] = await Promise.all([
    getQuizHistory(user.id),
    getDecks(),
    getDimensionNames(),
    getTimeZone(user.id),
  ]);
  const unfinished = history.find((h) => !h.finishedAt);
  const finished = history.filter((h) => h.finishedAt && h.score !== null).reverse();
  const lengths = [...(env().TEST_SHORT_TIMERS ? [SHORT_TEST_SECONDS] : []), ...TIMED_TEST_SECONDS];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Quiz"
        description="Apply the differences: scenarios, multiple choice, true/false and matching. Every answer is explained, and feeds your review schedule."
      />
      {unfinished ? (
        <Panel className="border-accent">
          <p>
            You have an unfinished {unfinished.mode === 'timed' ? 'timed test' : 'quiz'} ({unfinished.answered} of{' '}
            {unfinished.questions} answered).{' '}
            <Link href={`/quiz/${unfinished.id}`} className="font-medium text-accent underline">
              Resume it
            </Link>
          </p>
        </Panel>
      ) : null}
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">Start a quiz</h2>
        <QuizStartForm
          decks={decks.map((d) => ({ id: d.id, title: d.title }))}
          dimensions={Object.entries(dimensionNames).map(([id, name]) => ({ id, name }))}
          lengths={lengths}
        />
      </Panel>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">History</h2>
        {history.length === 0 ? (
          <p className="text-fg-muted">No quizzes yet. Your scores will show here.</p>
        ) : (
          <>
            {finished.length > 1 ? (
              <TrendChart
                label="Quiz scores over time"
                unit="%"
                points={finished.map((h) => ({
                  label: formatDate(h.startedAt, timeZone, 'month-day'),
                  value: Math.round((h.score ?? 0) * 100),
                  detail: `${formatDate(h.startedAt, timeZone)} ${h.mode === 'timed' ? 'timed test' : 'practice'}`,
                }))}
              />
            ) : null}
            <DataTable
              variant="muted"
              className="mt-3 w-full text-left text-sm"
              caption="Your quizzes"
              columns={['Date', 'Mode', 'Questions', 'Score']}
              rows={history}
            >
              {(h) => (
                <tr key={h.id} className="border-t border-border">
                  <td className="py-1.5">
                    <Link href={`/quiz/${h.id}`} className="text-accent underline">
                      {formatDate(h.startedAt, timeZone, 'minute')}
                    </Link>
                  </td>
                  <td>{h.mode === 'timed' ? 'Timed test' : 'Practice'}</td>
                  <td>
                    {h.answered}/{h.questions}
                  </td>
                  <td>{h.finishedAt ? percent(h.score) : 'in progress'}</td>
                </tr>
              )}
            </DataTable>
          </>
        )}
      </Panel>
    </div>
  );
}
