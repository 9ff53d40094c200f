import { hasUnsafeNameCharacters, UNSAFE_NAME_MESSAGE } from '@/lib/core/has-unsafe-name-characters';
import { CardSchema, DeckSchema, IdSchema } from '@/lib/core/content/schema';

/** One card of an import, validated like CardSchema except that the id may be left out (a new card). */
const ImportCardSchema = CardSchema.extend({ id: IdSchema.optional() });

/**
 * DeckSchema (the content format) as an import accepts it: the same strict fields, card ids
 * optional, and a title without control or text-direction characters.
 */
export const ImportDeckSchema = DeckSchema.extend({
  title: DeckSchema.shape.title.refine((s) => !hasUnsafeNameCharacters(s), { message: UNSAFE_NAME_MESSAGE }),
  cards: ImportCardSchema.array().default([]),
});
