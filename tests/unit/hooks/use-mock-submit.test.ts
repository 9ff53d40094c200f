// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readLocalDraft, writeLocalDraft } from '@/components/mock/draft-store';
import { useMockSubmit } from '@/components/mock/use-mock-submit';
import { advance, apiError, fakeTimersPerTest, stubFetch } from './hook-harness';

const ATTEMPT = 'a1';

function renderSubmit() {
  let closed = false;
  const close = vi.fn(() => {
    if (closed) return null;
    closed = true;
    return { draft: 'My answer.', version: 3 };
  });
  const reopen = vi.fn(() => {
    closed = false;
  });
  const say = vi.fn();
  const onSubmitted = vi.fn();
  const hook = renderHook(() => useMockSubmit({ attemptId: ATTEMPT, close, reopen, say, onSubmitted }));
  return { ...hook, close, reopen, say, onSubmitted };
}

fakeTimersPerTest();
beforeEach(() => {
  window.localStorage.clear();
  writeLocalDraft(ATTEMPT, { draft: 'My answer.', version: 3, at: 0 });
});

describe('useMockSubmit', () => {
  it('asks first, then sends the final copy once; on success forgets this device’s copy and moves on', async () => {
    const sent = stubFetch(() => ({ status: 200, body: { attemptId: ATTEMPT } }));
    const { result, onSubmitted, say } = renderSubmit();
    act(() => result.current.ask());
    expect(result.current.confirming).toBe(true);
    await act(async () => {
      result.current.submit();
      result.current.submit(); // a double click sends once
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(sent).toEqual([
      expect.objectContaining({
        url: `/api/mock/attempts/${ATTEMPT}/submit`,
        body: { draft: 'My answer.', version: 3, auto: false },
      }),
    ]);
    expect(say).toHaveBeenCalledWith('Submitting your answer for grading…');
    expect(result.current).toMatchObject({ phase: 'submitting', confirming: false, timeUp: false });
    expect(readLocalDraft(ATTEMPT)).toBeNull();
    expect(onSubmitted).toHaveBeenCalledTimes(1);
  });

  it('at time up, submits unasked, marked automatic, and the answer turns read-only', async () => {
    const sent = stubFetch(() => ({ status: 200, body: { attemptId: ATTEMPT } }));
    const { result, say } = renderSubmit();
    await act(async () => {
      result.current.submitAtTimeUp();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(sent[0]?.body).toEqual({ draft: 'My answer.', version: 3, auto: true });
    expect(say).toHaveBeenCalledWith('Time is up: submitting your answer…');
    expect(result.current.timeUp).toBe(true);
  });

  it('retries while the connection is lost, then keeps the answer here and lets the learner try again', async () => {
    const sent = stubFetch(() => 'network-down');
    const { result, say, reopen, onSubmitted } = renderSubmit();
    act(() => result.current.submit());
    await advance(60_000);
    expect(sent).toHaveLength(6);
    expect(say).toHaveBeenCalledWith('Submitting… connection lost, retry 1. Your answer is kept on this device.');
    expect(say).toHaveBeenLastCalledWith(
      'Could not submit: you seem to be offline. Your answer is kept on this device — try again when you are back.',
    );
    expect(result.current.phase).toBe('failed');
    expect(reopen).toHaveBeenCalledTimes(1);
    expect(readLocalDraft(ATTEMPT)?.draft).toBe('My answer.');
    expect(onSubmitted).not.toHaveBeenCalled();
  });

  it('shows the server’s reason when it refuses', async () => {
    stubFetch(() => apiError(413, 'too_long', 'Your answer is over 20,000 words.'));
    const { result, say } = renderSubmit();
    await act(async () => {
      result.current.submit();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(say).toHaveBeenLastCalledWith('Your answer is over 20,000 words.');
    expect(result.current.phase).toBe('failed');
  });
});
