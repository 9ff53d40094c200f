// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readLocalDraft, writeLocalDraft } from '@/components/mock/draft-store';
import { useAutosave } from '@/components/mock/use-autosave';
import { advance, apiError, fakeTimersPerTest, type SentRequest, stubFetch } from './hook-harness';

const T0 = Date.parse('2026-11-02T12:00:00Z');
const ATTEMPT = 'a1';

/** The draft endpoint as the server keeps it: the highest version wins. */
function draftServer(stored: { draft: string; version: number }) {
  let down = false;
  let error: ReturnType<typeof apiError> | null = null;
  const sent = stubFetch((request: SentRequest) => {
    if (down) return 'network-down';
    if (error) return error;
    const { draft, version } = request.body as { draft: string; version: number };
    const accepted = version > stored.version;
    if (accepted) Object.assign(stored, { draft, version });
    const now = new Date(Date.now()).toISOString();
    return {
      status: 200,
      body: { attemptId: ATTEMPT, accepted, version: stored.version, savedAt: accepted ? now : null, serverNow: now },
    };
  });
  return {
    stored,
    sent,
    saves: () => sent.filter((r) => r.url.endsWith('/draft')).map((r) => r.body as { draft: string; version: number }),
    goOffline: () => (down = true),
    goOnline: () => (down = false),
    failWith: (reply: ReturnType<typeof apiError>) => (error = reply),
  };
}

/** Mounts the hook and lets its after-load check of this device's copy run (before any typing, as in a browser). */
async function renderAutosave(initial: { draft: string; version: number }) {
  const onTimeUp = vi.fn();
  const onSubmitted = vi.fn();
  const hook = renderHook(() => useAutosave({ attemptId: ATTEMPT, initial, onTimeUp, onSubmitted }));
  await advance(0);
  return { ...hook, onTimeUp, onSubmitted };
}

fakeTimersPerTest(T0);
beforeEach(() => {
  window.localStorage.clear();
});

