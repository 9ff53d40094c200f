'use client';
import { useState } from 'react';
import { CardEditor, type CardEditorOptions } from '@/components/deck/card-editor/card-editor';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { MarkdownPreview } from '@/components/ui/markdown-preview';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { removePersonalCardAction } from '@/lib/server/actions/remove-personal-card-action';
import type { BuilderCard } from '@/lib/server/queries/get-deck-builder';

const plain = (markdown: string) => markdown.replace(/[*_`#>[\]()]/g, '').slice(0, 80);

/** A personal deck's cards: edit one in place with the card editor, or remove it (its review history is kept). */
export function PersonalCardList({
  deckId,
  cards,
  options,
}: {
  deckId: string;
  cards: BuilderCard[];
  options: CardEditorOptions;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { pending, error, run } = useActionRunner();

  function remove(card: BuilderCard) {
    const label = plain(card.front);
    if (!window.confirm(`Remove “${label}” from your deck?`)) return;
    run(
      () => removePersonalCardAction({ deckId, cardId: card.id }),
      () => setAnnouncement(`Removed “${label}”.`),
    );
  }

  if (cards.length === 0) {
    return (
      <p className="text-fg-muted">
        No cards yet: write your first one, or add one from a quiz question or mock interview you missed.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {error ? <p className="text-sm text-danger">{error}</p> : null}
      <ol className="flex flex-col gap-3" aria-label="Cards in this deck" data-testid="personal-cards">
        {cards.map((card, index) => {
          const label = plain(card.front);
          return (
            <li key={card.id} className="rounded-xl border border-border bg-surface p-4">
              <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-fg-muted">
                <span className="tabular-nums">#{index + 1}</span>
                {card.dimension ? <Badge>{card.dimension}</Badge> : null}
                {card.misconception ? <Badge tone="warning">trap: {card.misconception}</Badge> : null}
                {card.tags.map((t) => (
                  <span key={t}>#{t}</span>
                ))}
              </div>
              {editing === card.id ? (
                <CardEditor
                  deckId={deckId}
                  card={card}
                  options={options}
                  kind="PERSONAL"
                  onDone={() => setEditing(null)}
                />
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
                    <Button variant="secondary" onClick={() => setEditing(card.id)}>
                      Edit<span className="sr-only">: {label}</span>
                    </Button>
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
