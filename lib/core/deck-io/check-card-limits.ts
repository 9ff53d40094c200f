import { cardFieldError } from './card-field-error';
import { IMPORT_LIMITS, type ParsedCard, type RowError } from './types';

const TEXT_FIELDS = ['front', 'back', 'explanation'] as const;

/** Errors for text fields longer than an import allows. */
export function checkCardLimits(cards: readonly ParsedCard[]): RowError[] {
  return cards.flatMap((card) =>
    TEXT_FIELDS.flatMap((field) => {
      const value = card[field];
      return value !== null && value.length > IMPORT_LIMITS.maxFieldChars
        ? [cardFieldError(card.origin, field, `must be at most ${IMPORT_LIMITS.maxFieldChars} characters`)]
        : [];
    }),
  );
}
