'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toKeyPress } from '@/components/ui/key-press';
import type { MarkAction } from '@/lib/core/cards/card-mark';
import { describeMarkAction } from '@/lib/core/cards/card-mark';
import type { Grade } from '@/lib/core/scheduler/types';
import { markCardAction } from '@/lib/server/actions/mark-card-action';
import type { ReviewQueue } from '@/lib/server/queries/get-review-queue';
import { fetchQueue, isBusy, submitReview, undoReview as undoReviewRequest, withRetry } from './review-api';
import { reviewKeyAction } from './review-keys';

export type Answered = { reviewId: string; cardId: string; grade: Grade };
/** A mark given in this session (suspend, bury, flag), with the action that takes it back. */
type Marked = { cardId: string; action: MarkAction; undo: MarkAction };
type Pending = { cardId: string; grade: Grade; reviewId: string; durationMs: number };

/** Wait in the session (and fetch again when it is due) for a card coming back within this long. */
export const COME_BACK_WITHIN_MS = 60 * 60_000;

export type ReviewSessionOptions = {
  initialQueue: ReviewQueue;
  startedAt: number;
  /** A focus session of these cards (e.g. a quiz's misses) instead of today's queue. */
  focusCardIds?: string[];
  /** A session of this deck only ("study this deck now"). */
  deckId?: string;
};

/** What the review says after a mark, so the learner knows what happened and how to take it back. */
function describeMark(action: MarkAction): string {
  // in the review a suspended card vanishes: say where it went
  return action.type === 'suspend'
    ? 'Card suspended: it stays out of your reviews until you unsuspend it in the card browser.'
    : describeMarkAction(action);
}

/**
 * The daily review's state: the queue (asked again after each answer), the shown card and its
 * answer, grading with one idempotency key per answer (retried; kept for "Send again" when
 * offline), undo of the last answer, and the keyboard (1–4, Space / Enter, Ctrl/Cmd+Z).
 */
