'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { requeueMockGapsAction } from '@/lib/server/actions/requeue-mock-gaps-action';

/** "Add my gaps to review" once more (submitting did it already), e.g. after they were reviewed. */
export function RequeueGapsButton({ attemptId }: { attemptId: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function requeue() {
    setPending(true);
    const result = await requeueMockGapsAction({ attemptId });
    setPending(false);
    setStatus(
      result.ok
        ? `${result.data.cardIds.length} ${result.data.cardIds.length === 1 ? 'card is' : 'cards are'} due now in your review.`
        : result.message,
    );
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
