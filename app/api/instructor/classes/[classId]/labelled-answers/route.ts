import { z } from 'zod';
import { fail } from '@/lib/core/errors/error-code';
import { attachment } from '@/lib/server/http/attachment';
import { defineRoute } from '@/lib/server/http/define-route';
import { ClassIdSchema } from '@/lib/server/instructor/instructor-input';
import { getLabelledExport } from '@/lib/server/queries/get-labelled-export';

/**
 * Downloads a class's instructor reviews and candidates' disagreements as labelled answers
 * (owner or admin only): the shape of the grader's labels.json plus the answers' texts,
 * which `npm run -s grader:eval -- <file>` reads directly.
 */
export const GET = defineRoute(
  { auth: 'instructor', params: z.object({ classId: ClassIdSchema }), notFound: 'No such class.' },
  async ({ user, params }) => {
    const exported = await getLabelledExport(user, params.classId);
    if (!exported) return fail('not_found', 'No such class.');
    return attachment(`${JSON.stringify(exported, null, 2)}\n`, 'application/json', `labelled-answers-${params.classId}.json`);
  },
);
