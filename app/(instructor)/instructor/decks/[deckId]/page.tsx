import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { BackLink } from '@/components/ui/back-link';
import { Markdown } from '@/components/ui/markdown';
import { Panel } from '@/components/ui/panel';
import { TabNav } from '@/components/ui/tab-nav';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { requireUser } from '@/lib/server/auth';
import { DeckIdSchema } from '@/lib/server/instructor/instructor-input';
import { getDeckBuilder } from '@/lib/server/queries/get-deck-builder';
import { getLibraryOptions } from '@/lib/server/queries/get-library-options';
import { searchLibraryCards } from '@/lib/server/queries/search-library-cards';
import { InstructorNav } from '../../../_components/instructor-nav';
import { InstructorsOnly } from '../../../_components/instructors-only';
import { AnkiImportPanel } from '../_components/anki-import-panel';
import { ImportPanel } from '../_components/import-panel';
import { CardEditor } from '@/components/deck/card-editor/card-editor';
import { DeckBuilderHeader } from './_components/deck-builder-header';
import { DeckCardList } from './_components/deck-card-list';
import { DeckDetailsForm } from './_components/deck-details-form';
import { DeckBuilderSearchSchema } from './_components/library-search-schema';
import { LibrarySearchPanel } from './_components/library-search-panel';

type Props = {
  params: Promise<{ deckId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const TABS = [
  { id: 'library', label: 'Add from the library' },
  { id: 'write', label: 'Write a card' },
  { id: 'import', label: 'Import' },
] as const;

export const metadata: Metadata = { title: 'Deck builder' };

/** One "add cards" tab's content: a panel with its heading and a line on how it works. */
function AddCardsPanel({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <Panel>
      <h3 className="mb-1 text-lg font-semibold">{title}</h3>
      <p className="mb-3 text-sm text-fg-muted">{intro}</p>
      {children}
    </Panel>
  );
}

export default async function DeckBuilderPage({ params, searchParams }: Props) {
  const { deckId } = await params;
  const user = await requireUser(`/instructor/decks/${encodeURIComponent(deckId)}`);
  if (user.role === 'LEARNER') return <InstructorsOnly />;
  const id = DeckIdSchema.safeParse(deckId);
  const builder = id.success ? await getDeckBuilder(user, id.data) : null;
  if (!builder) notFound();
  const search = DeckBuilderSearchSchema.parse(await searchParams);
  const options = await getLibraryOptions();
  const results = search.tab === 'library' ? await searchLibraryCards(search) : null;
  const { deck } = builder;
  const base = `/instructor/decks/${deck.id}`;
  // Only what the card editor needs goes to the browser.
  const { dimensions, misconceptions, sources } = options;
  const editorOptions = { dimensions, misconceptions, sources };

  return (
    <div>
      <BackLink href="/instructor/decks">All decks</BackLink>
      <DeckBuilderHeader builder={builder} />
      <InstructorNav current="/instructor/decks" />
      <details className="mb-6 rounded-xl border border-border bg-surface p-4">
        <summary className="cursor-pointer font-medium">Title and description</summary>
        <div className="mt-3 grid gap-4 lg:grid-cols-2">
          <DeckDetailsForm deckId={deck.id} title={deck.title} description={deck.description} />
          <Markdown className="text-sm text-fg-muted" html={markdownToSafeHtml(deck.description)} />
        </div>
      </details>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="deck-cards-heading" className="min-w-0">
          <h2 id="deck-cards-heading" className="mb-3 text-xl font-semibold">
            Cards in this deck ({builder.cards.length})
          </h2>
          <DeckCardList deckId={deck.id} cards={builder.cards} options={editorOptions} />
        </section>

        <section aria-labelledby="add-heading" className="min-w-0">
          <h2 id="add-heading" className="sr-only">
            Add cards
          </h2>
          <TabNav
            label="Add cards"
            links={TABS.map((tab) => ({ href: `${base}?tab=${tab.id}`, label: tab.label }))}
            current={`${base}?tab=${search.tab}`}
            className="mb-4"
          />
          {search.tab === 'library' && results ? (
            <LibrarySearchPanel
              base={base}
              deckId={deck.id}
              search={search}
              options={options}
              results={results}
              inDeck={new Set(builder.cards.map((c) => c.id))}
            />
          ) : null}
          {search.tab === 'write' ? (
            <AddCardsPanel
              title="Write a card"
              intro="Markdown works in every text field; the preview shows what students see."
            >
              <CardEditor deckId={deck.id} options={editorOptions} />
            </AddCardsPanel>
          ) : null}
          {search.tab === 'import' ? (
            <AddCardsPanel
              title="Import into this deck"
              intro="An export of this deck (edited), another YAML deck file, or a CSV. Cards with an id update the card with that id; cards without one are added. Nothing is written until the preview is clean and you import."
            >
              <ImportPanel deckId={deck.id} />
            </AddCardsPanel>
          ) : null}
          {search.tab === 'import' ? (
            <AddCardsPanel
              title="Import an Anki package"
              intro="An .apkg exported from Anki (any version). Basic, reversed and cloze notes become cards; images and sounds are dropped (each note that had some is listed); cards already in the deck are skipped. Nothing is written until you import."
            >
              <AnkiImportPanel deckId={deck.id} kind="instructor" />
            </AddCardsPanel>
          ) : null}
        </section>
      </div>
    </div>
  );
}
