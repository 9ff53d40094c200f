'use client';
import { useEffect, useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { MarkdownPreview } from '@/components/ui/markdown-preview';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { removeDeckCardAction } from '@/lib/server/actions/remove-deck-card-action';
import { reorderDeckCardsAction } from '@/lib/server/actions/reorder-deck-cards-action';
import type { BuilderCard } from '@/lib/server/queries/get-deck-builder';
import { CardEditor, type CardEditorOptions } from '@/components/deck/card-editor/card-editor';

const plain = (markdown: string) => markdown.replace(/[*_`#>[\]()]/g, '').slice(0, 80);

/**
 * The deck's cards in order: move up and down (keyboard friendly: focus follows the moved card,
 * and the move is announced), edit the deck's own cards in place, remove any.
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
  if (basis !== serverOrder) {
    setBasis(serverOrder);
    setOrder(cards.map((c) => c.id));
  }
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterMove = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const { pending, error, run } = useActionRunner();
  const byId = new Map(cards.map((c) => [c.id, c]));

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(target.id)}"]`);
    const button =
      item?.querySelector<HTMLButtonElement>(`[data-move="${target.direction}"]:not(:disabled)`) ??
      item?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)');
    button?.focus();
  }, [order]);

  function move(index: number, delta: -1 | 1) {
    const next = [...order];
    const [id] = next.splice(index, 1);
    if (!id) return;
    next.splice(index + delta, 0, id);
    const previous = order;
    setOrder(next);
    focusAfterMove.current = { id, direction: delta < 0 ? 'up' : 'down' };
    setAnnouncement(`Moved “${plain(byId.get(id)?.front ?? '')}” to position ${index + delta + 1} of ${next.length}.`);
    run(async () => {
      const result = await reorderDeckCardsAction({ deckId, cardIds: next });
      if (!result.ok) setOrder(previous);
      return result;
    });
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
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {error ? <p className="text-sm text-danger">{error}</p> : null}
      <ol ref={listRef} className="flex flex-col gap-3" aria-label="Cards in this deck" data-testid="deck-cards">
        {order.map((id, index) => {
          const card = byId.get(id);
          if (!card) return null;
          const label = plain(card.front);
          return (
            <li key={id} data-card-id={id} className="rounded-xl border border-border bg-surface p-4">
              <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-fg-muted">
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
                    <Button variant="secondary" data-move="up" disabled={index === 0} onClick={() => move(index, -1)}>
                      <span aria-hidden="true">↑</span> Up<span className="sr-only">: {label}</span>
                    </Button>
                    <Button
                      variant="secondary"
                      data-move="down"
                      disabled={index === order.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <span aria-hidden="true">↓</span> Down<span className="sr-only">: {label}</span>
                    </Button>
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
