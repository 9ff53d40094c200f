import Link from 'next/link';
import { FlagBadge } from '@/components/cards/flag-badge';
import { SourceLinks } from '@/components/deck/source-links';
import { Button } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import { Panel } from '@/components/ui/panel';
import { FLAGS, type MarkAction } from '@/lib/core/cards/card-mark';
import type { Grade } from '@/lib/core/scheduler/types';
import type { ReviewCard } from '@/lib/server/queries/get-review-queue';
import { GRADE_BUTTONS } from './review-keys';

const KIND_LABELS: Record<ReviewCard['kind'], string> = { new: 'New card', learning: 'Learning', review: 'Review' };

/** One card: its front, then on reveal its answer and the four answer buttons with their next intervals. */
export function ReviewCardPanel({
  card,
  revealed,
  busy,
  onReveal,
  onGrade,
  onMark,
}: {
  card: ReviewCard;
  revealed: boolean;
  busy: boolean;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
  onMark: (action: MarkAction) => void;
}) {
  return (
    <Panel className="flex min-h-72 flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs uppercase tracking-wide text-fg-muted">
        <span className="flex items-center gap-2">
          {KIND_LABELS[card.kind]}
          <FlagBadge flag={card.flag} />
        </span>
        {card.dimension ? <span>{card.dimension}</span> : null}
      </div>
      <div aria-live="polite" className="flex flex-col gap-5">
        <h2 className="sr-only">Question</h2>
        <Markdown className="text-lg font-medium" html={card.html.front} />
        {revealed ? (
          <div className="flex flex-col gap-3 border-t border-border pt-4" data-testid="answer">
            <h2 className="sr-only">Answer</h2>
            <Markdown html={card.html.back} />
            {card.html.explanation ? <Markdown className="text-sm text-fg-muted" html={card.html.explanation} /> : null}
            <SourceLinks sources={card.sources} />
            <p className="text-xs">
              <Link
                href={`/cards/${encodeURIComponent(card.id)}/propose?from=review`}
                className="text-fg-muted underline hover:text-accent"
              >
                Something wrong? Propose a fix
              </Link>
            </p>
          </div>
        ) : null}
      </div>
      <div className="mt-auto flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label="Card actions">
          <label className="flex items-center gap-2 text-fg-muted">
            Flag
            <select
              value={card.flag}
              disabled={busy}
              onChange={(e) => onMark({ type: 'flag', flag: Number(e.target.value) })}
              aria-keyshortcuts="Control+1 Control+2 Control+3 Control+4 Control+5 Control+6 Control+7"
              className="rounded-lg border border-border bg-surface px-2 py-1 text-fg"
            >
              <option value={0}>No flag</option>
              {FLAGS.map((f) => (
                <option key={f.flag} value={f.flag}>
                  {f.name} (Ctrl+{f.flag})
                </option>
              ))}
            </select>
          </label>
          <Button variant="ghost" disabled={busy} onClick={() => onMark({ type: 'bury' })} aria-keyshortcuts="-">
            Bury until tomorrow <kbd className="text-xs">-</kbd>
          </Button>
          <Button variant="ghost" disabled={busy} onClick={() => onMark({ type: 'suspend' })} aria-keyshortcuts="@">
            Suspend <kbd className="text-xs">@</kbd>
          </Button>
        </div>
        {revealed ? (
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4" role="group" aria-label="How well did you remember?">
            {GRADE_BUTTONS.map((b) => (
              <button
                key={b.grade}
                type="button"
                disabled={busy}
                onClick={() => onGrade(b.grade)}
                aria-keyshortcuts={b.grade === 'good' ? `${b.key} Space Enter` : b.key}
                className={`flex flex-col items-center rounded-lg border bg-surface px-3 py-2 font-medium hover:bg-muted disabled:opacity-50 ${b.tone}`}
              >
                <span>
                  {b.label} <kbd className="text-xs">{b.key}</kbd>
                  {b.grade === 'good' ? (
                    <span className="text-xs font-normal">
                      {' '}
                      or <kbd>Space</kbd>
                    </span>
                  ) : null}
                </span>
                <span className="text-xs text-fg-muted">{card.intervals[b.grade]}</span>
              </button>
            ))}
          </div>
        ) : (
          <Button className="w-full" onClick={onReveal} aria-keyshortcuts="Space">
            Show answer <kbd className="text-xs">Space</kbd>
          </Button>
        )}
      </div>
    </Panel>
  );
}
