import type { CardMark, MarkAction } from './card-mark';

/**
 * A card's marks after an action. `nextDayStart` is the start of the learner's next study day (their
 * time zone and rollover hour: `studyDay(now, …).end`), when a buried card comes back. Suspending
 * keeps an existing suspension's date; the input is never changed.
 */
export function applyMarkAction(before: CardMark, action: MarkAction, now: Date, nextDayStart: Date): CardMark {
  switch (action.type) {
    case 'suspend':
      return { ...before, suspendedAt: before.suspendedAt ?? now };
    case 'unsuspend':
      return { ...before, suspendedAt: null };
    case 'bury':
      return { ...before, buriedUntil: nextDayStart };
    case 'unbury':
      return { ...before, buriedUntil: null };
    case 'flag':
      return { ...before, flag: action.flag };
  }
}
