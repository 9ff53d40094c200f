import type { CardField, CardOrigin, RowError } from './types';

/** An error about one field of a parsed card, located at that field's line when known. */
export function cardFieldError(origin: CardOrigin, field: CardField, message: string, index?: number): RowError {
  const name = index === undefined ? field : `${field}[${index}]`;
  return {
    line: origin.fieldLines[field] ?? origin.line,
    field: origin.path ? `${origin.path}.${name}` : name,
    message,
  };
}
