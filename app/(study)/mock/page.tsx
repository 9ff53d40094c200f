import type { Metadata } from 'next';
import Link from 'next/link';
import { PromptStatusBadge } from '@/components/mock/prompt-status-badge';
import { StartMockForm } from '@/components/mock/start-mock-form';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { formatClock } from '@/lib/core/mock/format-clock';
import { requireUser } from '@/lib/server/auth';
import { getPromptScenarios } from '@/lib/server/queries/get-prompt-scenarios';
import { getMockLengths } from '@/lib/server/queries/get-mock-lengths';
import { getOpenMockAttempts } from '@/lib/server/queries/get-open-mock-attempts';
import { getPromptSchedule } from '@/lib/server/queries/get-prompt-schedule';

export const metadata: Metadata = { title: 'Mock interview' };

type Props = { searchParams: Promise<{ prompt?: string | string[] }> };

export default async function MockInterviewPage({ searchParams }: Props) {
  const user = await requireUser('/mock');
  const now = new Date();
  const [schedule, open, scenarios, query] = await Promise.all([
    getPromptSchedule(user.id, now),
    getOpenMockAttempts(user.id, now),
    getPromptScenarios(),
    searchParams,
  ]);
  const lengths = getMockLengths();
  const asked = typeof query.prompt === 'string' && schedule.some((s) => s.promptId === query.prompt) ? query.prompt : null;
  const next = schedule[0];
  const defaultSeconds = lengths.find((l) => l.seconds === 30 * 60)?.seconds ?? lengths[0]?.seconds ?? 1800;

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <PageHeader
        title="Mock interview"
        description="Answer a system-design question against the clock, then read rubric feedback with the sentences that earned each level."
        actions={
          <Link href="/mock/history" className="text-sm text-accent underline">
            Your attempts
          </Link>
        }
      />

      {open.length > 0 ? (
        <Panel>
          <h2 className="text-lg font-semibold">Continue where you left off</h2>
          <ul className="mt-2 flex flex-col gap-2">
            {open.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-medium">{a.promptTitle}</span>{' '}
                  <span className="text-sm text-fg-muted">
                    · {a.mode} ·{' '}
                    {a.paused
                      ? `paused, ${formatClock(a.remainingMs)} left`
                      : a.remainingMs > 0
                        ? `${formatClock(a.remainingMs)} left`
                        : a.mode === 'interview'
                          ? 'time is up'
                          : 'in overtime'}
                  </span>
                </span>
                <Link href={`/mock/${a.id}`} className="text-sm text-accent underline">
                  {a.mode === 'interview' && a.remainingMs <= 0 ? 'See feedback' : 'Resume'}
                </Link>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}

      {next ? (
        <Panel>
          <h2 className="text-lg font-semibold">Next up</h2>
          <p className="mt-1 font-medium" data-testid="next-prompt">
            {next.title}
          </p>
          <p className="flex flex-wrap items-center gap-2 text-sm text-fg-muted" data-testid="next-prompt-reason">
            <PromptStatusBadge status={next.status} /> {next.reason}
          </p>
        </Panel>
      ) : null}

      <Panel>
        <StartMockForm
          prompts={schedule.map((s) => ({
            id: s.promptId,
            title: s.title,
            status: s.status,
            reason: s.reason,
            scenario: <Markdown html={markdownToSafeHtml(scenarios[s.promptId] ?? '')} />,
          }))}
          lengths={lengths}
          initialPromptId={asked ?? next?.promptId ?? null}
          defaultSeconds={defaultSeconds}
        />
      </Panel>
    </div>
  );
}
