'use client';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { ReviewCardPanel } from './review-card-panel';
import { SessionSummary } from './session-summary';
import { type ReviewSessionOptions, useReviewQueue } from './use-review-queue';

/** The daily review: front, reveal, grade (keys 1–4), undo (Ctrl/Cmd+Z), progress and a summary. */
export function ReviewSession(options: ReviewSessionOptions) {
  const review = useReviewQueue(options);
  const { startedAt, focusCardIds } = options;
  const { counts } = review.queue;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <div className="flex gap-4" aria-label="Cards left today">
          <span>
            <span className="font-semibold text-accent">{counts.new}</span> new
          </span>
          <span>
            <span className="font-semibold text-danger">{counts.learning}</span> learning
          </span>
          <span>
            <span className="font-semibold text-success">{counts.review}</span> to review
          </span>
        </div>
        <Button
          variant="ghost"
          onClick={() => void review.undo()}
          disabled={!review.canUndo || review.busy}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          Undo <kbd className="text-xs text-fg-muted">Ctrl+Z</kbd>
        </Button>
      </div>
      <ProgressBar
        value={review.progress.finished}
        max={review.progress.total}
        label={`${review.progress.finished} done, ${review.remaining} left today${
          review.progress.cameBack > 0
            ? ` (+${review.progress.cameBack} learning ${review.progress.cameBack === 1 ? 'card' : 'cards'} came back)`
            : ''
        }`}
      />
      {review.status ? (
        <p role="status" className="rounded-lg border border-warning/40 bg-warning/10 px-3 py-2 text-sm text-warning">
          {review.status}{' '}
          {review.failed ? (
            <Button variant="secondary" onClick={review.sendAgain} disabled={review.busy}>
              Send again
            </Button>
          ) : null}
        </p>
      ) : null}

      <div role="status" aria-live="polite">
        {review.notice ? <p className="rounded-lg border border-border bg-muted px-3 py-2 text-sm">{review.notice}</p> : null}
      </div>

      {review.card ? (
        <ReviewCardPanel
          card={review.card}
          revealed={review.revealed}
          busy={review.busy}
          onReveal={review.reveal}
          onGrade={review.grade}
          onMark={(action) => void review.mark(action)}
        />
      ) : (
        <SessionSummary
          focus={Boolean(focusCardIds)}
          answered={review.answered}
          startedAt={startedAt}
          nextDue={review.queue.nextDue}
          now={review.now}
          comesBackAt={review.comesBackAt}
          learningLeft={counts.learning}
        />
      )}
    </div>
  );
}
