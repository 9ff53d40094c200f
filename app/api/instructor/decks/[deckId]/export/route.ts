import { z } from 'zod';
import { fail } from '@/lib/core/errors/error-code';
import { serializeDeckCsv } from '@/lib/core/deck-io/serialize-deck-csv';
import { serializeDeckYaml } from '@/lib/core/deck-io/serialize-deck-yaml';
import { attachment } from '@/lib/server/http/attachment';
import { defineRoute } from '@/lib/server/http/define-route';
import { DeckIdSchema } from '@/lib/server/instructor/instructor-input';
import { getDeckExport } from '@/lib/server/queries/get-deck-export';

const QuerySchema = z.object({ format: z.enum(['yaml', 'csv']).default('yaml') });

/**
 * Downloads a deck (owner or admin only): `?format=yaml` in the content file format (DeckSchema,
 * ready for content/decks/), `?format=csv` as id, front, back, explanation, tags.
 */
export const GET = defineRoute(
  { auth: 'instructor', params: z.object({ deckId: DeckIdSchema }), notFound: 'No such deck.', query: QuerySchema },
  async ({ user, params, query }) => {
    const deck = await getDeckExport(user, params.deckId);
    if (!deck) return fail('not_found', 'No such deck.');
    return query.format === 'yaml'
      ? attachment(serializeDeckYaml(deck), 'application/yaml', `${deck.id}.yaml`)
      : attachment(serializeDeckCsv(deck.cards), 'text/csv', `${deck.id}.csv`);
  },
);
