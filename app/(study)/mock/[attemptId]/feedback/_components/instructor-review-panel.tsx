import { LevelBadge } from '@/components/mock/level-badge';
import { Panel } from '@/components/ui/panel';
import type { Level } from '@/lib/core/mock/types';
import type { MockReview } from '@/lib/core/mock/review';
import { Quote } from './feedback-parts';
import { formatDate } from '@/lib/core/format-date';

/** The instructor's overall verdict beside the grader's, and their comment. */
export function InstructorReviewPanel({
  review,
  graderVerdict,
  timeZone,
}: {
  review: MockReview;
  graderVerdict: Level;
  timeZone: string;
}) {
  return (
    <div data-testid="instructor-review">
      <Panel className="border-accent/50">
        <h2 className="text-lg font-semibold">Your instructor’s review</h2>
        <p className="mt-1 text-sm text-fg-muted">
          {review.reviewer ?? 'An instructor'} read your answer on{' '}
          <time dateTime={review.updatedAt.toISOString()}>
            {formatDate(review.updatedAt, timeZone, 'medium')}
          </time>
          . Where they differ from the grader, trust your instructor.
        </p>
        <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-2 text-sm">
          <div className="flex items-center gap-2">
            <dt className="text-fg-muted">Instructor</dt>
            <dd data-testid="review-verdict">
              <LevelBadge level={review.verdict} />
            </dd>
          </div>
          <div className="flex items-center gap-2">
            <dt className="text-fg-muted">Grader</dt>
            <dd>
              <LevelBadge level={graderVerdict} />
            </dd>
          </div>
        </dl>
        {review.comment ? (
          <Quote tone="accent" italic={false} className="mt-3" testId="review-comment">
            {review.comment}
          </Quote>
        ) : null}
      </Panel>
    </div>
  );
}
