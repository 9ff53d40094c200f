import Papa from 'papaparse';
import { spreadsheetSafeCell } from '../csv/spreadsheet-safe-cell';
import { formatDate } from '../format-date';
import type { ClassDashboard } from './dashboard-types';

export const DASHBOARD_TABLES = ['students', 'cards', 'dimensions', 'misconceptions'] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

/** A text cell a spreadsheet would run as a formula is defused (spreadsheetSafeCell). */
const text = (value: string | null): string => (value === null ? '' : spreadsheetSafeCell(value));
const percent = (share: number | null): string => (share === null ? '' : (share * 100).toFixed(1));

/**
 * One table of the class dashboard as CSV (RFC 4180), shares as percentages with one decimal, dates as
 * the downloading instructor's local day in `timeZone`. Card fronts and misconception claims are
 * Markdown: `plainText` turns them into the words a spreadsheet should show (lib/markdown's
 * markdownToPlainText; passed in because lib/core renders no Markdown).
 */
export function serializeDashboardCsv(
  dashboard: ClassDashboard,
  table: DashboardTable,
  timeZone: string,
  plainText: (markdown: string) => string,
): string {
  const unparse = (fields: string[], data: (string | number)[][]) =>
    Papa.unparse({ fields, data }, { newline: '\r\n' });
  switch (table) {
    case 'students':
      return unparse(
        [
          'name',
          'email',
          'joined',
          'reviews_7d',
          'streak_days',
          'retention_30d_pct',
          'retention_answers',
          'known_pct',
          'cards_studied',
          'mock_attempts',
          'mock_submitted',
          'verdict_miss',
          'verdict_meets',
          'verdict_delights',
          'last_verdict',
        ],
        dashboard.students.map((s) => [
          text(s.name),
          text(s.email),
          formatDate(s.joinedAt, timeZone),
          s.reviews7d,
          s.streak,
          percent(s.retention),
          s.retentionAnswers,
          percent(s.known),
          s.studied,
          s.mockAttempts,
          s.mockSubmitted,
          s.verdicts.miss,
          s.verdicts.meets,
          s.verdicts.delights,
          s.lastVerdict ?? '',
        ]),
      );
    case 'cards':
      return unparse(
        ['card_id', 'front', 'dimension', 'known_pct', 'students_studied', 'mean_recall_pct', 'lapses'],
        dashboard.cards.map((c) => [
          c.id,
          text(plainText(c.front)),
          c.dimension ?? '',
          percent(c.known),
          c.studied,
          percent(c.recall),
          c.lapses,
        ]),
      );
    case 'dimensions':
      return unparse(
        ['comparison', 'dimension', 'name', 'cards', 'known_pct'],
        dashboard.dimensions.map((d) => [d.comparison, d.id, text(d.name), d.cards, percent(d.known)]),
      );
    case 'misconceptions':
      return unparse(
        ['misconception', 'claim', 'students', 'times'],
        dashboard.misconceptions.map((m) => [m.id, text(plainText(m.claim)), m.students, m.events]),
      );
  }
}
