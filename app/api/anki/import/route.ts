import { z } from 'zod';
import { fail } from '@/lib/core/errors/error-code';
import { importAnkiPackage } from '@/lib/server/anki/import-anki-package';
import { defineRoute } from '@/lib/server/http/define-route';
import { DeckIdSchema } from '@/lib/server/instructor/instructor-input';

const QuerySchema = z.object({
  deck: DeckIdSchema,
  /** instructor: one of the caller's instructor decks; personal: the caller's personal deck (ADR 023). */
  kind: z.enum(['instructor', 'personal']),
  /** preview: what the import would do, nothing written; commit: write it (idempotent). */
  step: z.enum(['preview', 'commit']),
});

/**
 * Imports an Anki package (.apkg, the body as application/octet-stream, at most 100 MB) into a
 * deck the caller may edit (ADR 030). A route, not a server action: the upload streams to a
 * temporary file instead of passing a 4 MB action body limit.
 */
export const POST = defineRoute(
  { auth: 'user', query: QuerySchema, upload: true },
  async ({ user, request, query, now }) => {
    if (query.kind === 'instructor' && user.role === 'LEARNER') return fail('not_found', 'No such deck.');
    return importAnkiPackage(
      user,
      request,
      { deckId: query.deck, kind: query.kind === 'instructor' ? 'INSTRUCTOR' : 'PERSONAL', step: query.step },
      now,
    );
  },
);
