import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { REVIEW_KEYS_HINT } from '@/components/review/review-keys';
import { ReviewSession } from '@/components/review/review-session';
import { PageHeader } from '@/components/ui/page-header';
import { summarizeQuiz } from '@/lib/core/quiz/summarize-quiz';
import { requireUser } from '@/lib/server/auth';
import { getDeck } from '@/lib/server/queries/get-deck';
import { getDeckQueue } from '@/lib/server/queries/get-deck-queue';
import { getFocusQueue } from '@/lib/server/queries/get-focus-queue';
import { getQuizAttempt } from '@/lib/server/queries/get-quiz-attempt';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';

export const metadata: Metadata = { title: 'Review' };

type Props = { searchParams: Promise<{ quiz?: string | string[]; deck?: string | string[] }> };

const DeckIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,200}$/);

export default async function ReviewPage({ searchParams }: Props) {
  const { quiz, deck } = await searchParams;
  const user = await requireUser(
    typeof quiz === 'string'
      ? `/review?quiz=${encodeURIComponent(quiz)}`
      : typeof deck === 'string'
        ? `/review?deck=${encodeURIComponent(deck)}`
        : '/review',
  );
  const now = new Date();
  // ?deck=<id>: "study this deck now", that deck's queue only.
  const deckId = typeof quiz !== 'string' && deck !== undefined ? DeckIdSchema.safeParse(deck) : null;
  if (deckId) {
    const deckQueue = deckId.success ? await getDeckQueue(user.id, now, deckId.data) : null;
    if (!deckId.success || !deckQueue) notFound();
    const title = (await getDeck(deckId.data))?.title ?? 'this deck';
    return (
      <div className="mx-auto max-w-3xl">
        <PageHeader
          title={`Study ${title}`}
          description={`Only this deck's cards: due ones first, then new ones within today's new-card limit. ${REVIEW_KEYS_HINT}`}
          actions={
            <Link href="/review" className="text-sm text-accent underline">
              Daily review
            </Link>
          }
        />
        <ReviewSession initialQueue={deckQueue} startedAt={now.getTime()} deckId={deckId.data} />
      </div>
    );
  }
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
