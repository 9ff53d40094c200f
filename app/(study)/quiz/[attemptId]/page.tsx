import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { FinishOnLoad } from '@/components/ui/finish-on-load';
import { QuizResults } from '@/components/quiz/quiz-results';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { feedbackFor, type QuizFeedback } from '@/lib/server/quiz-view/feedback-for';
import { summarizeQuiz } from '@/lib/core/quiz/summarize-quiz';
import { toPublicQuestion } from '@/lib/server/quiz-view/to-public-question';
import { requireUser } from '@/lib/server/auth';
import { getDimensionNames } from '@/lib/server/queries/get-dimension-names';
import { getSources } from '@/lib/server/queries/get-sources';
import { finishQuizAction } from '@/lib/server/actions/finish-quiz-action';
import { getQuizAttempt } from '@/lib/server/queries/get-quiz-attempt';
import { QUIZ_GRACE_MS, quizDeadline } from '@/lib/server/quiz-deadline';

export const metadata: Metadata = { title: 'Quiz' };

type Props = { params: Promise<{ attemptId: string }>; searchParams: Promise<{ show?: string | string[] }> };

export default async function QuizAttemptPage({ params, searchParams }: Props) {
  const { attemptId } = await params;
  const onlyMissed = (await searchParams).show === 'missed';
  const user = await requireUser(`/quiz/${encodeURIComponent(attemptId)}`);
  const attempt = await getQuizAttempt(user.id, attemptId.slice(0, 100));
  if (!attempt) notFound();
  const now = new Date();
  const deadline = quizDeadline(attempt);
  const expired = !attempt.finishedAt && deadline !== null && now.getTime() > deadline.getTime() + QUIZ_GRACE_MS;

  const [dimensionNames, usedSources] = await Promise.all([
    getDimensionNames(),
    getSources(attempt.questions.flatMap((q) => q.sources)),
  ]);
  const title = attempt.mode === 'timed' ? 'Timed test' : 'Quiz';

  if (attempt.finishedAt) {
    const results = attempt.questions.map((_, i) => attempt.answers.get(i) ?? null);
    const summary = summarizeQuiz(attempt.questions, results);
    const seconds = Math.round((attempt.finishedAt.getTime() - attempt.startedAt.getTime()) / 1000);
    return (
      <div className="mx-auto max-w-4xl">
        <BackLink href="/quiz">Quizzes</BackLink>
        <PageHeader title={`${title} results`} />
        <QuizResults
          attemptId={attempt.id}
          mode={attempt.mode}
          summary={summary}
          seconds={seconds}
          questions={attempt.questions}
          answers={results.map((r) => r?.answer ?? null)}
          results={results.map((r) => (r ? { correct: r.correct, partial: r.partial } : null))}
          dimensionNames={dimensionNames}
          sources={usedSources}
          onlyMissed={onlyMissed}
        />
      </div>
    );
  }

  const answered: Record<number, QuizFeedback | 'recorded'> = {};
  for (const [i, a] of attempt.answers) {
    const question = attempt.questions[i]!;
    answered[i] =
      attempt.mode === 'timed'
        ? 'recorded'
        : feedbackFor(question, a.answer, {
            correct: a.correct,
            partial: a.partial ?? undefined,
            explanation: question.explanation,
            fellFor: a.fellFor,
          });
  }
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={title} description="Keys 1–4 or A–D choose an answer; Enter checks it and moves on." />
      {expired ? (
        <FinishOnLoad
          action={finishQuizAction}
          input={{ attemptId: attempt.id }}
          message="Time ran out while this page was closed: scoring the answers given before the end…"
        />
      ) : (
        <QuizPlayer
          attemptId={attempt.id}
          mode={attempt.mode}
          questions={attempt.questions.map(toPublicQuestion)}
          answered={answered}
          deadline={deadline?.getTime() ?? null}
          serverNow={now.getTime()}
          sources={usedSources}
          dimensionNames={dimensionNames}
        />
      )}
    </div>
  );
}
