import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnkiExportForm } from '@/components/deck/anki-export-form';
import { CardEditor } from '@/components/deck/card-editor/card-editor';
import { BackLink } from '@/components/ui/back-link';
import { ButtonLink } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { requireUser } from '@/lib/server/auth';
import { DeckIdSchema } from '@/lib/server/instructor/instructor-input';
import { getDeckBuilder } from '@/lib/server/queries/get-deck-builder';
import { getLibraryOptions } from '@/lib/server/queries/get-library-options';
import { AnkiImportPanel } from '@/app/(instructor)/instructor/decks/_components/anki-import-panel';
import { PersonalCardList } from './_components/personal-card-list';

export const metadata: Metadata = { title: 'Your deck' };

type Props = { params: Promise<{ deckId: string }> };

/** A learner's personal deck: its cards (edit, remove) and the instructors' card editor to write more. Owner only. */
export default async function PersonalDeckPage({ params }: Props) {
  const { deckId } = await params;
  const user = await requireUser(`/decks/personal/${encodeURIComponent(deckId)}`);
  const id = DeckIdSchema.safeParse(deckId);
  const builder = id.success ? await getDeckBuilder(user, id.data, 'PERSONAL') : null;
  if (!builder) notFound();
  const { dimensions, misconceptions, sources } = await getLibraryOptions();
  const options = { dimensions, misconceptions, sources };
  const { deck, cards } = builder;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <BackLink href="/decks">All decks</BackLink>
        <PageHeader
          title={deck.title}
          description="Your own deck: only you see it. Its cards join your daily review like any other deck's."
          actions={
            cards.length > 0 ? (
              <div className="flex flex-wrap items-center gap-3">
                <AnkiExportForm deckId={deck.id} deckTitle={deck.title} />
                <ButtonLink href="/review" variant="secondary">
                  Review
                </ButtonLink>
              </div>
            ) : null
          }
        />
        <Markdown className="text-sm text-fg-muted" html={markdownToSafeHtml(deck.description)} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="personal-cards-heading" className="min-w-0">
          <h2 id="personal-cards-heading" className="mb-3 text-xl font-semibold">
            Cards in this deck ({cards.length})
          </h2>
          <PersonalCardList deckId={deck.id} cards={cards} options={options} />
        </section>
        <section aria-labelledby="write-heading" className="min-w-0">
          <Panel>
            <h2 id="write-heading" className="mb-1 text-lg font-semibold">
              Write a card
            </h2>
            <p className="mb-3 text-sm text-fg-muted">
              Markdown works in every text field; the preview shows the card as you will review it.
            </p>
            <CardEditor deckId={deck.id} options={options} kind="PERSONAL" />
          </Panel>
          <Panel className="mt-6">
            <h2 id="anki-heading" className="mb-1 text-lg font-semibold">
              Import from Anki
            </h2>
            <p className="mb-3 text-sm text-fg-muted">
              An .apkg exported from Anki. Basic, reversed and cloze notes become cards; images and sounds are dropped;
              cards already here are skipped. Nothing is written until you import.
            </p>
            <AnkiImportPanel deckId={deck.id} kind="personal" />
          </Panel>
        </section>
      </div>
    </div>
  );
}
