import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnswerTabs } from '@/components/mock/answer-tabs';
import { CriterionRating } from '@/components/mock/criterion-rating';
import { LevelBadge } from '@/components/mock/level-badge';
import { RequeueGapsButton } from '@/components/mock/requeue-gaps-button';
import { ButtonLink } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { countWords } from '@/lib/core/mock/count-words';
import { describeLength } from '@/lib/core/mock/describe-length';
import { formatDate } from '@/lib/core/format-date';
import { formatClock } from '@/lib/core/mock/format-clock';
import { groupGapCards } from '@/lib/core/mock/group-gap-cards';
import { AttemptIdSchema } from '@/lib/core/mock/schema';
import type { Level } from '@/lib/core/mock/types';
import { requireUser } from '@/lib/server/auth';
import { getMockFeedback } from '@/lib/server/queries/get-mock-feedback';
import { getTimeZone } from '@/lib/server/queries/get-time-zone';

export const metadata: Metadata = { title: 'Mock interview feedback' };

type Props = { params: Promise<{ attemptId: string }> };

const VERDICT_TEXT: Record<Level, string> = {
  miss: 'Below the bar: the answer misses what an interviewer needs to hear.',
  meets: 'Meets the bar: a solid answer that covers the main trade-offs.',
  delights: 'Delights: the concepts are used to decide, tied to this scenario.',
};
const NEXT_LABEL: Record<Level, string> = {
  miss: 'To meet this criterion',
  meets: 'What a delights answer adds',
  delights: 'Nothing missing at this level',
};
const CHANGE_TEXT = { better: '↑ better', worse: '↓ worse', same: '= same', new: 'new' } as const;

