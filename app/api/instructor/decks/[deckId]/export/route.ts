import { type NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { serializeDeckCsv } from '@/lib/core/deck-io/serialize-deck-csv';
import { serializeDeckYaml } from '@/lib/core/deck-io/serialize-deck-yaml';
import { apiError } from '@/lib/server/api';
import { DeckIdSchema } from '@/lib/server/instructor/instructor-input';
import { requireApiInstructor } from '@/lib/server/permissions/require-api-instructor';
import { getDeckExport } from '@/lib/server/queries/get-deck-export';

const QuerySchema = z.object({ format: z.enum(['yaml', 'csv']) });

/**
 * Downloads a deck (owner or admin only): `?format=yaml` in the content file format (DeckSchema,
 * ready for content/decks/), `?format=csv` as id, front, back, explanation, tags.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ deckId: string }> },
): Promise<NextResponse> {
  const user = await requireApiInstructor(request);
  if (user instanceof NextResponse) return user;
  const deckId = DeckIdSchema.safeParse((await params).deckId);
  const query = QuerySchema.safeParse({ format: request.nextUrl.searchParams.get('format') ?? 'yaml' });
  if (!query.success) return apiError('bad_request', 'format must be yaml or csv.');
  const deck = deckId.success ? await getDeckExport(user, deckId.data) : null;
  if (!deck) return apiError('not_found', 'No such deck.');
  const yaml = query.data.format === 'yaml';
  return new NextResponse(yaml ? serializeDeckYaml(deck) : serializeDeckCsv(deck.cards), {
    headers: {
      'Content-Type': yaml ? 'application/yaml; charset=utf-8' : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${deck.id}.${query.data.format}"`,
      'Cache-Control': 'no-store',
    },
  });
}
