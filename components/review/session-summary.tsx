import Link from 'next/link';
import { Panel } from '@/components/ui/panel';
import { formatRelative } from './format-relative';
import type { Answered } from './use-review-queue';

/** The end of a session: cards answered, time taken, the again rate, and when the next card is due. */
export function SessionSummary({
  focus,
  answered,
  startedAt,
  nextDue,
  now,
}: {
  focus: boolean;
  answered: Answered[];
  startedAt: number;
  nextDue: string | null;
  now: number;
}) {
  const again = answered.filter((a) => a.grade === 'again').length;
  const seconds = Math.max(1, Math.round((now - startedAt) / 1000));
  const time = seconds < 60 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
  return (
    <Panel className="flex flex-col gap-3" data-testid="summary">
      <h2 className="text-xl font-semibold">
        {focus ? 'You went through everything you missed' : 'All done for today'}
      </h2>
      {answered.length > 0 ? (
        <dl className="grid grid-cols-3 gap-3 text-center">
          <div>
            <dt className="text-xs text-fg-muted">Cards</dt>
            <dd className="text-2xl font-semibold" data-testid="summary-cards">
              {answered.length}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-fg-muted">Time</dt>
            <dd className="text-2xl font-semibold">{time}</dd>
          </div>
          <div>
            <dt className="text-xs text-fg-muted">Again rate</dt>
            <dd className="text-2xl font-semibold">{Math.round((again / answered.length) * 100)}%</dd>
          </div>
        </dl>
      ) : null}
      <p className="text-fg-muted" data-testid="next-due">
        {nextDue
          ? `The next card is due ${formatRelative(new Date(nextDue), new Date(now))}.`
          : 'Nothing else is scheduled yet.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <Link href="/stats" className="text-accent underline">
          See your stats
        </Link>
        <Link href="/review/settings" className="text-accent underline">
          Review settings
        </Link>
      </div>
    </Panel>
  );
}
