// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useReviewQueue } from '@/components/review/use-review-queue';
import type { SafeHtml } from '@/lib/markdown/to-safe-html';
import type { ReviewCard, ReviewQueue } from '@/lib/server/queries/get-review-queue';
import { fakeTimersPerTest, type SentRequest, stubFetch } from './hook-harness';

const T0 = Date.parse('2026-11-02T12:00:00Z');
const html = (text: string) => `<p>${text}</p>` as SafeHtml;
const card = (id: string): ReviewCard => ({
  id,
  front: `Front ${id}`,
  back: `Back ${id}`,
  explanation: null,
  html: { front: html(`Front ${id}`), back: html(`Back ${id}`), explanation: null },
  sources: [],
  dimension: null,
  kind: 'review',
  intervals: { again: '1m', hard: '1d', good: '3d', easy: '7d' },
  flag: 0,
});

/** The review API over a day's cards: answered ones leave the queue, an undone one comes back. */
function reviewServer(ids: string[]) {
  const answered = new Map<string, string>(); // reviewId → cardId
  let down = false;
  const queue = (focus: string[] | null): ReviewQueue => {
    const left = ids.filter((id) => ![...answered.values()].includes(id) && (!focus || focus.includes(id)));
    return {
      cards: left.map(card),
      counts: { new: 0, learning: 0, review: left.length },
      doneToday: answered.size,
      nextDue: null,
    };
  };
  const sent = stubFetch((request: SentRequest) => {
    if (down) return 'network-down';
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/api/review/queue') {
      const focus = url.searchParams.get('cards');
      return { status: 200, body: queue(focus ? focus.split(',') : null) };
    }
    if (url.pathname === '/api/review') {
      const body = request.body as { cardId: string; reviewId: string };
      answered.set(body.reviewId, body.cardId);
      return { status: 200, body: { cardId: body.cardId, due: new Date(T0).toISOString(), state: 'review' } };
    }
    const { reviewId } = request.body as { reviewId: string };
    const cardId = answered.get(reviewId)!;
    answered.delete(reviewId);
    return { status: 200, body: { cardId, reviewId } };
  });
  return {
    sent,
    initial: queue(null),
    answers: () =>
      sent
        .filter((r) => r.url === '/api/review')
        .map((r) => r.body as { cardId: string; grade: string; reviewId: string }),
    goOffline: () => (down = true),
    goOnline: () => (down = false),
  };
}

const press = (key: string, init: KeyboardEventInit = {}) =>
  act(async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
    await vi.advanceTimersByTimeAsync(0);
  });

fakeTimersPerTest(T0);

