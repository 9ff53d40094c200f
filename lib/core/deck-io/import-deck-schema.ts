import { CardSchema, DeckSchema, IdSchema } from '@/lib/core/content/schema';

/** One card of an import, validated like CardSchema except that the id may be left out (a new card). */
const ImportCardSchema = CardSchema.extend({ id: IdSchema.optional() });

/** DeckSchema (the content format) as an import accepts it: the same strict fields, card ids optional. */
export const ImportDeckSchema = DeckSchema.extend({ cards: ImportCardSchema.array().default([]) });
