import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LevelBadge } from '@/components/mock/level-badge';
import { Markdown } from '@/components/ui/markdown';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { AttemptIdSchema } from '@/lib/core/mock/schema';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { requireUser } from '@/lib/server/auth';
import { ClassIdSchema } from '@/lib/server/instructor/instructor-input';
import { getAttemptReview } from '@/lib/server/queries/get-attempt-review';
import { getTimeZone } from '@/lib/server/queries/get-time-zone';
import { formatDate } from '@/lib/core/format-date';
import { InstructorNav } from '../../../../../_components/instructor-nav';
import { InstructorsOnly } from '../../../../../_components/instructors-only';
import { ReviewForm } from './_components/review-form';

type Props = { params: Promise<{ classId: string; attemptId: string }> };

export const metadata: Metadata = { title: 'Review a mock answer' };

/** An instructor reads a class member's answer beside the grader's feedback and sets their own levels. */
export default async function ReviewAttemptPage({ params }: Props) {
  const { classId, attemptId } = await params;
  const user = await requireUser(
    `/instructor/classes/${encodeURIComponent(classId)}/attempts/${encodeURIComponent(attemptId)}`,
  );
  if (user.role === 'LEARNER') return <InstructorsOnly />;
  const cls = ClassIdSchema.safeParse(classId);
  const attempt = AttemptIdSchema.safeParse(attemptId);
  const view = cls.success && attempt.success ? await getAttemptReview(user, cls.data, attempt.data) : null;
  const timeZone = await getTimeZone(user.id);
  if (!view) notFound();
  const { grader } = view;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <BackLink href={`/instructor/classes/${view.classId}/attempts`}>Students’ answers in {view.className}</BackLink>
        <PageHeader
          title={`${view.attempt.student}: ${view.prompt.title}`}
          description={`Submitted ${formatDate(view.attempt.submittedAt, timeZone, 'medium-time')}`}
        />
        <InstructorNav current="/instructor/classes" />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex flex-col gap-6">
          <Panel>
            <h2 className="mb-2 text-lg font-semibold">The answer</h2>
            {view.attempt.answer.trim() ? (
              <div data-testid="reviewed-answer">
                <Markdown className="text-sm" html={markdownToSafeHtml(view.attempt.answer)} />
              </div>
            ) : (
              <p className="text-fg-muted">(empty)</p>
            )}
          </Panel>
          <Panel>
            <h2 className="mb-2 text-lg font-semibold">What the grader said</h2>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              Verdict <LevelBadge level={grader.verdict} /> · score {grader.score} / 100
            </p>
            {grader.unassessed ? (
              <p className="mt-2 text-sm text-warning">Not assessed: {grader.unassessed.message}</p>
            ) : null}
            {grader.misfit ? (
              <p className="mt-2 text-sm text-warning" data-testid="grader-misfit">
                Decision the scenario rules out: {grader.misfit.label} (“{grader.misfit.evidence}”)
              </p>
            ) : null}
            {grader.errors.length > 0 ? (
              <>
                <h3 className="mt-3 text-sm font-medium">Corrections</h3>
                <ul className="mt-1 flex list-disc flex-col gap-1 pl-5 text-sm">
                  {grader.errors.map((e) => (
                    <li key={`${e.claim}-${e.evidence}`}>
                      “{e.evidence}” — {e.correction}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h3 className="mt-3 text-sm font-medium">Scenario</h3>
            <Markdown className="text-sm text-fg-muted" html={markdownToSafeHtml(view.prompt.scenario)} />
          </Panel>
        </div>
        <Panel>
          <h2 className="mb-1 text-lg font-semibold">Your review</h2>
          <p className="mb-4 text-sm text-fg-muted">
            Start from the grader’s levels and change what you judge differently. The student sees your levels and
            comments beside the grader’s.
          </p>
          <ReviewForm
            classId={view.classId}
            attemptId={view.attempt.id}
            criteria={view.prompt.criteria.map((c) => {
              const graded = grader.criteria.find((g) => g.id === c.id);
              return {
                ...c,
                grader: graded?.level ?? 'miss',
                evidence: graded?.evidence ?? [],
                student: view.ratings[c.id] ?? null,
              };
            })}
            graderTraps={grader.traps.map((t) => ({ id: t.id, evidence: t.evidence }))}
            trapOptions={view.trapOptions}
            saved={view.review}
          />
        </Panel>
      </div>
    </div>
  );
}