describe('useReviewQueue', () => {
  it('Space shows the answer, 1–4 grade it with the time it took, and the next card comes', async () => {
    const server = reviewServer(['c1', 'c2']);
    const { result } = renderHook(() => useReviewQueue({ initialQueue: server.initial, startedAt: T0 }));
    expect(result.current.card?.id).toBe('c1');
    await press('3'); // not revealed yet: nothing to grade
    expect(server.sent).toEqual([]);
    await press(' ');
    expect(result.current.revealed).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(4_000));
    await press('1');
    expect(server.answers()).toEqual([
      { cardId: 'c1', grade: 'again', reviewId: expect.any(String) as string, durationMs: 4_000 },
    ]);
    expect(result.current.card?.id).toBe('c2');
    expect(result.current.revealed).toBe(false);
    expect(result.current).toMatchObject({ done: 1, remaining: 1 });
    await press('Enter');
    await press('Enter'); // revealed: Enter answers Good
    expect(server.answers()[1]).toMatchObject({ cardId: 'c2', grade: 'good' });
    expect(result.current.card).toBeNull();
    expect(result.current.answered.map((a) => a.grade)).toEqual(['again', 'good']);
  });

  it('Ctrl+Z takes the last answer back and shows that card again first', async () => {
    const server = reviewServer(['c1', 'c2', 'c3']);
    const { result } = renderHook(() => useReviewQueue({ initialQueue: server.initial, startedAt: T0 }));
    await press(' ');
    await press('4');
    expect(result.current.card?.id).toBe('c2');
    await press('z', { ctrlKey: true });
    const undo = server.sent.find((r) => r.url === '/api/review/undo');
    expect(undo?.body).toEqual({ reviewId: server.answers()[0]!.reviewId });
    expect(result.current.card?.id).toBe('c1');
    expect(result.current.answered).toEqual([]);
  });

  it('offline: keeps the answer, and "Send again" sends it with the same review id', async () => {
    const server = reviewServer(['c1', 'c2']);
    const { result } = renderHook(() => useReviewQueue({ initialQueue: server.initial, startedAt: T0 }));
    await press(' ');
    server.goOffline();
    await press('2');
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(result.current.failed).toMatchObject({ cardId: 'c1', grade: 'hard' });
    expect(result.current.status).toBe(
      'You seem to be offline. Your answer is kept here — send it again when you are back.',
    );
    const reviewIds = new Set(server.sent.map((r) => (r.body as { reviewId: string }).reviewId));
    expect(reviewIds.size).toBe(1); // every retry reused the same idempotency key
    server.goOnline();
    await act(async () => {
      result.current.sendAgain();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(server.answers().at(-1)?.reviewId).toBe([...reviewIds][0]);
    expect(result.current.failed).toBeNull();
    expect(result.current.status).toBeNull();
    expect(result.current.card?.id).toBe('c2');
  });

  it('a focus session asks only for its cards, and ends when they are answered', async () => {
    const server = reviewServer(['c1', 'c2', 'c3']);
    const focus = ['c2', 'c3'];
    const initialQueue = { ...server.initial, cards: [card('c2'), card('c3')] };
    const { result } = renderHook(() => useReviewQueue({ initialQueue, startedAt: T0, focusCardIds: focus }));
    await press(' ');
    await press('3');
    expect(server.sent.at(-1)?.url).toBe('/api/review/queue?after=c2&cards=c3');
    expect(result.current.card?.id).toBe('c3');
    const asked = server.sent.length;
    await press(' ');
    await press('3');
    expect(server.sent).toHaveLength(asked + 1); // the answer only: nothing left to ask for
    expect(result.current.card).toBeNull();
    expect(result.current.done).toBe(2);
  });

  it('keys typed into a field, or Space on a focused button, are left alone', async () => {
    const server = reviewServer(['c1']);
    const { result } = renderHook(() => useReviewQueue({ initialQueue: server.initial, startedAt: T0 }));
    const input = document.body.appendChild(document.createElement('input'));
    const button = document.body.appendChild(document.createElement('button'));
    await act(async () => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current.revealed).toBe(false);
    input.remove();
    button.remove();
  });

  describe('learning cards within the session (issue 15)', () => {
    /**
     * A day of cards on a clock: "again" brings a card back as a learning step in 5 minutes, any other
     * grade finishes it for today. The queue shows what is due now; counts.learning holds steps still to come.
     */
    function learningServer(ids: string[]) {
      const due = new Map<string, number | 'done'>(ids.map((id) => [id, T0]));
      stubFetch((request: SentRequest) => {
        const url = new URL(request.url, 'http://localhost');
        if (url.pathname === '/api/review') {
          const body = request.body as { cardId: string; grade: string };
          due.set(body.cardId, body.grade === 'again' ? Date.now() + 5 * 60_000 : 'done');
          return { status: 200, body: { cardId: body.cardId, due: new Date(T0).toISOString(), state: 'learning' } };
        }
        return { status: 200, body: queue() };
      });
      const queue = (): ReviewQueue => {
        const open = [...due].filter((entry): entry is [string, number] => entry[1] !== 'done');
        const now = open.filter(([, at]) => at <= Date.now()).map(([id]) => id);
        const later = open.filter(([, at]) => at > Date.now()).map(([, at]) => at);
        return {
          cards: now.map(card),
          counts: { new: 0, learning: later.length, review: now.length },
          doneToday: 0,
          nextDue: later.length > 0 ? new Date(Math.min(...later)).toISOString() : null,
        };
      };
      return { initial: queue() };
    }

    it('a learning card due in a few minutes comes back in the same session, without a reload', async () => {
      const server = learningServer(['c1']);
      const { result } = renderHook(() => useReviewQueue({ initialQueue: server.initial, startedAt: T0 }));
      await press(' ');
      await press('1'); // again: back in 5 minutes
      expect(result.current.card).toBeNull();
      expect(result.current.comesBackAt).toBe(T0 + 5 * 60_000);
      await act(() => vi.advanceTimersByTimeAsync(4 * 60_000));
      expect(result.current.card).toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(60_000 + 1_000));
      expect(result.current.card?.id).toBe('c1');
      expect(result.current.comesBackAt).toBeNull();
      await press(' ');
      await press(' '); // Space once the answer is shown: Good
      expect(result.current.card).toBeNull();
      expect(result.current.comesBackAt).toBeNull(); // nothing comes back: the day is done
      // one card, two answers
      expect(result.current.cardsAnswered).toBe(1);
      expect(result.current.answered.map((a) => a.grade)).toEqual(['again', 'good']);
    });

    it('the progress total stays as it started; a card that comes back is counted as "came back"', async () => {
      const server = learningServer(['c1', 'c2', 'c3']);
      const { result } = renderHook(() => useReviewQueue({ initialQueue: server.initial, startedAt: T0 }));
      expect(result.current.progress).toEqual({ total: 3, finished: 0, cameBack: 0 });
      await press(' ');
      await press('1'); // c1 comes back later
      expect(result.current.remaining).toBe(3);
      expect(result.current.progress).toEqual({ total: 3, finished: 0, cameBack: 1 });
      await press(' ');
      await press('4'); // c2 finished
      expect(result.current.progress).toEqual({ total: 3, finished: 1, cameBack: 1 });
      await press(' ');
      await press('1'); // c3 comes back too
      expect(result.current.progress).toEqual({ total: 3, finished: 1, cameBack: 2 });
      await act(() => vi.advanceTimersByTimeAsync(6 * 60_000));
      await press(' ');
      await press('3');
      await press(' ');
      await press('3');
      expect(result.current.progress).toEqual({ total: 3, finished: 3, cameBack: 0 });
      expect(result.current.cardsAnswered).toBe(3);
      expect(result.current.answered).toHaveLength(5);
    });

    it('a next card due tomorrow is not waited for: the day is done', async () => {
      const tomorrow = new Date(T0 + 86_400_000).toISOString();
      stubFetch(() => ({ status: 200, body: null }));
      const initialQueue: ReviewQueue = { cards: [], counts: { new: 0, learning: 0, review: 0 }, doneToday: 4, nextDue: tomorrow };
      const { result } = renderHook(() => useReviewQueue({ initialQueue, startedAt: T0 }));
      expect(result.current.comesBackAt).toBeNull();
      const soon = new Date(T0 + 10 * 60_000).toISOString();
      const waiting = renderHook(() =>
        useReviewQueue({ initialQueue: { ...initialQueue, counts: { new: 0, learning: 1, review: 0 }, nextDue: soon }, startedAt: T0 }),
      );
      expect(waiting.result.current.comesBackAt).toBe(Date.parse(soon));
    });
  });
});
