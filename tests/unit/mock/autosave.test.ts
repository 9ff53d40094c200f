import { describe, expect, it } from 'vitest';
import { IDLE_SAVE_MS, isAutosaveDue, MAX_UNSAVED_MS } from '@/lib/core/mock/is-autosave-due';
import { type AutosaveEvent, type AutosaveState, IDLE_AUTOSAVE, reduceAutosave } from '@/lib/core/mock/reduce-autosave';

const T0 = Date.parse('2026-11-02T12:00:00Z');
const run = (events: AutosaveEvent[], from: AutosaveState = { ...IDLE_AUTOSAVE, sentVersion: 4 }) =>
  events.reduce(reduceAutosave, from);

describe('reduceAutosave', () => {
  it('numbers each save one after the highest version sent', () => {
    const state = run([
      { type: 'edited', at: T0 },
      { type: 'save-started', at: T0 + 1500 },
    ]);
    expect(state).toMatchObject({ sentVersion: 5, dirty: false, inFlight: true, lastSaveStartAt: T0 + 1500 });
    expect(run([{ type: 'save-stored' }], state)).toMatchObject({ sentVersion: 5, dirty: false, inFlight: false });
  });

  it('after a refused save, sends again after the stored version, at once', () => {
    const state = run([
      { type: 'edited', at: T0 },
      { type: 'save-started', at: T0 + 1500 },
      { type: 'save-refused', storedVersion: 9 },
    ]);
    expect(state).toMatchObject({ sentVersion: 9, dirty: true, inFlight: false, lastChangeAt: 0 });
    expect(isAutosaveDue(state, T0 + 1501)).toBe(true);
    // a refusal of an older version than ours never lowers the count
    expect(run([{ type: 'save-refused', storedVersion: 2 }], state).sentVersion).toBe(9);
  });

  it('backs off after failures: 2 s, 4 s, 8 s… at most 30 s; success or coming back online resets it', () => {
    let state = run([{ type: 'edited', at: T0 }]);
    const delays: number[] = [];
    for (let n = 0; n < 6; n++) {
      state = run(
        [
          { type: 'save-started', at: T0 },
          { type: 'save-failed', at: T0 },
        ],
        state,
      );
      delays.push(state.retryAt - T0);
    }
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(state).toMatchObject({ dirty: true, failures: 6 });
    expect(isAutosaveDue(state, T0 + 29_999)).toBe(false);
    expect(isAutosaveDue(state, T0 + 30_000)).toBe(true);
    expect(run([{ type: 'online' }], state).retryAt).toBe(0);
    const saved = run([{ type: 'save-started', at: T0 + 30_000 }, { type: 'save-stored' }], state);
    expect(saved).toMatchObject({ failures: 0, retryAt: 0 });
  });

  it('a copy restored from this device is saved at once, after its own version', () => {
    const state = run([{ type: 'copy-restored', version: 7, at: T0 }]);
    expect(state).toMatchObject({ sentVersion: 7, dirty: true, lastChangeAt: 0, lastSaveStartAt: T0 });
    expect(isAutosaveDue(state, T0)).toBe(true);
    expect(run([{ type: 'copy-restored', version: 2, at: T0 }]).sentVersion).toBe(4);
  });

  it('a beacon or the submit claims a version of its own; closing stops the saves until reopened', () => {
    const state = run([{ type: 'edited', at: T0 }, { type: 'version-claimed' }, { type: 'beacon-sent' }]);
    expect(state).toMatchObject({ sentVersion: 5, dirty: false });
    const closed = run([{ type: 'edited', at: T0 }, { type: 'closed' }]);
    expect(isAutosaveDue(closed, T0 + 60_000)).toBe(false);
    expect(isAutosaveDue(run([{ type: 'reopened' }], closed), T0 + 60_000)).toBe(true);
  });

  it('does not change the state it is given', () => {
    const state = { ...IDLE_AUTOSAVE, sentVersion: 1 };
    const copy = { ...state };
    run(
      [
        { type: 'edited', at: T0 },
        { type: 'save-started', at: T0 },
        { type: 'save-failed', at: T0 },
      ],
      state,
    );
    expect(state).toEqual(copy);
  });
});

describe('isAutosaveDue', () => {
  const typing = run([{ type: 'edited', at: T0 }]);

  it('waits for a pause in typing', () => {
    expect(isAutosaveDue(typing, T0 + IDLE_SAVE_MS - 1)).toBe(false);
    expect(isAutosaveDue(typing, T0 + IDLE_SAVE_MS)).toBe(true);
  });

  it('saves anyway when typing has gone on since the last save for too long', () => {
    const afterSave = run([
      { type: 'save-started', at: T0 },
      { type: 'save-stored' },
      { type: 'edited', at: T0 + MAX_UNSAVED_MS - 1 },
    ]);
    expect(isAutosaveDue(afterSave, T0 + MAX_UNSAVED_MS - 1)).toBe(false);
    const stillTyping = run([{ type: 'edited', at: T0 + MAX_UNSAVED_MS }], afterSave);
    expect(isAutosaveDue(stillTyping, T0 + MAX_UNSAVED_MS)).toBe(true);
  });

  it('never while nothing is unsaved or a save is under way', () => {
    expect(isAutosaveDue(IDLE_AUTOSAVE, T0 + 60_000)).toBe(false);
    expect(isAutosaveDue(run([{ type: 'save-started', at: T0 }], typing), T0 + 60_000)).toBe(false);
  });
});