export function useReviewQueue({ initialQueue, startedAt, focusCardIds, deckId }: ReviewSessionOptions) {
  const [queue, setQueue] = useState<ReviewQueue>(initialQueue);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [failed, setFailed] = useState<Pending | null>(null);
  const [answered, setAnswered] = useState<Answered[]>([]);
  const [marked, setMarked] = useState<Marked[]>([]);
  /** What Ctrl+Z takes back, latest last: an answer or a mark. */
  const [undoOrder, setUndoOrder] = useState<('answer' | 'mark')[]>([]);
  /** Cards suspended or buried this session: out of the queue, so out of the session's total too. */
  const [setAside, setSetAside] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [now, setNow] = useState(startedAt);
  const shownAt = useRef(startedAt);
  const reviewId = useRef<string | null>(null);
  // The session's total is fixed when it starts: cards that come back (learning steps) don't grow it.
  const [sessionTotal] = useState(
    () => initialQueue.counts.new + initialQueue.counts.learning + initialQueue.counts.review,
  );

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
        () => fetchQueue(after, focus, deckId),
        (_n, { busy }) => setStatus(busy ? 'Busy, retrying…' : 'Connection lost — retrying…'),
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
    [focusCardIds, deckId],
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
          (n, { busy }) =>
            setStatus(busy ? 'Busy, retrying… Your answer is kept.' : `Saving your answer… retry ${n}`),
        );
        const list = [...answered, { reviewId: pending.reviewId, cardId: pending.cardId, grade: pending.grade }];
        setAnswered(list);
        setUndoOrder((order) => [...order, 'answer']);
        setNotice(null);
        await load(
          pending.cardId,
          undefined,
          list.map((a) => a.cardId),
        );
      } catch (error) {
        setFailed(pending);
        setStatus(
          isBusy(error)
            ? 'The server is still busy, so your answer is not saved yet. It is kept here — send it again in a minute.'
            : 'You seem to be offline. Your answer is kept here — send it again when you are back.',
        );
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

  /** Suspends, buries or flags the shown card; a suspended or buried card leaves the queue. */
  const mark = useCallback(
    async (action: MarkAction) => {
      if (!card || busy) return;
      setBusy(true);
      try {
        const result = await markCardAction({ cardId: card.id, action });
        if (!result.ok) {
          setStatus(result.message);
          return;
        }
        const { undo: takeBack } = result.data;
        if (takeBack) {
          setMarked((list) => [...list, { cardId: card.id, action, undo: takeBack }]);
          setUndoOrder((order) => [...order, 'mark']);
        }
        setNotice(`${describeMark(action)}${takeBack ? ' Ctrl+Z undoes.' : ''}`);
        if (action.type === 'flag') {
          const flag = result.data.after.flag;
          setQueue((q) => ({ ...q, cards: q.cards.map((c) => (c.id === card.id ? { ...c, flag } : c)) }));
        } else if (takeBack) {
          setSetAside((n) => n + 1);
          await load(
            card.id,
            undefined,
            answered.map((a) => a.cardId),
          );
        }
      } catch {
        setStatus('You seem to be offline: nothing was changed. Try again when you are back.');
      } finally {
        setBusy(false);
      }
    },
    [answered, busy, card, load],
  );

  const undoMark = useCallback(async () => {
    const last = marked.at(-1);
    if (!last || busy) return;
    setBusy(true);
    try {
      const result = await markCardAction({ cardId: last.cardId, action: last.undo });
      if (!result.ok) {
        setStatus(result.message);
        return;
      }
      setMarked((list) => list.slice(0, -1));
      setUndoOrder((order) => order.slice(0, -1));
      setNotice(`Undone: ${describeMark(last.undo)}`);
      if (last.action.type === 'flag') {
        const flag = result.data.after.flag;
        setQueue((q) => ({ ...q, cards: q.cards.map((c) => (c.id === last.cardId ? { ...c, flag } : c)) }));
      } else {
        setSetAside((n) => Math.max(0, n - 1));
        await load(
          null,
          last.cardId,
          answered.map((a) => a.cardId),
        );
      }
    } catch {
      setStatus('You seem to be offline: could not undo. Try again when you are back.');
    } finally {
      setBusy(false);
    }
  }, [answered, busy, load, marked]);

  const undo = useCallback(async () => {
    if (undoOrder.at(-1) === 'mark') return undoMark();
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
      setUndoOrder((order) => order.slice(0, -1));
      setNotice(null);
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
  }, [answered, busy, load, undoMark, undoOrder]);

  // Nothing to show now, but a card (a learning step) comes back soon: wait here and fetch it when it is due.
  const nextDueAt = queue.nextDue ? Date.parse(queue.nextDue) : null;
  const comesBackAt =
    !card &&
    !focusCardIds &&
    nextDueAt !== null &&
    (queue.counts.learning > 0 || nextDueAt - now <= COME_BACK_WITHIN_MS)
      ? nextDueAt
      : null;
  useEffect(() => {
    if (comesBackAt === null || busy || failed) return;
    const timer = setTimeout(
      () =>
        void load(
          null,
          undefined,
          answered.map((a) => a.cardId),
        ).catch(() => setStatus('Connection lost — reload to continue.')),
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
      else if (action.type === 'grade') grade(action.grade);
      else if (action.type === 'suspend') void mark({ type: 'suspend' });
      else if (action.type === 'bury') void mark({ type: 'bury' });
      // The same flag again clears it, as in Anki.
      else if (card) void mark({ type: 'flag', flag: card.flag === action.flag ? 0 : action.flag });
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [card, grade, mark, reveal, revealed, undo]);

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
    progress: {
      total: Math.max(sessionTotal - setAside, remaining),
      finished: Math.max(0, sessionTotal - setAside - remaining),
      cameBack,
    },
    /** Distinct cards answered this session, and answers given (a learning card is answered more than once). */
    cardsAnswered,
    /** When the next card comes back within this session (the session waits and fetches it then), else null. */
    comesBackAt,
    reveal,
    grade,
    undo,
    /** Whether Ctrl+Z has something to take back (an answer or a mark). */
    canUndo: undoOrder.length > 0,
    mark,
    /** What the last mark did (or its undo), for a polite status line. */
    notice,
    sendAgain: useCallback(() => {
      if (failed) void send(failed);
    }, [failed, send]),
  };
}
