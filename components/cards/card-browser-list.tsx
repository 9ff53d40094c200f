'use client';
import { type ReactNode, useEffect, useState } from 'react';
import { FlagBadge } from '@/components/cards/flag-badge';
import { Button } from '@/components/ui/button';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { describeMarkAction, FLAGS, type MarkAction } from '@/lib/core/cards/card-mark';
import { formatDate } from '@/lib/core/format-date';
import { markCardAction } from '@/lib/server/actions/mark-card-action';
import type { CardBrowserRow } from '@/lib/server/queries/get-card-browser';

const PHASE_LABELS = { new: 'New', learning: 'Learning', review: 'Review', relearning: 'Relearning' } as const;

type Change = { cardId: string; front: string; undo: MarkAction; message: string };

/**
 * The browser's cards as a labelled list (one item per card: its front as a heading, back, decks,
 * state and marks, and its actions), with every change undoable: the status line's Undo button or
 * Ctrl/Cmd+Z outside a field take back the latest change, then the one before.
 */
export function CardBrowserList({
  cards,
  timeZone,
  empty,
}: {
  cards: CardBrowserRow[];
  timeZone: string;
  empty: ReactNode;
}) {
  const { pending, error, run } = useActionRunner();
  const [changes, setChanges] = useState<Change[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  function change(card: CardBrowserRow, action: MarkAction) {
    run(
      () => markCardAction({ cardId: card.id, action }),
      (result) => {
        const undo = result.data.undo;
        const text = `${describeMarkAction(action)} “${card.front.slice(0, 60)}”`;
        setMessage(text);
        if (undo) setChanges((list) => [...list, { cardId: card.id, front: card.front, undo, message: text }]);
      },
    );
  }

  function undoLatest() {
    const last = changes.at(-1);
    if (!last || pending) return;
    run(
      () => markCardAction({ cardId: last.cardId, action: last.undo }),
      () => {
        setChanges((list) => list.slice(0, -1));
        setMessage(`Undone: ${describeMarkAction(last.undo)} “${last.front.slice(0, 60)}”`);
      },
    );
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const tag = (event.target as HTMLElement | null)?.tagName ?? '';
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(tag)) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        undoLatest();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="flex flex-col gap-3">
      <div
        role="status"
        aria-live="polite"
        className={
          message || error
            ? 'sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded-lg border border-border bg-muted px-3 py-2 text-sm'
            : 'sr-only'
        }
      >
        <span className={error ? 'text-danger' : undefined}>{error ?? message}</span>
        {changes.length > 0 ? (
          <Button variant="secondary" onClick={undoLatest} disabled={pending} aria-keyshortcuts="Control+Z Meta+Z">
            Undo <kbd className="text-xs text-fg-muted">Ctrl+Z</kbd>
          </Button>
        ) : null}
      </div>
      {cards.length === 0 ? empty : null}
      <ul
        aria-label="Your cards"
        className={`flex flex-col gap-3 ${cards.length === 0 ? 'hidden' : ''}`}
        aria-busy={pending}
      >
        {cards.map((card) => {
          const headingId = `card-${card.id}`;
          return (
            <li
              key={card.id}
              aria-labelledby={headingId}
              className="rounded-xl border border-border bg-surface p-4"
              data-testid="browser-card"
            >
              <div className="flex flex-col gap-3 md:flex-row md:items-start md:justify-between">
                <div className="min-w-0 flex-1">
                  <h2 id={headingId} className="line-clamp-2 font-medium break-words">
                    {card.front}
                  </h2>
                  <p className="mt-1 line-clamp-2 text-sm break-words text-fg-muted">{card.back}</p>
                  <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted">
                    <div className="flex gap-1">
                      <dt>Deck:</dt>
                      <dd className="text-fg">{card.decks.join(', ') || '—'}</dd>
                    </div>
                    <div className="flex gap-1">
                      <dt>State:</dt>
                      <dd className="text-fg">
                        {card.phase ? PHASE_LABELS[card.phase] : 'New'}
                        {card.phase && card.phase !== 'new' && card.due
                          ? `, due ${formatDate(card.due, timeZone, 'minute')}`
                          : ''}
                      </dd>
                    </div>
                    {card.suspended || card.buriedUntil || card.flag > 0 ? (
                      <div className="flex items-center gap-1">
                        <dt>Marks:</dt>
                        <dd className="flex flex-wrap items-center gap-1 text-fg">
                          {card.suspended ? (
                            <span className="rounded border border-warning px-1.5 py-0.5 text-warning">Suspended</span>
                          ) : null}
                          {card.buriedUntil ? (
                            <span className="rounded bg-muted px-1.5 py-0.5">
                              Buried until {formatDate(card.buriedUntil, timeZone, 'minute')}
                            </span>
                          ) : null}
                          <FlagBadge flag={card.flag} />
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                </div>
                <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-labelledby={headingId}>
                  <Button
                    variant="secondary"
                    disabled={pending}
                    onClick={() => change(card, { type: card.suspended ? 'unsuspend' : 'suspend' })}
                    aria-describedby={headingId}
                  >
                    {card.suspended ? 'Unsuspend' : 'Suspend'}
                  </Button>
                  {card.buriedUntil ? (
                    <Button
                      variant="secondary"
                      disabled={pending}
                      onClick={() => change(card, { type: 'unbury' })}
                      aria-describedby={headingId}
                    >
                      Unbury
                    </Button>
                  ) : null}
                  <label className="flex items-center gap-1 text-fg-muted">
                    <span className="sr-only">Flag for this card</span>
                    <span aria-hidden="true">Flag</span>
                    <select
                      value={card.flag}
                      disabled={pending}
                      onChange={(e) => change(card, { type: 'flag', flag: Number(e.target.value) })}
                      aria-describedby={headingId}
                      className="rounded-lg border border-border bg-surface px-2 py-2 text-fg"
                    >
                      <option value={0}>No flag</option>
                      {FLAGS.map((f) => (
                        <option key={f.flag} value={f.flag}>
                          {f.name}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
