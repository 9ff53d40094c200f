import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const user = await requireUser('/dashboard');
  return (
    <div>
      <PageHeader
        title={`Welcome${user.name ? `, ${user.name}` : ''}`}
        description="Here is your study plan for today."
      />
      <div className="grid gap-4 md:grid-cols-2">
        <Panel>
          <h2 className="text-lg font-semibold">Today’s review</h2>
          <p className="mt-1 text-fg-muted" data-testid="review-count">
            Daily review is coming soon: your due cards will be counted here.
          </p>
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
