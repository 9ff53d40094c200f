import type { CardMark, MarkAction } from './card-mark';

/**
 * The action that takes `action` back, given the card's marks before it: suspend ↔ unsuspend,
 * bury ↔ unbury (a re-bury hides the card until the next day start again), a flag back to the one before.
 * Returns null when the action changed nothing (nothing to undo).
 */
export function undoMarkAction(before: CardMark, action: MarkAction, now: Date): MarkAction | null {
  switch (action.type) {
    case 'suspend':
      return before.suspendedAt ? null : { type: 'unsuspend' };
    case 'unsuspend':
      return before.suspendedAt ? { type: 'suspend' } : null;
    case 'bury':
      return before.buriedUntil && before.buriedUntil > now ? null : { type: 'unbury' };
    case 'unbury':
      return before.buriedUntil && before.buriedUntil > now ? { type: 'bury' } : null;
    case 'flag':
      return before.flag === action.flag ? null : { type: 'flag', flag: before.flag };
  }
}