describe('useAutosave', () => {
  it('saves 1.5 s after the last keystroke, with the next version, and keeps a copy on this device', async () => {
    const server = draftServer({ draft: '', version: 0 });
    const { result } = await renderAutosave({ draft: '', version: 0 });
    act(() => result.current.change('Hello'));
    expect(result.current.saveState).toBe('saving');
    expect(readLocalDraft(ATTEMPT)).toMatchObject({ draft: 'Hello', version: 1 });
    await advance(1_000);
    expect(server.saves()).toEqual([]);
    await advance(1_000);
    expect(server.saves()).toEqual([{ draft: 'Hello', version: 1 }]);
    expect(result.current.saveState).toBe('saved');
    expect(result.current.savedAt).toBe(T0 + 1_500);
    expect(readLocalDraft(ATTEMPT)).toMatchObject({ draft: 'Hello', version: 1 });
  });

  it('saves at least every 5 s while typing goes on', async () => {
    const server = draftServer({ draft: '', version: 0 });
    const { result } = await renderAutosave({ draft: '', version: 0 });
    let text = '';
    for (let t = 0; t < 6_000; t += 300) {
      text += 'a';
      act(() => result.current.change(text));
      await advance(300);
    }
    expect(server.saves()).toHaveLength(1);
    expect(server.saves()[0]!.draft.length).toBeGreaterThan(15);
    expect(result.current.saveState).toBe('saving'); // typing went on after it
  });

  it('a save refused because a closed page used its version goes again after the stored one, and only then says Saved', async () => {
    // A late save from a page closed a moment ago already holds version 1.
    const server = draftServer({ draft: 'Stale words from the closed page.', version: 1 });
    const { result } = await renderAutosave({ draft: '', version: 0 });
    act(() => result.current.change('My real answer.'));
    await advance(1_500);
    expect(server.saves()).toEqual([{ draft: 'My real answer.', version: 1 }]);
    expect(result.current.saveState).toBe('saving');
    await advance(500);
    expect(server.saves()[1]).toEqual({ draft: 'My real answer.', version: 2 });
    expect(server.stored).toEqual({ draft: 'My real answer.', version: 2 });
    expect(result.current.saveState).toBe('saved');
  });

  it('offline: says so, keeps the text on this device, backs off, and saves as soon as the browser is back online', async () => {
    const server = draftServer({ draft: '', version: 0 });
    const { result } = await renderAutosave({ draft: '', version: 0 });
    server.goOffline();
    act(() => result.current.change('Written offline.'));
    await advance(1_500);
    expect(server.sent).toHaveLength(1);
    expect(result.current.saveState).toBe('offline');
    expect(readLocalDraft(ATTEMPT)?.draft).toBe('Written offline.');
    await advance(1_500); // 2 s backoff after the first failure
    expect(server.sent).toHaveLength(1);
    await advance(500);
    expect(server.sent).toHaveLength(2);
    await advance(3_500); // then 4 s
    expect(server.sent).toHaveLength(2);
    server.goOnline();
    await act(async () => {
      window.dispatchEvent(new Event('online'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(server.sent).toHaveLength(3);
    expect(server.stored.draft).toBe('Written offline.');
    expect(result.current.saveState).toBe('saved');
  });

  it('after a reload, a newer copy on this device goes into the editor and is saved at once; the server’s is a click away', async () => {
    writeLocalDraft(ATTEMPT, { draft: 'Newer, never arrived.', version: 3, at: T0 - 1_000 });
    const server = draftServer({ draft: 'Older.', version: 2 });
    const { result } = await renderAutosave({ draft: 'Older.', version: 2 });
    expect(result.current.text).toBe('Newer, never arrived.');
    expect(result.current.serverCopy?.draft).toBe('Older.');
    await advance(500);
    expect(server.saves()).toEqual([{ draft: 'Newer, never arrived.', version: 4 }]);

    const serverCopy = result.current.serverCopy!;
    await act(async () => {
      result.current.takeServerCopy(serverCopy);
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current.serverCopy).toBeNull();
    expect(result.current.text).toBe('Older.');
    expect(server.stored).toEqual({ draft: 'Older.', version: 5 });
  });

  it('after a reload, the server’s copy stays when this device’s is not newer', async () => {
    writeLocalDraft(ATTEMPT, { draft: 'Old local.', version: 1, at: T0 - 1_000 });
    draftServer({ draft: 'Server.', version: 2 });
    const { result } = await renderAutosave({ draft: 'Server.', version: 2 });
    expect(result.current.text).toBe('Server.');
    expect(result.current.serverCopy).toBeNull();
    expect(readLocalDraft(ATTEMPT)).toMatchObject({ draft: 'Server.', version: 2 });
  });

  it('closing the page sends the unsaved text by beacon, with a version of its own', async () => {
    const server = draftServer({ draft: '', version: 0 });
    const beacon = vi.fn<(url: string, body: Blob) => boolean>(() => true);
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true });
    try {
      const { result } = await renderAutosave({ draft: '', version: 0 });
      act(() => result.current.change('Last words.'));
      window.dispatchEvent(new Event('pagehide'));
      expect(beacon).toHaveBeenCalledTimes(1);
      expect(beacon.mock.calls[0]![0]).toBe(`/api/mock/attempts/${ATTEMPT}/draft`);
      expect(readLocalDraft(ATTEMPT)).toMatchObject({ draft: 'Last words.', version: 1 });
      window.dispatchEvent(new Event('pagehide')); // nothing unsaved since
      expect(beacon).toHaveBeenCalledTimes(1);
      expect(server.sent).toEqual([]);
    } finally {
      Reflect.deleteProperty(navigator, 'sendBeacon');
    }
  });

  it('without sendBeacon, the last words go by a keepalive fetch', async () => {
    const server = draftServer({ draft: '', version: 0 });
    const { result } = await renderAutosave({ draft: '', version: 0 });
    act(() => result.current.change('Last words.'));
    window.dispatchEvent(new Event('pagehide'));
    expect(server.sent).toEqual([
      expect.objectContaining({ keepalive: true, body: { draft: 'Last words.', version: 1 } }),
    ]);
  });

  it('a hidden tab saves with keepalive, so the save outlives the page', async () => {
    const server = draftServer({ draft: '', version: 0 });
    const { result } = await renderAutosave({ draft: '', version: 0 });
    act(() => result.current.change('Switching tabs.'));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(server.sent).toEqual([
      expect.objectContaining({ keepalive: true, body: { draft: 'Switching tabs.', version: 1 } }),
    ]);
  });

  it('an answer over the word limit is not sent', async () => {
    const server = draftServer({ draft: '', version: 0 });
    const { result } = await renderAutosave({ draft: '', version: 0 });
    act(() => result.current.change('word '.repeat(20_001)));
    expect(result.current.saveState).toBe('too-long');
    await advance(6_000);
    expect(server.sent).toEqual([]);
    expect(result.current.saveState).toBe('too-long');
  });

  it('the server saying the time is up, or that the answer is submitted, hands over to the page', async () => {
    const server = draftServer({ draft: '', version: 0 });
    const first = await renderAutosave({ draft: '', version: 0 });
    server.failWith(apiError(409, 'time_up'));
    act(() => first.result.current.change('Late.'));
    await advance(1_500);
    expect(first.onTimeUp).toHaveBeenCalledTimes(1);
    cleanup();

    server.failWith(apiError(409, 'submitted'));
    const second = await renderAutosave({ draft: '', version: 0 });
    act(() => second.result.current.change('From another tab.'));
    await advance(1_500);
    expect(second.onSubmitted).toHaveBeenCalledTimes(1);
    act(() => second.result.current.change('More.'));
    await advance(10_000);
    expect(server.sent).toHaveLength(2); // closed: no more saves
  });

  it('close() hands over the final copy after every save and stops the saves; reopen() lets them go on', async () => {
    const server = draftServer({ draft: '', version: 0 });
    const { result } = await renderAutosave({ draft: '', version: 0 });
    act(() => result.current.change('Final answer.'));
    let copy: ReturnType<typeof result.current.close> = null;
    act(() => {
      copy = result.current.close();
    });
    expect(copy).toEqual({ draft: 'Final answer.', version: 1 });
    expect(result.current.close()).toBeNull();
    expect(readLocalDraft(ATTEMPT)).toMatchObject({ draft: 'Final answer.', version: 1 });
    await advance(10_000);
    expect(server.sent).toEqual([]);
    act(() => result.current.reopen());
    await advance(500);
    expect(server.saves()).toEqual([{ draft: 'Final answer.', version: 2 }]);
  });
});
