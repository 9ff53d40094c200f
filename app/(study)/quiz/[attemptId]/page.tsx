import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { QuizResults } from '@/components/quiz/quiz-results';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { feedbackFor, type QuizFeedback } from '@/lib/core/quiz/feedback-for';
import { summarizeQuiz } from '@/lib/core/quiz/summarize-quiz';
import { toPublicQuestion } from '@/lib/core/quiz/to-public-question';
import { requireUser } from '@/lib/server/auth';
import { getContent } from '@/lib/server/content';
import { finishQuiz } from '@/lib/server/mutations/finish-quiz';
import { getQuizAttempt } from '@/lib/server/queries/get-quiz-attempt';
import { QUIZ_GRACE_MS, quizDeadline } from '@/lib/server/quiz-deadline';

export const metadata: Metadata = { title: 'Quiz' };

type Props = { params: Promise<{ attemptId: string }> };

export default async function QuizAttemptPage({ params }: Props) {
  const { attemptId } = await params;
  const user = await requireUser(`/quiz/${encodeURIComponent(attemptId)}`);
  let attempt = await getQuizAttempt(user.id, attemptId.slice(0, 100));
  if (!attempt) notFound();
  const now = new Date();
  const deadline = quizDeadline(attempt);
  if (!attempt.finishedAt && deadline && now.getTime() > deadline.getTime() + QUIZ_GRACE_MS) {
    await finishQuiz(attempt, now); // the clock ran out while the learner was away
    attempt = (await getQuizAttempt(user.id, attempt.id))!;
  }

  const content = await getContent();
  const dimensionNames = Object.fromEntries(content.comparisons.flatMap((c) => c.dimensions.map((d) => [d.id, d.name])));
  const sources = Object.fromEntries(content.sources.map((s) => [s.id, s]));
  const used = new Set(attempt.questions.flatMap((q) => q.sources));
  const usedSources = Object.fromEntries(Object.entries(sources).filter(([id]) => used.has(id)));
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
        : feedbackFor(question, a.answer, { correct: a.correct, partial: a.partial ?? undefined, explanation: question.explanation, fellFor: a.fellFor });
  }
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={title} description="Keys 1–4 or A–D choose an answer; Enter checks it and moves on." />
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
    </div>
  );
}
