import { z } from 'zod';
import { fail } from '@/lib/core/errors/error-code';
import { exportApkgStream } from '@/lib/server/anki/export-apkg';
import { getExportDeckData } from '@/lib/server/anki/export-deck-data';
import { defineRoute } from '@/lib/server/http/define-route';
import { DeckIdSchema } from '@/lib/server/instructor/instructor-input';

/** `scheduling` is the deck page's checkbox (`on`) or `1`/`true` from a script; absent means cards only. */
const QuerySchema = z.object({ scheduling: z.enum(['on', '1', 'true', '0', 'false']).optional() });

/** An ASCII file name for the header, the full title in `filename*` (RFC 6266). */
function contentDisposition(title: string): string {
  const ascii =
    title
      .replace(/[^A-Za-z0-9 ._-]+/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'deck';
  return `attachment; filename="${ascii}.apkg"; filename*=UTF-8''${encodeURIComponent(`${title}.apkg`)}`;
}

/**
 * Downloads a deck the caller can see as an Anki package (legacy `.apkg`, ADR 031): a library deck,
 * their own personal or instructor deck, or a class deck of a class they are in; anything else is
 * 404. `?scheduling=on` adds the caller's own scheduling state and review log.
 */
export const GET = defineRoute(
  { auth: 'user', params: z.object({ deckId: DeckIdSchema }), notFound: 'No such deck.', query: QuerySchema },
  async ({ user, params, query, now }) => {
    const withScheduling = query.scheduling !== undefined && !['0', 'false'].includes(query.scheduling);
    const data = await getExportDeckData(user, params.deckId, withScheduling);
    if (!data) return fail('not_found', 'No such deck.');
    const { stream, summary } = await exportApkgStream(data, now);
    return new Response(stream, {
      headers: {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': contentDisposition(summary.deckName),
        'Cache-Control': 'no-store',
      },
    });
  },
);
