import { cardFieldError } from './card-field-error';
import type { ParsedCard, RowError } from './types';

/** What a card may refer to: the content library's ids. */
export type LibraryRefs = {
  sources: ReadonlySet<string>;
  /** comparison id -> its dimension ids */
  dimensions: ReadonlyMap<string, ReadonlySet<string>>;
  misconceptions: ReadonlySet<string>;
};

/** Errors for a card's references to sources, comparisons, dimensions and misconceptions that don't exist. */
export function checkCardReferences(card: ParsedCard, refs: LibraryRefs): RowError[] {
  const errors: RowError[] = [];
  const dimensions = card.comparison === null ? undefined : refs.dimensions.get(card.comparison);
  if (card.comparison !== null && !dimensions) {
    errors.push(cardFieldError(card.origin, 'comparison', `unknown comparison "${card.comparison}"`));
  }
  if (card.dimension !== null) {
    if (card.comparison === null) errors.push(cardFieldError(card.origin, 'dimension', 'needs a comparison'));
    else if (dimensions && !dimensions.has(card.dimension)) {
      errors.push(
        cardFieldError(card.origin, 'dimension', `unknown dimension "${card.dimension}" of "${card.comparison}"`),
      );
    }
  }
  if (card.misconception !== null && !refs.misconceptions.has(card.misconception)) {
    errors.push(cardFieldError(card.origin, 'misconception', `unknown misconception "${card.misconception}"`));
  }
  card.sources.forEach((source, i) => {
    if (!refs.sources.has(source)) errors.push(cardFieldError(card.origin, 'sources', `unknown source "${source}"`, i));
  });
  return errors;
}
