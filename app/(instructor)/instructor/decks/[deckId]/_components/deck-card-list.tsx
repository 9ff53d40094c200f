'use client';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { MarkdownPreview } from '@/components/ui/markdown-preview';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { orderAfterRefresh } from '@/lib/core/cards/order-after-refresh';
import { removeDeckCardAction } from '@/lib/server/actions/remove-deck-card-action';
import { reorderDeckCardsAction } from '@/lib/server/actions/reorder-deck-cards-action';
import type { BuilderCard } from '@/lib/server/queries/get-deck-builder';
import { CardEditor, type CardEditorOptions } from '@/components/deck/card-editor/card-editor';

const plain = (markdown: string) => markdown.replace(/[*_`#>[\]()]/g, '').slice(0, 80);

/** Moves the item at `from` to `to` (a new array). */
function moveItem(order: readonly string[], from: number, to: number): string[] {
  const next = [...order];
  const [id] = next.splice(from, 1);
  if (id === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, id);
  return next;
}

/**
 * The deck's cards in order, reordered by drag and drop (the rows are draggable) or by keyboard
 * (each card's handle: Space picks it up, the arrow keys, Home and End move it, Space drops it,
 * Escape puts it back; every step is announced). A move is saved as the deck's whole new order
 * in one request (idempotent). Edit the deck's own cards in place, remove any.
 */
export function DeckCardList({
  deckId,
  cards,
  options,
}: {
  deckId: string;
  cards: BuilderCard[];
  options: CardEditorOptions;
}) {
  const serverOrder = cards.map((c) => c.id).join('\n');
  const [basis, setBasis] = useState(serverOrder);
  const [order, setOrder] = useState(() => cards.map((c) => c.id));
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** The card picked up with the keyboard, and the order to go back to on Escape. */
  const [picked, setPicked] = useState<{ id: string; from: string[] } | null>(null);
  /** The card being dragged with the mouse, and the row it is over. */
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const refocus = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const { pending, error, run } = useActionRunner();
  if (basis !== serverOrder) {
    setBasis(serverOrder);
    const next = orderAfterRefresh(
      order,
      cards.map((c) => c.id),
      { midMove: picked !== null || pending },
    );
    if (next !== order) setOrder([...next]);
  }
  const byId = new Map(cards.map((c) => [c.id, c]));
  const labelOf = (id: string) => plain(byId.get(id)?.front ?? '');

  useEffect(() => {
    const id = refocus.current;
    if (!id) return;
    refocus.current = null;
    listRef.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"] [data-handle]`)?.focus();
  }, [order]);

  /** Saves the whole order in one request; on failure the list goes back to `previous`. */
  function save(next: string[], previous: string[]) {
    if (next.join('\n') === previous.join('\n')) return;
    run(async () => {
      const result = await reorderDeckCardsAction({ deckId, cardIds: next });
      if (!result.ok) setOrder(previous);
      return result;
    });
  }

  function onHandleKey(event: KeyboardEvent<HTMLButtonElement>, id: string) {
    const index = order.indexOf(id);
    const position = (i: number) => `position ${i + 1} of ${order.length}`;
    if (!picked || picked.id !== id) {
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        setPicked({ id, from: order });
        setAnnouncement(
          `Picked up “${labelOf(id)}”, ${position(index)}. Arrow keys move it, Space drops it, Escape cancels.`,
        );
      }
      return;
    }
    const target =
      event.key === 'ArrowUp'
        ? index - 1
        : event.key === 'ArrowDown'
          ? index + 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? order.length - 1
              : null;
    if (target !== null) {
      event.preventDefault();
      const to = Math.max(0, Math.min(order.length - 1, target));
      if (to === index) return;
      refocus.current = id;
      setOrder(moveItem(order, index, to));
      setAnnouncement(`“${labelOf(id)}” moved to ${position(to)}.`);
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      setPicked(null);
      setAnnouncement(`“${labelOf(id)}” dropped at ${position(index)}.`);
      save(order, picked.from);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      refocus.current = id;
      setOrder(picked.from);
      setPicked(null);
      setAnnouncement(`Move cancelled: “${labelOf(id)}” is back at ${position(picked.from.indexOf(id))}.`);
    }
  }

  function onDrop(targetId: string) {
    const id = dragging;
    setDragging(null);
    setOver(null);
    if (!id || id === targetId) return;
    const next = moveItem(order, order.indexOf(id), order.indexOf(targetId));
    setOrder(next);
    setAnnouncement(`“${labelOf(id)}” moved to position ${next.indexOf(id) + 1} of ${next.length}.`);
    save(next, order);
  }

  function remove(card: BuilderCard) {
    const label = plain(card.front);
    if (
      !window.confirm(
        card.own
          ? `Remove “${label}” from the deck? Students keep their progress on it.`
          : `Remove the library card “${label}” from this deck?`,
      )
    )
      return;
    run(
      () => removeDeckCardAction({ deckId, cardId: card.id }),
      () => setAnnouncement(`Removed “${label}”.`),
    );
  }

  if (order.length === 0) {
    return <p className="text-fg-muted">No cards yet. Add some from the library or write your own.</p>;
  }
  return (
    <div className="flex flex-col gap-3">
      <p id={`${deckId}-reorder-help`} className="text-sm text-fg-muted">
        Drag a card to a new place, or use its <span aria-hidden="true">⠿</span> Move handle: Space to pick it up, the
        arrow keys (Home, End) to move it, Space to drop it, Escape to cancel.
      </p>
      <p className="sr-only" aria-live="assertive" data-testid="reorder-announcement">
        {announcement}
      </p>
      {error ? <p className="text-sm text-danger">{error}</p> : null}
      <ol ref={listRef} className="flex flex-col gap-3" aria-label="Cards in this deck" data-testid="deck-cards">
        {order.map((id, index) => {
          const card = byId.get(id);
          if (!card) return null;
          const label = plain(card.front);
          const isPicked = picked?.id === id;
          return (
            <li
              key={id}
              data-card-id={id}
              draggable={editing === null && !pending}
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', id);
                setDragging(id);
              }}
              onDragOver={(e) => {
                if (!dragging) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                if (over !== id) setOver(id);
              }}
              onDrop={(e) => {
                e.preventDefault();
                onDrop(id);
              }}
              onDragEnd={() => {
                setDragging(null);
                setOver(null);
              }}
              className={`rounded-xl border bg-surface p-4 ${
                isPicked || dragging === id
                  ? 'border-accent ring-2 ring-accent'
                  : over === id && dragging
                    ? 'border-accent border-dashed'
                    : 'border-border'
              } ${editing === null ? 'cursor-grab' : ''}`}
            >
              <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-fg-muted">
                <button
                  type="button"
                  data-handle
                  aria-label={`Move “${label}”, position ${index + 1} of ${order.length}`}
                  aria-describedby={`${deckId}-reorder-help`}
                  aria-pressed={isPicked}
                  onKeyDown={(e) => onHandleKey(e, id)}
                  onBlur={(e) => {
                    // Focus leaving for another control drops the card where it is.
                    if (isPicked && e.relatedTarget) {
                      setPicked(null);
                      save(order, picked.from);
                    }
                  }}
                  className="inline-flex cursor-grab items-center gap-1 rounded-md border border-border px-2 py-1 text-fg hover:bg-muted"
                >
                  <span aria-hidden="true">⠿</span> Move
                </button>
                <span className="tabular-nums">#{index + 1}</span>
                <Badge tone={card.own ? 'accent' : 'neutral'}>{card.own ? 'Your card' : 'Library'}</Badge>
                {card.dimension ? <Badge>{card.dimension}</Badge> : null}
                {card.misconception ? <Badge tone="warning">trap: {card.misconception}</Badge> : null}
                {card.tags.map((t) => (
                  <span key={t}>#{t}</span>
                ))}
              </div>
              {editing === id ? (
                <CardEditor deckId={deckId} card={card} options={options} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <MarkdownPreview className="font-medium">{card.front}</MarkdownPreview>
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer text-fg-muted">Answer</summary>
                    <MarkdownPreview className="mt-2">{card.back}</MarkdownPreview>
                    {card.explanation ? (
                      <MarkdownPreview className="mt-2 text-fg-muted">{card.explanation}</MarkdownPreview>
                    ) : null}
                  </details>
                  <div className="mt-3 flex flex-wrap gap-2">
                    {card.own ? (
                      <Button variant="secondary" onClick={() => setEditing(id)}>
                        Edit<span className="sr-only">: {label}</span>
                      </Button>
                    ) : null}
                    <Button variant="ghost" disabled={pending} onClick={() => remove(card)}>
                      Remove<span className="sr-only">: {label}</span>
                    </Button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
