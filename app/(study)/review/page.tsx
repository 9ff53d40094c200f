import type { Metadata } from 'next';
import Link from 'next/link';
import { REVIEW_KEYS_HINT } from '@/components/review/review-keys';
import { ReviewSession } from '@/components/review/review-session';
import { PageHeader } from '@/components/ui/page-header';
import { summarizeQuiz } from '@/lib/core/quiz/summarize-quiz';
import { requireUser } from '@/lib/server/auth';
import { getFocusQueue } from '@/lib/server/queries/get-focus-queue';
import { getQuizAttempt } from '@/lib/server/queries/get-quiz-attempt';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';

export const metadata: Metadata = { title: 'Review' };

type Props = { searchParams: Promise<{ quiz?: string | string[] }> };

export default async function ReviewPage({ searchParams }: Props) {
  const { quiz } = await searchParams;
  const user = await requireUser(typeof quiz === 'string' ? `/review?quiz=${encodeURIComponent(quiz)}` : '/review');
  const now = new Date();
  // ?quiz=<attempt>: a focus session of the cards behind that quiz's misses.
  const attempt = typeof quiz === 'string' ? await getQuizAttempt(user.id, quiz.slice(0, 100)) : null;
  const focus = attempt
    ? summarizeQuiz(
        attempt.questions,
        attempt.questions.map((_, i) => attempt.answers.get(i) ?? null),
      ).missedCardIds.slice(0, 100)
    : undefined;
  const queue = focus ? await getFocusQueue(user.id, now, focus) : await getReviewQueue(user.id, now);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={focus ? 'Review what you missed' : 'Daily review'}
        description={REVIEW_KEYS_HINT}
        actions={
          <Link href="/review/settings" className="text-sm text-accent underline">
            Settings
          </Link>
        }
      />
      <ReviewSession initialQueue={queue} startedAt={now.getTime()} focusCardIds={focus?.filter((id) => queue.cards.some((c) => c.id === id))} />
    </div>
  );
}
