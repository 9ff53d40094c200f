import { describe, expect, it } from 'vitest';
import { buildQueue, type QueueCandidate } from '@/lib/core/scheduler/build-queue';
import { newReviewState } from '@/lib/core/scheduler/new-review-state';
import type { Phase } from '@/lib/core/scheduler/types';

const NOW = new Date('2026-03-10T10:00:00Z');
const DAY_END = new Date('2026-03-11T04:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function card(id: string, phase: Phase | null, dueInMinutes = 0, order = 0): QueueCandidate {
  if (!phase) return { cardId: id, state: null, order };
  return { cardId: id, state: { ...newReviewState(NOW), phase, due: at(dueInMinutes), reps: 1 }, order };
}

describe('buildQueue', () => {
  it('puts due learning cards first, then due reviews oldest first, with new cards spread among them', () => {
    const q = buildQueue({
      candidates: [
        card('r2', 'review', -60),
        card('n1', null, 0, 1),
        card('r1', 'review', -600),
        card('l1', 'learning', -1),
        card('r3', 'review', 60),
        card('n2', null, 0, 2),
        card('r4', 'review', 120),
      ],
      now: NOW,
      dayEnd: DAY_END,
      newLimit: 2,
    });
    expect(q.entries.map((e) => e.cardId)).toEqual(['l1', 'r1', 'n1', 'r2', 'r3', 'n2', 'r4']);
    expect(q.counts).toEqual({ new: 2, learning: 1, review: 4 });
  });

  it('respects the new-card limit and keeps deck order for new cards', () => {
    const candidates = [card('c', null, 0, 3), card('a', null, 0, 1), card('b', null, 0, 2)];
    expect(buildQueue({ candidates, now: NOW, dayEnd: DAY_END, newLimit: 2 }).entries.map((e) => e.cardId)).toEqual(['a', 'b']);
    expect(buildQueue({ candidates, now: NOW, dayEnd: DAY_END, newLimit: 0 }).entries).toEqual([]);
  });

  it('leaves reviews due after the study day out, and learning steps not yet due for later', () => {
    const q = buildQueue({
      candidates: [card('tomorrow', 'review', 24 * 60), card('step', 'relearning', 5), card('now', 'review', -5)],
      now: NOW,
      dayEnd: DAY_END,
      newLimit: 0,
    });
    expect(q.entries.map((e) => e.cardId)).toEqual(['now']);
    expect(q.counts).toEqual({ new: 0, learning: 1, review: 1 });
    expect(q.nextDueToday).toEqual(at(5));
  });

  it('pulls a learning step due soon forward when nothing else is left (learn ahead), not one due much later', () => {
    const soon = buildQueue({ candidates: [card('step', 'learning', 8)], now: NOW, dayEnd: DAY_END, newLimit: 0 });
    expect(soon.entries.map((e) => e.cardId)).toEqual(['step']);
    const later = buildQueue({ candidates: [card('step', 'learning', 45)], now: NOW, dayEnd: DAY_END, newLimit: 0 });
    expect(later.entries).toEqual([]);
    expect(later.nextDueToday).toEqual(at(45));
  });

  it('does not show the card just answered twice in a row when there is another choice', () => {
    const candidates = [card('a', 'learning', -2), card('b', 'review', -1)];
    expect(buildQueue({ candidates, now: NOW, dayEnd: DAY_END, newLimit: 0, lastCardId: 'a' }).entries[0]?.cardId).toBe('b');
    expect(buildQueue({ candidates: [card('a', 'learning', -2)], now: NOW, dayEnd: DAY_END, newLimit: 0, lastCardId: 'a' }).entries[0]?.cardId).toBe('a');
  });

  it('is stable: the same input gives the same order', () => {
    const candidates = Array.from({ length: 50 }, (_, i) => card(`c${i}`, i % 3 ? 'review' : null, -i, i));
    const a = buildQueue({ candidates, now: NOW, dayEnd: DAY_END, newLimit: 10 });
    const b = buildQueue({ candidates: [...candidates].reverse(), now: NOW, dayEnd: DAY_END, newLimit: 10 });
    expect(a).toEqual(b);
  });
});
