'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { formatCount } from '@/lib/core/format-count';
import { requeueMockGapsAction } from '@/lib/server/actions/requeue-mock-gaps-action';

/** "Add my gaps to review" once more (submitting did it already), e.g. after they were reviewed: planned again from today. */
export function RequeueGapsButton({ attemptId }: { attemptId: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const router = useRouter();
  async function requeue() {
    setPending(true);
    const result = await requeueMockGapsAction({ attemptId });
    setPending(false);
    if (!result.ok) return setStatus(result.message);
    const { cardIds, dueNow, leftForLater } = result.data;
    setStatus(
      [
        `${formatCount(cardIds.length, 'card', 'cards')} planned again: ${dueNow} due today, the rest over the coming days.`,
        leftForLater > 0 ? `${formatCount(leftForLater, 'card is', 'cards are')} left for later.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    router.refresh();
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" onClick={() => void requeue()} disabled={pending}>
        Add my gaps to review
      </Button>
      <p role="status" className="text-sm text-fg-muted">
        {status}
      </p>
    </div>
  );
}
