import { CriterionRating } from '@/components/mock/criterion-rating';
import { LevelBadge } from '@/components/mock/level-badge';
import { Panel } from '@/components/ui/panel';
import type { MockReview } from '@/lib/core/mock/review';
import type { Level } from '@/lib/core/mock/types';
import type { MockFeedbackView } from '@/lib/server/queries/get-mock-feedback';
import { AddToDeckLink } from './answer-problems';
import { Quote } from './feedback-parts';

const NEXT_LABEL: Record<Level, string> = {
  miss: 'To meet this criterion',
  meets: 'What a delights answer adds',
  delights: 'Nothing missing at this level',
};

type Criterion = MockFeedbackView['feedback']['criteria'][number];

/** The level (beside the instructor's, when reviewed), its evidence, what the next level needs, and the learner's rating of it. */
export function CriterionCard({
  attemptId,
  criterion: c,
  reviewed,
  rating,
}: {
  attemptId: string;
  criterion: Criterion;
  reviewed: MockReview['criteria'][number] | undefined;
  rating: MockFeedbackView['ratings'][string] | null;
}) {
  return (
    <Panel className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2" data-testid={`criterion-${c.id}`}>
        <h3 className="font-semibold">{c.title}</h3>
        {reviewed ? (
          <dl className="flex items-center gap-3 text-xs">
            <div className="flex items-center gap-1">
              <dt className="text-fg-muted">Grader</dt>
              <dd>
                <LevelBadge level={c.level} />
              </dd>
            </div>
            <div className="flex items-center gap-1" data-testid="review-level">
              <dt className="text-fg-muted">Instructor</dt>
              <dd>
                <LevelBadge level={reviewed.level ?? c.level} />
              </dd>
            </div>
          </dl>
        ) : (
          <LevelBadge level={c.level} />
        )}
      </div>
      {reviewed?.comment ? (
        <Quote tone="accent" italic={false} testId="review-criterion-comment">
          <span className="font-medium">Instructor: </span>
          {reviewed.comment}
        </Quote>
      ) : null}
      <div>
        <h4 className="text-sm font-medium text-fg-muted">Evidence</h4>
        {c.evidence.length > 0 ? (
          <ul className="mt-1 flex flex-col gap-2" data-testid="evidence">
            {c.evidence.map((e, i) => (
              <li key={i}>
                <Quote tone="accent">“{e}”</Quote>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-fg-muted">No sentence in the answer earned this criterion.</p>
        )}
      </div>
      <div>
        <h4 className="text-sm font-medium text-fg-muted">{NEXT_LABEL[c.level]}</h4>
        <p className="mt-1 text-sm">{c.next ?? 'This criterion is at the top level.'}</p>
      </div>
      {c.level === 'delights' ? null : (
        <AddToDeckLink
          href={`/decks/personal/new-card?mock=${attemptId}&criterion=${encodeURIComponent(c.id)}`}
          what={c.title}
        />
      )}
      <CriterionRating attemptId={attemptId} criterionId={c.id} criterionTitle={c.title} initial={rating} />
    </Panel>
  );
}
