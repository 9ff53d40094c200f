import { cardFieldError } from './card-field-error';
import type { ParsedCard, RowError } from './types';

/** One error per card whose id was already used earlier in the same file. */
export function findDuplicateIds(cards: readonly ParsedCard[]): RowError[] {
  const first = new Map<string, number>();
  const errors: RowError[] = [];
  for (const card of cards) {
    if (card.id === null) continue;
    const seen = first.get(card.id);
    if (seen === undefined) first.set(card.id, card.origin.line);
    else errors.push(cardFieldError(card.origin, 'id', `duplicate id "${card.id}" (first on line ${seen})`));
  }
  return errors;
}
