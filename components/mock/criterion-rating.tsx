'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { rateMockCriterionAction } from '@/lib/server/actions/rate-mock-criterion-action';

type Rating = { agree: boolean; comment: string | null };

/** "Do you agree with this level?" — stored per criterion to calibrate the grader. */
export function CriterionRating({
  attemptId,
  criterionId,
  criterionTitle,
  initial,
}: {
  attemptId: string;
  criterionId: string;
  criterionTitle: string;
  initial: Rating | null;
}) {
  const [rating, setRating] = useState<Rating | null>(initial);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const commentId = `rating-comment-${criterionId}`;

  async function send(agree: boolean, withComment: string | null) {
    setPending(true);
    const result = await rateMockCriterionAction({ attemptId, criterionId, agree, comment: withComment });
    setPending(false);
    if (!result.ok) {
      setStatus(result.message);
      return;
    }
    setRating({ agree: result.data.agree, comment: result.data.comment });
    setStatus(agree ? 'Thanks — noted that you agree.' : withComment ? 'Thanks — your comment is saved.' : 'Thanks — noted that you disagree.');
  }

  return (
    <div className="flex flex-col gap-2 border-t border-border pt-3">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Do you agree with the level for ${criterionTitle}?`}>
        <span className="text-sm text-fg-muted">Do you agree with this level?</span>
        <Button variant="secondary" aria-pressed={rating?.agree === true} disabled={pending} onClick={() => void send(true, null)}>
          Agree
        </Button>
        <Button
          variant="secondary"
          aria-pressed={rating?.agree === false}
          disabled={pending}
          onClick={() => void send(false, comment.trim() || null)}
        >
          Disagree
        </Button>
      </div>
      {rating?.agree === false ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={commentId} className="text-sm">
            What level would you give, and why? (optional)
          </label>
          <textarea
            id={commentId}
            value={comment}
            maxLength={1000}
            onChange={(e) => setComment(e.target.value)}
            rows={2}
            className="rounded-lg border border-border bg-surface p-2 text-sm text-fg"
          />
          <div>
            <Button variant="secondary" disabled={pending} onClick={() => void send(false, comment.trim() || null)}>
              Save comment
            </Button>
          </div>
        </div>
      ) : null}
      <p role="status" className="text-sm text-fg-muted">
        {status}
      </p>
    </div>
  );
}
