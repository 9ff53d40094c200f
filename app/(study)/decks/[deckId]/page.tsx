import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AnkiExportForm } from '@/components/deck/anki-export-form';
import { SourceLinks } from '@/components/deck/source-links';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { BackLink } from '@/components/ui/back-link';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/server/auth';
import { getDeck } from '@/lib/server/queries/get-deck';

type Props = { params: Promise<{ deckId: string }> };

const DeckIdSchema = z.string().regex(/^[a-z0-9.-]{1,200}$/);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = DeckIdSchema.safeParse((await params).deckId);
  const deck = id.success ? await getDeck(id.data) : null;
  return { title: deck?.title ?? 'Deck' };
}

export default async function DeckPage({ params }: Props) {
  const { deckId } = await params;
  await requireUser(`/decks/${encodeURIComponent(deckId)}`);
  const id = DeckIdSchema.safeParse(deckId);
  const deck = id.success ? await getDeck(id.data) : null;
  if (!deck) notFound();
  return (
    <div>
      <BackLink href="/decks">All decks</BackLink>
      <PageHeader
        title={deck.title}
        description={`${deck.cards.length} cards`}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <AnkiExportForm deckId={deck.id} deckTitle={deck.title} />
            <ButtonLink href={`/review?deck=${encodeURIComponent(deck.id)}`}>Study this deck now</ButtonLink>
          </div>
        }
      />
      <Markdown className="mb-6 max-w-3xl text-fg-muted" html={markdownToSafeHtml(deck.description)} />
      <ol className="flex flex-col gap-4">
        {deck.cards.map((card, i) => (
          <li key={card.id} id={card.id} className="rounded-xl border border-border bg-surface p-5">
            <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-fg-muted">
              <span>#{i + 1}</span>
              {card.dimension ? <span className="rounded bg-muted px-1.5 py-0.5">{card.dimension}</span> : null}
              {card.misconception ? (
                <span className="rounded bg-muted px-1.5 py-0.5">trap: {card.misconception}</span>
              ) : null}
            </div>
            <h2 className="sr-only">Card {i + 1}</h2>
            <Markdown className="font-medium" html={markdownToSafeHtml(card.front)} />
            <div className="mt-3 border-t border-border pt-3">
              <Markdown html={markdownToSafeHtml(card.back)} />
              {card.explanation ? (
                <Markdown className="mt-2 text-sm text-fg-muted" html={markdownToSafeHtml(card.explanation)} />
              ) : null}
            </div>
            <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
              <SourceLinks sources={card.sources} />
              <Link
                href={`/cards/${encodeURIComponent(card.id)}/propose`}
                className="text-xs text-fg-muted underline hover:text-accent"
              >
                Propose a fix<span className="sr-only"> to card {i + 1}</span>
              </Link>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
