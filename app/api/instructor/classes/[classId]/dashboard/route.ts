import { z } from 'zod';
import { fail } from '@/lib/core/errors/error-code';
import { DASHBOARD_TABLES, serializeDashboardCsv } from '@/lib/core/classes/serialize-dashboard-csv';
import { markdownToPlainText } from '@/lib/markdown/to-plain-text';
import { attachment } from '@/lib/server/http/attachment';
import { defineRoute } from '@/lib/server/http/define-route';
import { ClassIdSchema } from '@/lib/server/instructor/instructor-input';
import { getClassDashboard } from '@/lib/server/queries/get-class-dashboard';
import { getTimeZone } from '@/lib/server/queries/get-time-zone';

const QuerySchema = z.object({ table: z.enum(DASHBOARD_TABLES).default('students') });

/** One table of a class's dashboard as CSV (the class's instructor or an admin only): `?table=students|cards|dimensions|misconceptions`. */
export const GET = defineRoute(
  { auth: 'instructor', params: z.object({ classId: ClassIdSchema }), notFound: 'No such class.', query: QuerySchema },
  async ({ user, params, query, now }) => {
    const [dashboard, timeZone] = await Promise.all([
      getClassDashboard(user, params.classId, now),
      getTimeZone(user.id),
    ]);
    if (!dashboard) return fail('not_found', 'No such class.');
    const csv = serializeDashboardCsv(dashboard, query.table, timeZone, markdownToPlainText);
    return attachment(csv, 'text/csv', `class-${params.classId}-${query.table}.csv`);
  },
);
