'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toKeyPress } from '@/components/ui/key-press';
import type { Grade } from '@/lib/core/scheduler/types';
import type { ReviewQueue } from '@/lib/server/queries/get-review-queue';
import { fetchQueue, submitReview, undoReview as undoReviewRequest, withRetry } from './review-api';
import { reviewKeyAction } from './review-keys';

export type Answered = { reviewId: string; cardId: string; grade: Grade };
type Pending = { cardId: string; grade: Grade; reviewId: string; durationMs: number };

/** Wait in the session (and fetch again when it is due) for a card coming back within this long. */
export const COME_BACK_WITHIN_MS = 60 * 60_000;

export type ReviewSessionOptions = {
  initialQueue: ReviewQueue;
  startedAt: number;
  /** A focus session of these cards (e.g. a quiz's misses) instead of today's queue. */
  focusCardIds?: string[];
};

/**
 * The daily review's state: the queue (asked again after each answer), the shown card and its
 * answer, grading with one idempotency key per answer (retried; kept for "Send again" when
 * offline), undo of the last answer, and the keyboard (1–4, Space / Enter, Ctrl/Cmd+Z).
 */
export function useReviewQueue({ initialQueue, startedAt, focusCardIds }: ReviewSessionOptions) {
  const [queue, setQueue] = useState<ReviewQueue>(initialQueue);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [failed, setFailed] = useState<Pending | null>(null);
  const [answered, setAnswered] = useState<Answered[]>([]);
  const [now, setNow] = useState(startedAt);
  const shownAt = useRef(startedAt);
  const reviewId = useRef<string | null>(null);
  // The session's total is fixed when it starts: cards that come back (learning steps) don't grow it.
  const [sessionTotal] = useState(() => initialQueue.counts.new + initialQueue.counts.learning + initialQueue.counts.review);

  const card = queue.cards[0] ?? null;

  const load = useCallback(
    async (after: string | null, putFirst?: string, answeredIds: string[] = []) => {
      const focus = focusCardIds?.filter((id) => !answeredIds.includes(id) || id === putFirst);
      if (focus && focus.length === 0) {
        setQueue((q) => ({ ...q, cards: [], counts: { new: 0, learning: 0, review: 0 } }));
        setRevealed(false);
        setNow(Date.now());
        return;
      }
      const next = await withRetry(
        () => fetchQueue(after, focus),
        () => setStatus('Connection lost — retrying…'),
      );
      if (putFirst) {
        const index = next.cards.findIndex((c) => c.id === putFirst);
        if (index > 0) next.cards.unshift(...next.cards.splice(index, 1));
      }
      setStatus(null);
      setQueue(next);
      setRevealed(false);
      reviewId.current = null;
      shownAt.current = Date.now();
      setNow(Date.now());
    },
    [focusCardIds],
  );

  const reveal = useCallback(() => {
    if (!card || revealed) return;
    reviewId.current = crypto.randomUUID(); // one key per answer: retries reuse it
    setRevealed(true);
  }, [card, revealed]);

  const send = useCallback(
    async (pending: Pending) => {
      setBusy(true);
      setFailed(null);
      try {
        await withRetry(
          () => submitReview(pending),
          (n) => setStatus(`Saving your answer… retry ${n}`),
        );
        const list = [...answered, { reviewId: pending.reviewId, cardId: pending.cardId, grade: pending.grade }];
        setAnswered(list);
        await load(
          pending.cardId,
          undefined,
          list.map((a) => a.cardId),
        );
      } catch {
        setFailed(pending);
        setStatus('You seem to be offline. Your answer is kept here — send it again when you are back.');
      } finally {
        setBusy(false);
      }
    },
    [answered, load],
  );

  const grade = useCallback(
    (g: Grade) => {
      if (!card || !revealed || busy || !reviewId.current) return;
      void send({
        cardId: card.id,
        grade: g,
        reviewId: reviewId.current,
        durationMs: Math.max(0, Date.now() - shownAt.current),
      });
    },
    [busy, card, revealed, send],
  );

  const undo = useCallback(async () => {
    const last = answered.at(-1);
    if (!last || busy) return;
    setBusy(true);
    try {
      await withRetry(
        () => undoReviewRequest(last.reviewId),
        () => setStatus('Undoing… retrying'),
      );
      const list = answered.slice(0, -1);
      setAnswered(list);
      await load(
        null,
        last.cardId,
        list.map((a) => a.cardId),
      );
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'Could not undo.');
    } finally {
      setBusy(false);
    }
  }, [answered, busy, load]);

  // Nothing to show now, but a card (a learning step) comes back soon: wait here and fetch it when it is due.
  const nextDueAt = queue.nextDue ? Date.parse(queue.nextDue) : null;
  const comesBackAt =
    !card && !focusCardIds && nextDueAt !== null && (queue.counts.learning > 0 || nextDueAt - now <= COME_BACK_WITHIN_MS)
      ? nextDueAt
      : null;
  useEffect(() => {
    if (comesBackAt === null || busy || failed) return;
    const timer = setTimeout(
      () => void load(null, undefined, answered.map((a) => a.cardId)).catch(() => setStatus('Connection lost — reload to continue.')),
      Math.max(0, comesBackAt - Date.now()) + 500,
    );
    return () => clearTimeout(timer);
  }, [answered, busy, comesBackAt, failed, load]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const action = reviewKeyAction(toKeyPress(event), revealed);
      if (!action) return;
      if (action.preventDefault) event.preventDefault();
      if (action.type === 'undo') void undo();
      else if (action.type === 'reveal') reveal();
      else grade(action.grade);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [grade, reveal, revealed, undo]);

  const remaining = queue.counts.new + queue.counts.learning + queue.counts.review;
  const cardsAnswered = new Set(answered.map((a) => a.cardId)).size;
  // Of the cards answered this session, those due again today (a learning step): in `remaining` again.
  const cameBack = Math.min(cardsAnswered, Math.max(0, remaining - Math.max(0, sessionTotal - cardsAnswered)));
  return {
    queue,
    card,
    revealed,
    busy,
    status,
    /** An answer that could not be sent, to send again. */
    failed,
    answered,
    /** When the queue last changed: the summary's clock. */
    now,
    remaining,
    /** Answered so far: in this focus session, or today. */
    done: focusCardIds ? answered.length : queue.doneToday,
    /**
     * The session's progress in cards, against a total fixed when it started: `finished` cards are
     * out of today's queue; `cameBack` answered ones are due again today (shown as "+N came back",
     * never by growing the total).
     */
    progress: { total: Math.max(sessionTotal, remaining), finished: Math.max(0, sessionTotal - remaining), cameBack },
    /** Distinct cards answered this session, and answers given (a learning card is answered more than once). */
    cardsAnswered,
    /** When the next card comes back within this session (the session waits and fetches it then), else null. */
    comesBackAt,
    reveal,
    grade,
    undo,
    sendAgain: useCallback(() => {
      if (failed) void send(failed);
    }, [failed, send]),
  };
}
