import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/ui/back-link';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { AttemptIdSchema } from '@/lib/core/mock/schema';
import { requireUser } from '@/lib/server/auth';
import { getMockFeedback } from '@/lib/server/queries/get-mock-feedback';
import { getStudySettings } from '@/lib/server/queries/get-study-settings';
import { AnswersSection } from './_components/answers-section';
import { ContradictionsSection, CorrectionsSection, MisfitSection, TrapsSection } from './_components/answer-problems';
import { CriterionCard } from './_components/criterion-card';
import { FeedbackSection } from './_components/feedback-parts';
import { GapsPanel } from './_components/gaps-panel';
import { InstructorReviewPanel } from './_components/instructor-review-panel';
import { PreviousAttemptPanel } from './_components/previous-attempt-panel';
import { VerdictPanel } from './_components/verdict-panel';

export const metadata: Metadata = { title: 'Mock interview feedback' };

type Props = { params: Promise<{ attemptId: string }> };

export default async function MockFeedbackPage({ params }: Props) {
  const { attemptId } = await params;
  const user = await requireUser(`/mock/${encodeURIComponent(attemptId)}/feedback`);
  const id = AttemptIdSchema.safeParse(attemptId);
  const [view, settings] = await Promise.all([
    id.success ? getMockFeedback(user.id, id.data) : null,
    getStudySettings(user.id),
  ]);
  if (!view) notFound();
  const { timeZone, dayStartHour, newPerDay, interviewDate } = settings.study;
  const plan = { now: new Date(), timeZone, dayStartHour, perDay: newPerDay, interviewDate };
  const { attempt, prompt, feedback, previous, review } = view;
  const reviewed = new Map((review?.criteria ?? []).map((c) => [c.criterionId, c]));

  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/mock" className="">
        All prompts
      </BackLink>
      <PageHeader title={prompt.title} description="Feedback on your answer" />
      <VerdictPanel attempt={attempt} feedback={feedback} timeZone={timeZone} />
      {review ? <InstructorReviewPanel review={review} graderVerdict={feedback.verdict} timeZone={timeZone} /> : null}
      <GapsPanel attemptId={attempt.id} gaps={view.gaps} trapClaims={view.trapClaims} plan={plan} />
      <FeedbackSection id="criteria-heading" title="Criteria">
        <div className="grid gap-4 lg:grid-cols-2">
          {feedback.criteria.map((c) => (
            <CriterionCard
              key={c.id}
              attemptId={attempt.id}
              criterion={c}
              reviewed={reviewed.get(c.id)}
              rating={view.ratings[c.id] ?? null}
            />
          ))}
        </div>
      </FeedbackSection>
      <MisfitSection misfit={feedback.misfit} />
      <CorrectionsSection errors={feedback.errors} />
      <ContradictionsSection contradictions={feedback.contradictions} />
      <TrapsSection attemptId={attempt.id} traps={feedback.traps} trapClaims={view.trapClaims} />
      {previous ? <PreviousAttemptPanel previous={previous} feedback={feedback} timeZone={timeZone} /> : null}
      <AnswersSection answer={attempt.answer} modelAnswers={prompt.modelAnswers} />
      <div className="flex flex-wrap gap-3">
        <ButtonLink href={`/mock?prompt=${encodeURIComponent(prompt.id)}`}>Re-take this prompt</ButtonLink>
        <ButtonLink href="/mock/history" variant="secondary">
          All your attempts
        </ButtonLink>
      </div>
    </div>
  );
}
