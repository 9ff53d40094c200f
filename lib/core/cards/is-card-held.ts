import type { CardMark } from './card-mark';

/** Whether a card stays out of the queue at `now`: suspended, or buried until a later instant. */
export function isCardHeld(mark: CardMark, now: Date): boolean {
  return mark.suspendedAt !== null || (mark.buriedUntil !== null && mark.buriedUntil.getTime() > now.getTime());
}
