/**
 * Anki's seven flags, by number (Anki desktop: Ctrl+1 … Ctrl+7 toggle them in the reviewer and the
 * browser). 0 is "no flag". Colours follow Anki's names; the app shows the name next to the colour.
 */
export const FLAGS = [
  { flag: 1, name: 'Red' },
  { flag: 2, name: 'Orange' },
  { flag: 3, name: 'Green' },
  { flag: 4, name: 'Blue' },
  { flag: 5, name: 'Pink' },
  { flag: 6, name: 'Turquoise' },
  { flag: 7, name: 'Purple' },
] as const;

/** 0 (no flag) or one of FLAGS' numbers (FlagSchema checks it). Plain types here, so the review page's bundle carries no zod (ADR 008). */
export type Flag = number;

/** A learner's marks on one card. A card without a row has NO_MARK. */
export type CardMark = {
  /** Set: the card is out of every queue until it is unsuspended. */
  suspendedAt: Date | null;
  /** Set: the card is out of the queue until this instant (the start of the learner's next study day). */
  buriedUntil: Date | null;
  flag: Flag;
};

export const NO_MARK: CardMark = { suspendedAt: null, buriedUntil: null, flag: 0 };

/** What a learner can do to a card's marks (each one undoable by another: see undoMarkAction). */
export type MarkAction =
  { type: 'suspend' } | { type: 'unsuspend' } | { type: 'bury' } | { type: 'unbury' } | { type: 'flag'; flag: Flag };

/** What a mark did, in a sentence for a status line (and for what "Undo" takes back). */
export function describeMarkAction(action: MarkAction): string {
  switch (action.type) {
    case 'suspend':
      return 'Card suspended.';
    case 'unsuspend':
      return 'Card unsuspended.';
    case 'bury':
      return 'Card buried until your next study day.';
    case 'unbury':
      return 'Card unburied.';
    case 'flag':
      return action.flag === 0 ? 'Flag removed.' : `Flagged ${FLAGS[action.flag - 1]?.name.toLowerCase()}.`;
  }
}
