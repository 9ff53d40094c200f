// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuizFeedback } from '@/lib/server/quiz-view/feedback-for';
import type { PublicQuestion } from '@/lib/server/quiz-view/to-public-question';
import type { SafeHtml } from '@/lib/markdown/to-safe-html';
import type * as QuizApi from '@/components/quiz/quiz-api';
import { advance, fakeTimersPerTest } from './hook-harness';

// The network (the quiz JSON route's client call, the finish action) and the router stand in for the
// server and the page; the retry logic around the call is the real one.
const server = vi.hoisted(() => ({ answer: vi.fn(), finish: vi.fn(), refresh: vi.fn() }));
vi.mock('@/components/quiz/quiz-api', async (original) => ({
  ...(await original<typeof QuizApi>()),
  answerQuestion: server.answer,
}));
vi.mock('@/lib/server/actions/finish-quiz-action', () => ({ finishQuizAction: server.finish }));
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: server.refresh }) }));

const { useQuizPlayer } = await import('@/components/quiz/use-quiz-player');

const html = (text: string) => `<p>${text}</p>` as SafeHtml;
const question = (key: string): PublicQuestion => ({
  key,
  promptHtml: html(key),
  type: 'multiple-choice',
  options: ['o1', 'o2', 'o3'].map((id) => ({ id, html: html(id) })),
});
const QUESTIONS = [question('q0'), question('q1'), question('q2')];
const feedback = (optionId: string): QuizFeedback => ({
  correct: optionId === 'o2',
  partial: null,
  explanationHtml: html('Because.'),
  chosen: { optionId },
  fellFor: null,
  sources: [],
  dimension: null,
  type: 'multiple-choice',
  correctOptionId: 'o2',
  whyHtml: {},
});

const press = (key: string) =>
  act(async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
    await vi.advanceTimersByTimeAsync(0);
  });

fakeTimersPerTest();
beforeEach(() => {
  server.answer.mockReset();
  server.finish.mockReset().mockResolvedValue({ ok: true, data: { score: 1 } });
  server.refresh.mockReset();
});

describe('useQuizPlayer', () => {
  it('practice: starts at the first open question; a key picks, Enter checks and shows feedback, Enter moves on', async () => {
    server.answer.mockImplementation(async (_attemptId: string, body: { answer: { optionId: string } }) => ({
      mode: 'practice',
      feedback: feedback(body.answer.optionId),
    }));
    const { result } = renderHook(() =>
      useQuizPlayer({
        attemptId: 'q1',
        questions: QUESTIONS,
        answered: { 0: feedback('o1') },
        deadline: null,
        serverNow: 0,
      }),
    );
    expect(result.current.index).toBe(1);
    await press('Enter'); // nothing chosen: nothing sent
    expect(server.answer).not.toHaveBeenCalled();
    await press('b');
    expect(result.current.choice).toBe('o2');
    await press('Enter');
    expect(server.answer).toHaveBeenCalledWith(
      'q1',
      expect.objectContaining({ questionIndex: 1, answer: { optionId: 'o2' } }),
    );
    expect(result.current.feedback?.correct).toBe(true);
    expect(result.current.done).toBe(2);
    await press('1'); // answered: keys no longer pick
    expect(result.current.choice).toBe('o2');
    await press('Enter');
    expect(result.current).toMatchObject({ index: 2, choice: null, feedback: null });
  });

  it('timed: each answer goes straight on, and the last one finishes the test', async () => {
    server.answer.mockResolvedValue({ mode: 'timed', recorded: true });
    const { result } = renderHook(() =>
      useQuizPlayer({
        attemptId: 'q1',
        questions: QUESTIONS,
        answered: { 1: 'recorded' },
        deadline: 600_000,
        serverNow: 0,
      }),
    );
    expect(result.current.index).toBe(0);
    await press('1');
    await press('Enter');
    expect(result.current.index).toBe(2);
    expect(result.current.feedback).toBeNull();
    await press('3');
    await press('Enter');
    expect(server.finish).toHaveBeenCalledWith({ attemptId: 'q1' });
    expect(server.refresh).toHaveBeenCalledTimes(1);
  });

  it('timed: a skipped question stays open and comes back after the others; flags survive a reload; answered ones stay final', async () => {
    server.answer.mockResolvedValue({ mode: 'timed', recorded: true });
    window.sessionStorage.clear();
    const props = { attemptId: 'flags', questions: QUESTIONS, answered: {}, deadline: 600_000, serverNow: 0 };
    const { result, unmount } = renderHook(() => useQuizPlayer(props));
    expect(result.current.index).toBe(0);
    act(() => result.current.toggleFlag());
    expect([...result.current.flagged]).toEqual([0]);
    act(() => result.current.skip());
    expect(result.current.index).toBe(1);
    await press('1');
    await press('Enter');
    expect(result.current.index).toBe(2); // on to the next open question
    await press('2');
    await press('Enter');
    expect(result.current.index).toBe(0); // the skipped one comes back
    expect(server.finish).not.toHaveBeenCalled();
    act(() => result.current.goTo(1)); // back to an answered one: shown as recorded, Enter sends nothing
    expect(result.current.current).toBe('recorded');
    server.answer.mockClear();
    await press('Enter');
    expect(server.answer).not.toHaveBeenCalled();
    unmount();

    const reloaded = renderHook(() => useQuizPlayer({ ...props, answered: { 1: 'recorded', 2: 'recorded' } }));
    await advance(0);
    expect(reloaded.result.current.index).toBe(0);
    expect([...reloaded.result.current.flagged]).toEqual([0]);
    await press('3');
    await press('Enter');
    expect(server.answer).toHaveBeenCalledWith(
      'flags',
      expect.objectContaining({ questionIndex: 0, answer: { optionId: 'o3' } }),
    );
    expect(server.finish).toHaveBeenCalledWith({ attemptId: 'flags' });
  });

  it('the clock running out finishes the test', async () => {
    vi.setSystemTime(0);
    const { result } = renderHook(() =>
      useQuizPlayer({ attemptId: 'q1', questions: QUESTIONS, answered: {}, deadline: 2_000, serverNow: 0 }),
    );
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(result.current.remaining).toBe(0);
    expect(server.finish).toHaveBeenCalledTimes(1);
  });

  it('a lost connection is retried with the same answer; after the last try it says so and Enter sends it again', async () => {
    server.answer.mockRejectedValue(new TypeError('Failed to fetch'));
    const { result } = renderHook(() =>
      useQuizPlayer({ attemptId: 'q1', questions: QUESTIONS, answered: {}, deadline: null, serverNow: 0 }),
    );
    await press('1');
    await press('Enter');
    expect(result.current.error).toBe('Connection lost — retrying…');
    await act(() => vi.advanceTimersByTimeAsync(60_000)); // every backoff of the six tries
    expect(server.answer).toHaveBeenCalledTimes(6);
    expect(new Set(server.answer.mock.calls.map((c) => JSON.stringify(c)))).toHaveProperty('size', 1);
    expect(result.current.error).toBe(
      'Could not send your answer — check your connection and press Enter to try again.',
    );
    server.answer.mockResolvedValueOnce({ mode: 'practice', feedback: feedback('o1') });
    await press('Enter');
    expect(result.current.error).toBeNull();
    expect(result.current.feedback?.chosen).toEqual({ optionId: 'o1' });
  });
});
