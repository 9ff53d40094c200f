import { LevelBadge } from '@/components/mock/level-badge';
import { Panel } from '@/components/ui/panel';
import { countWords } from '@/lib/core/mock/count-words';
import { describeLength } from '@/lib/core/mock/describe-length';
import { formatClock } from '@/lib/core/mock/format-clock';
import type { Level } from '@/lib/core/mock/types';
import type { MockFeedbackView } from '@/lib/server/queries/get-mock-feedback';
import { formatDate } from '@/lib/core/format-date';

const VERDICT_TEXT: Record<Level, string> = {
  miss: 'Below the bar: the answer misses what an interviewer needs to hear.',
  meets: 'Meets the bar: a solid answer that covers the main trade-offs.',
  delights: 'Delights: the concepts are used to decide, tied to this scenario.',
};

/** The verdict and score, how the attempt went (mode, time, words, when), and what could not be judged. */
export function VerdictPanel({
  attempt,
  feedback,
  timeZone,
}: Pick<MockFeedbackView, 'attempt' | 'feedback'> & { timeZone: string }) {
  return (
    <Panel>
      <div className="flex flex-wrap items-center gap-4">
        <h2 className="sr-only">Verdict</h2>
        <LevelBadge level={feedback.verdict} large />
        <p className="text-3xl font-bold" data-testid="mock-score">
          {feedback.score}
          <span className="text-base font-normal text-fg-muted"> / 100</span>
        </p>
        <p className="min-w-0 flex-1 text-fg-muted" data-testid="mock-verdict">
          {VERDICT_TEXT[feedback.verdict]}
        </p>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-fg-muted">Mode</dt>
          <dd className="capitalize">{attempt.mode}</dd>
        </div>
        <div>
          <dt className="text-fg-muted">Time used</dt>
          <dd>
            {formatClock(attempt.elapsedMs)} of {describeLength(attempt.timeLimitSec)}
          </dd>
        </div>
        <div>
          <dt className="text-fg-muted">Words</dt>
          <dd>{countWords(attempt.answer).toLocaleString('en')}</dd>
        </div>
        <div>
          <dt className="text-fg-muted">Submitted</dt>
          <dd>
            <time dateTime={attempt.submittedAt.toISOString()}>
              {formatDate(attempt.submittedAt, timeZone, 'medium-time')}
            </time>
          </dd>
        </div>
      </dl>
      {feedback.unassessed ? (
        <p className="mt-3 text-sm text-warning" role="note" data-testid="unassessed">
          Not assessed: {feedback.unassessed.message}
        </p>
      ) : null}
      {attempt.autoSubmitted ? (
        <p className="mt-3 text-sm text-warning" data-testid="auto-submitted">
          Submitted automatically when the time ran out: this is what was saved by then.
        </p>
      ) : null}
    </Panel>
  );
}
