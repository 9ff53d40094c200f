import 'server-only';
import { forecastDue } from '@/lib/core/scheduler/forecast-due';
import { db } from '../db';
import type { StudySettings } from '@/lib/core/scheduler/study-settings';

/** Cards due per study day for the next `days` days (overdue counted today); suspended cards are left out, as in Anki. */
export async function getDueForecast(userId: string, settings: StudySettings, now: Date, days: number) {
  const horizon = new Date(now.getTime() + (days + 1) * 86_400_000);
  const rows = await db.reviewState.findMany({
    where: {
      userId,
      due: { lt: horizon },
      card: { retiredAt: null, marks: { none: { userId, suspendedAt: { not: null } } } },
    },
    select: { due: true },
  });
  return forecastDue(
    rows.map((r) => r.due),
    now,
    days,
    settings.timeZone,
    settings.dayStartHour,
  );
}
