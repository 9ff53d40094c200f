import { type NextRequest, NextResponse } from 'next/server';
import { apiError } from '@/lib/server/api';
import { ClassIdSchema } from '@/lib/server/instructor/instructor-input';
import { requireApiInstructor } from '@/lib/server/permissions/require-api-instructor';
import { getLabelledExport } from '@/lib/server/queries/get-labelled-export';

/**
 * Downloads a class's instructor reviews and candidates' disagreements as labelled answers
 * (owner or admin only): the shape of shared/grader-dev/labels.json plus the answers' texts,
 * which `npm run -s grader:eval -- <file>` reads directly.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ classId: string }> },
): Promise<NextResponse> {
  const user = await requireApiInstructor(request);
  if (user instanceof NextResponse) return user;
  const classId = ClassIdSchema.safeParse((await params).classId);
  const exported = classId.success ? await getLabelledExport(user, classId.data) : null;
  if (!exported) return apiError('not_found', 'No such class.');
  return new NextResponse(`${JSON.stringify(exported, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="labelled-answers-${classId.data ?? 'class'}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