export default async function MockFeedbackPage({ params }: Props) {
  const { attemptId } = await params;
  const user = await requireUser(`/mock/${encodeURIComponent(attemptId)}/feedback`);
  const id = AttemptIdSchema.safeParse(attemptId);
  const [view, timeZone] = await Promise.all([
    id.success ? getMockFeedback(user.id, id.data) : null,
    getTimeZone(user.id),
  ]);
  if (!view) notFound();
  const { attempt, prompt, feedback, gaps, previous, review } = view;
  const reviewed = new Map((review?.criteria ?? []).map((c) => [c.criterionId, c]));
  const criterionGaps = gaps.filter((g) => g.reason.kind === 'criterion');
  const trapGaps = gaps.filter((g) => g.reason.kind === 'trap');

  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/mock" className="text-accent underline">
          ← All prompts
        </Link>
      </p>
      <PageHeader title={prompt.title} description="Feedback on your answer" />

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

      {review ? (
        <div data-testid="instructor-review">
          <Panel className="border-accent/50">
            <h2 className="text-lg font-semibold">Your instructor’s review</h2>
            <p className="mt-1 text-sm text-fg-muted">
              {review.reviewer ?? 'An instructor'} read your answer on{' '}
              <time dateTime={review.updatedAt.toISOString()}>{formatDate(review.updatedAt, timeZone, 'medium')}</time>.
              Where they differ from the grader, trust your instructor.
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
                  <LevelBadge level={feedback.verdict} />
                </dd>
              </div>
            </dl>
            {review.comment ? (
              <blockquote className="mt-3 border-l-4 border-accent/60 pl-3 text-sm" data-testid="review-comment">
                {review.comment}
              </blockquote>
            ) : null}
          </Panel>
        </div>
      ) : null}

      <Panel>
        <h2 className="text-lg font-semibold">Added to your review</h2>
        {gaps.length === 0 ? (
          <p className="mt-1 text-fg-muted">No gaps to review: no criterion was missed and no trap asserted.</p>
        ) : (
          <>
            <p className="mt-1 text-fg-muted" data-testid="gaps-summary">
              {gaps.length} {gaps.length === 1 ? 'card is' : 'cards are'} now due in your daily review, from{' '}
              {[
                criterionGaps.length > 0
                  ? `${new Set(criterionGaps.map((g) => g.reason.id)).size} missed criteria`
                  : null,
                trapGaps.length > 0 ? `${trapGaps.length} ${trapGaps.length === 1 ? 'trap' : 'traps'}` : null,
              ]
                .filter(Boolean)
                .join(' and ')}
              .
            </p>
            <ul className="mt-3 flex flex-col gap-2 text-sm" data-testid="gap-cards">
              {groupGapCards(gaps).map((group) => (
                <li key={group.key}>
                  <details open={group.cards.length <= 3}>
                    <summary className="cursor-pointer">
                      <span className="font-medium">
                        {group.kind === 'trap' ? `Trap: “${view.trapClaims[group.id] ?? group.id}”` : group.title}
                      </span>{' '}
                      <span className="text-fg-muted">
                        ({group.cards.length} {group.cards.length === 1 ? 'card' : 'cards'})
                      </span>
                    </summary>
                    <ul className="mt-1 flex list-disc flex-col gap-1 pl-8">
                      {group.cards.map((g) => (
                        <li key={g.cardId}>
                          <Markdown className="[&>p]:inline" html={markdownToSafeHtml(g.front)} />
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              ))}
            </ul>
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <ButtonLink href="/review">Start review</ButtonLink>
              <RequeueGapsButton attemptId={attempt.id} />
            </div>
          </>
        )}
      </Panel>

      <section aria-labelledby="criteria-heading" className="flex flex-col gap-3">
        <h2 id="criteria-heading" className="text-xl font-semibold">
          Criteria
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {feedback.criteria.map((c) => (
            <Panel key={c.id} className="flex flex-col gap-3">
              <div className="flex flex-wrap items-center justify-between gap-2" data-testid={`criterion-${c.id}`}>
                <h3 className="font-semibold">{c.title}</h3>
                {reviewed.has(c.id) ? (
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
                        <LevelBadge level={reviewed.get(c.id)?.level ?? c.level} />
                      </dd>
                    </div>
                  </dl>
                ) : (
                  <LevelBadge level={c.level} />
                )}
              </div>
              {reviewed.get(c.id)?.comment ? (
                <blockquote className="border-l-4 border-accent/60 pl-3 text-sm" data-testid="review-criterion-comment">
                  <span className="font-medium">Instructor: </span>
                  {reviewed.get(c.id)?.comment}
                </blockquote>
              ) : null}
              <div>
                <h4 className="text-sm font-medium text-fg-muted">Evidence</h4>
                {c.evidence.length > 0 ? (
                  <ul className="mt-1 flex flex-col gap-2" data-testid="evidence">
                    {c.evidence.map((e, i) => (
                      <li key={i}>
                        <blockquote className="border-l-4 border-accent/60 pl-3 text-sm italic">“{e}”</blockquote>
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
              <CriterionRating
                attemptId={attempt.id}
                criterionId={c.id}
                criterionTitle={c.title}
                initial={view.ratings[c.id] ?? null}
              />
            </Panel>
          ))}
        </div>
      </section>

      {feedback.errors.length > 0 ? (
        <section aria-labelledby="errors-heading" className="flex flex-col gap-3">
          <h2 id="errors-heading" className="text-xl font-semibold">
            Corrections
          </h2>
          <p className="text-fg-muted">
            These sentences state something the documentation contradicts; they earned nothing, and from the second one
            on they lower the verdict.
          </p>
          <ul className="flex flex-col gap-3" data-testid="errors">
            {feedback.errors.map((e) => (
              <li key={`${e.claim}-${e.evidence}`}>
                <Panel className="flex flex-col gap-2 border-warning/40">
                  <blockquote className="border-l-4 border-warning/60 pl-3 text-sm italic">
                    You wrote: “{e.evidence}”
                  </blockquote>
                  <p className="text-sm">
                    <span className="font-medium">What is true: </span>
                    {e.correction}
                  </p>
                </Panel>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {feedback.contradictions.length > 0 ? (
        <section aria-labelledby="contradictions-heading" className="flex flex-col gap-3">
          <h2 id="contradictions-heading" className="text-xl font-semibold">
            Contradictions
          </h2>
          <p className="text-fg-muted">Your answer says both of these. An interviewer would ask which one you mean.</p>
          <ul className="flex flex-col gap-3" data-testid="contradictions">
            {feedback.contradictions.map((c) => (
              <li key={`${c.entity}/${c.attribute}`}>
                <Panel className="flex flex-col gap-2 border-warning/40">
                  <h3 className="font-medium">{c.claim}</h3>
                  <blockquote className="border-l-4 border-warning/60 pl-3 text-sm italic">“{c.holds}”</blockquote>
                  <p className="text-sm text-fg-muted">but also</p>
                  <blockquote className="border-l-4 border-warning/60 pl-3 text-sm italic">“{c.denies}”</blockquote>
                </Panel>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="traps-heading" className="flex flex-col gap-3">
        <h2 id="traps-heading" className="text-xl font-semibold">
          Traps
        </h2>
        {feedback.traps.length === 0 ? (
          <p className="text-fg-muted">
            No classic trap asserted. (A myth you mention only to refute it doesn’t count.)
          </p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="traps">
            {feedback.traps.map((t) => (
              <li key={t.id}>
                <Panel className="flex flex-col gap-2 border-danger/40">
                  <h3 className="font-semibold text-danger">Trap: “{view.trapClaims[t.id]}”</h3>
                  <blockquote className="border-l-4 border-danger/60 pl-3 text-sm italic">
                    You wrote: “{t.evidence}”
                  </blockquote>
                  <div className="text-sm">
                    <span className="font-medium">What is true: </span>
                    <Markdown className="inline" html={markdownToSafeHtml(t.correction)} />
                  </div>
                </Panel>
              </li>
            ))}
          </ul>
        )}
      </section>

      {previous ? (
        <Panel>
          <h2 className="text-lg font-semibold">Compared with your previous attempt</h2>
          <p className="mt-1 text-sm text-fg-muted">
            Previous attempt on{' '}
            <time dateTime={previous.submittedAt.toISOString()}>
              {formatDate(previous.submittedAt, timeZone, 'medium')}
            </time>
            : {previous.verdict}, {previous.score} / 100 → now {feedback.verdict}, {feedback.score} / 100.{' '}
            <Link href={`/mock/${previous.id}/feedback`} className="text-accent underline">
              Open it
            </Link>
          </p>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="comparison">
              <thead>
                <tr className="border-b border-border text-fg-muted">
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Criterion
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Previous
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    This attempt
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Change
                  </th>
                </tr>
              </thead>
              <tbody>
                {previous.criteria.map((row) => (
                  <tr key={row.id} className="border-b border-border last:border-0">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      {row.title}
                    </th>
                    <td className="py-2 pr-3">{row.previous ? <LevelBadge level={row.previous} /> : '—'}</td>
                    <td className="py-2 pr-3">
                      <LevelBadge level={row.current} />
                    </td>
                    <td
                      className={`py-2 ${row.change === 'better' ? 'text-success' : row.change === 'worse' ? 'text-danger' : 'text-fg-muted'}`}
                    >
                      {CHANGE_TEXT[row.change]}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Panel>
      ) : null}

      <section aria-labelledby="answers-heading" className="flex flex-col gap-3">
        <h2 id="answers-heading" className="text-xl font-semibold">
          Your answer beside the model answers
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <Panel>
            <h3 className="mb-3 font-semibold">Your answer</h3>
            {attempt.answer.trim() ? (
              <div data-testid="your-answer">
                <Markdown className="text-sm" html={markdownToSafeHtml(attempt.answer)} />
              </div>
            ) : (
              <p className="text-fg-muted">(empty)</p>
            )}
          </Panel>
          <Panel>
            <h3 className="mb-3 font-semibold">Model answers</h3>
            {prompt.modelAnswers ? (
              <AnswerTabs
                label="Model answers"
                tabs={[
                  {
                    id: 'great',
                    title: 'Great answer',
                    content: <Markdown className="text-sm" html={markdownToSafeHtml(prompt.modelAnswers.great)} />,
                  },
                  {
                    id: 'average',
                    title: 'Average answer',
                    content: <Markdown className="text-sm" html={markdownToSafeHtml(prompt.modelAnswers.average)} />,
                  },
                ]}
              />
            ) : (
              <p className="text-fg-muted">This prompt is no longer in the library.</p>
            )}
          </Panel>
        </div>
      </section>

      <div className="flex flex-wrap gap-3">
        <ButtonLink href={`/mock?prompt=${encodeURIComponent(prompt.id)}`}>Re-take this prompt</ButtonLink>
        <ButtonLink href="/mock/history" variant="secondary">
          All your attempts
        </ButtonLink>
      </div>
    </div>
  );
}
