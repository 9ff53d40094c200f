import type { Metadata } from 'next';
import Link from 'next/link';
import { ReviewSession } from '@/components/review/review-session';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/server/auth';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';

export const metadata: Metadata = { title: 'Review' };

export default async function ReviewPage() {
  const user = await requireUser('/review');
  const now = new Date();
  const queue = await getReviewQueue(user.id, now);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Daily review"
        description="Space shows the answer; 1–4 grade it (Again, Hard, Good, Easy); Ctrl+Z undoes."
        actions={
          <Link href="/review/settings" className="text-sm text-accent underline">
            Settings
          </Link>
        }
      />
      <ReviewSession initialQueue={queue} startedAt={now.getTime()} />
    </div>
  );
}
