'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { Panel } from '@/components/ui/panel';
import { formatCount } from '@/lib/core/format-count';
import { formatRelative } from './format-relative';
import type { Answered } from './use-review-queue';

/**
 * The end of a session (or a pause in it): cards and answers (a learning card is answered more than
 * once), time taken, the again rate, and when the next card is due. While a learning card is coming
 * back later in this session it says "Done for now" and that the card will appear here — never
 * "All done for today".
 */
export function SessionSummary({
  focus,
  answered,
  startedAt,
  nextDue,
  now,
  comesBackAt,
  learningLeft,
}: {
  focus: boolean;
  answered: Answered[];
  startedAt: number;
  nextDue: string | null;
  now: number;
  /** When a card comes back in this session (the session fetches it then), else null. */
  comesBackAt: number | null;
  /** Learning cards still due later today. */
  learningLeft: number;
}) {
  const clock = useTicking(now, comesBackAt !== null);
  const again = answered.filter((a) => a.grade === 'again').length;
  const cards = new Set(answered.map((a) => a.cardId)).size;
  const seconds = Math.max(1, Math.round((now - startedAt) / 1000));
  const time = seconds < 60 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
  const waiting = comesBackAt !== null;
  const coming = Math.max(1, learningLeft);
  return (
    <Panel className="flex flex-col gap-3" data-testid="summary">
      <h2 className="text-xl font-semibold">
        {waiting ? 'Done for now' : focus ? 'You went through everything you missed' : 'All done for today'}
      </h2>
      {answered.length > 0 ? (
        <dl className="grid grid-cols-2 gap-3 text-center sm:grid-cols-4">
          <div>
            <dt className="text-xs text-fg-muted">Cards</dt>
            <dd className="text-2xl font-semibold" data-testid="summary-cards">
              {cards}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-fg-muted">Answers</dt>
            <dd className="text-2xl font-semibold" data-testid="summary-answers">
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
      <p className="text-fg-muted" data-testid="next-due" role="status">
        {waiting
          ? `${formatCount(coming, 'learning card comes', 'learning cards come')} back ${formatRelative(new Date(comesBackAt), new Date(clock))}. Stay on this page: ${coming === 1 ? 'it appears' : 'they appear'} here when due.`
          : nextDue
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

/** The current time, refreshed every 15 s while `on` (a countdown that stays right while the page waits). */
function useTicking(start: number, on: boolean): number {
  const [clock, setClock] = useState(start);
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(() => setClock(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, [on, start]);
  return on ? Math.max(clock, start) : start;
}
