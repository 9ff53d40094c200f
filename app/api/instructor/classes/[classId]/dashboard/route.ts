import { type NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { DASHBOARD_TABLES, serializeDashboardCsv } from '@/lib/core/classes/serialize-dashboard-csv';
import { apiError } from '@/lib/server/api';
import { ClassIdSchema } from '@/lib/server/instructor/instructor-input';
import { requireApiInstructor } from '@/lib/server/permissions/require-api-instructor';
import { getClassDashboard } from '@/lib/server/queries/get-class-dashboard';
import { getTimeZone } from '@/lib/server/queries/get-time-zone';

const QuerySchema = z.object({ table: z.enum(DASHBOARD_TABLES) });

/** One table of a class's dashboard as CSV (the class's instructor or an admin only): `?table=students|cards|dimensions|misconceptions`. */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ classId: string }> },
): Promise<NextResponse> {
  const user = await requireApiInstructor(request);
  if (user instanceof NextResponse) return user;
  const classId = ClassIdSchema.safeParse((await params).classId);
  const query = QuerySchema.safeParse({ table: request.nextUrl.searchParams.get('table') ?? 'students' });
  if (!query.success) return apiError('bad_request', `table must be one of ${DASHBOARD_TABLES.join(', ')}.`);
  const dashboard = classId.success ? await getClassDashboard(user, classId.data, new Date()) : null;
  if (!classId.success || !dashboard) return apiError('not_found', 'No such class.');
  return new NextResponse(serializeDashboardCsv(dashboard, query.data.table, await getTimeZone(user.id)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="class-${classId.data}-${query.data.table}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
