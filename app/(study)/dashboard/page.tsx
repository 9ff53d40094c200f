import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';
import { GettingStartedPanel } from './_components/getting-started-panel';
import { getGettingStarted } from '@/lib/server/queries/get-getting-started';
import { getPromptSchedule } from '@/lib/server/queries/get-prompt-schedule';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const user = await requireUser('/dashboard');
  const now = new Date();
  const [queue, prompts, guide] = await Promise.all([
    getReviewQueue(user.id, now),
    getPromptSchedule(user.id, now),
    getGettingStarted(user.id),
  ]);
  const nextPrompt = prompts[0];
  const due = queue.counts.new + queue.counts.learning + queue.counts.review;
  return (
    <div>
      <PageHeader
        title={`Welcome${user.name ? `, ${user.name}` : ''}`}
        description="Here is your study plan for today."
      />
      {guide.complete ? null : (
        <div className="mb-4">
          <GettingStartedPanel guide={guide} />
        </div>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <Panel>
          <h2 className="text-lg font-semibold">Today’s review</h2>
          <p className="mt-1 text-3xl font-bold" data-testid="review-count">
            {due} {due === 1 ? 'card' : 'cards'}
          </p>
          <p className="text-sm text-fg-muted">
            {queue.counts.new} new · {queue.counts.learning} learning · {queue.counts.review} to review
            {queue.doneToday > 0 ? ` · ${queue.doneToday} done today` : ''}
          </p>
          <div className="mt-3">
            <ButtonLink href="/review">{due > 0 ? 'Start today’s review' : 'Open review'}</ButtonLink>
          </div>
        </Panel>
        <Panel>
          <h2 className="text-lg font-semibold">Mock interview</h2>
          {nextPrompt ? (
            <>
              <p className="mt-1 font-medium" data-testid="dashboard-next-prompt">
                {nextPrompt.title}
              </p>
              <p className="text-sm text-fg-muted" data-testid="dashboard-next-prompt-reason">
                Next up: {nextPrompt.reason}
              </p>
            </>
          ) : (
            <p className="mt-1 text-fg-muted">No prompts in the library yet.</p>
          )}
          <div className="mt-3">
            <ButtonLink
              href={nextPrompt ? `/mock?prompt=${encodeURIComponent(nextPrompt.promptId)}` : '/mock'}
              variant="secondary"
            >
              Practise an interview
            </ButtonLink>
          </div>
        </Panel>
        <Panel>
          <h2 className="text-lg font-semibold">Study material</h2>
          <p className="mt-1 text-fg-muted">Browse the decks, the comparison and the classic traps.</p>
          <div className="mt-3">
            <ButtonLink href="/decks" variant="secondary">
              Browse decks
            </ButtonLink>
          </div>
        </Panel>
      </div>
    </div>
  );
}
