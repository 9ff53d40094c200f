import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { requireUser } from '@/lib/server/auth';
import { DeckIdSchema } from '@/lib/server/instructor/instructor-input';
import { getDeckBuilder } from '@/lib/server/queries/get-deck-builder';
import { getLibraryOptions } from '@/lib/server/queries/get-library-options';
import { searchLibraryCards } from '@/lib/server/queries/search-library-cards';
import { InstructorNav } from '../../../_components/instructor-nav';
import { InstructorsOnly } from '../../../_components/instructors-only';
import { ImportPanel } from '../_components/import-panel';
import { AddLibraryCardsButton } from './_components/add-library-cards-button';
import { CardEditor } from './_components/card-editor';
import { DeckCardList } from './_components/deck-card-list';
import { DeckDetailsForm } from './_components/deck-details-form';
import { PublishToggle } from './_components/publish-toggle';

type Props = {
  params: Promise<{ deckId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const param = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(200).catch('')).default('');
const SearchSchema = z.object({
  tab: z
    .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(['library', 'write', 'import']).catch('library'))
    .default('library'),
  q: param,
  deck: param,
  dimension: param,
  tag: param,
  misconception: param,
});

const TABS = [
  { id: 'library', label: 'Add from the library' },
  { id: 'write', label: 'Write a card' },
  { id: 'import', label: 'Import' },
] as const;

export const metadata: Metadata = { title: 'Deck builder' };

export default async function DeckBuilderPage({ params, searchParams }: Props) {
  const { deckId } = await params;
  const user = await requireUser(`/instructor/decks/${encodeURIComponent(deckId)}`);
  if (user.role === 'LEARNER') return <InstructorsOnly />;
  const id = DeckIdSchema.safeParse(deckId);
  const builder = id.success ? await getDeckBuilder(user, id.data) : null;
  if (!builder) notFound();
  const search = SearchSchema.parse(await searchParams);
  const options = await getLibraryOptions();
  const results = search.tab === 'library' ? await searchLibraryCards(search) : null;
  const inDeck = new Set(builder.cards.map((c) => c.id));
  const addable = results?.cards.filter((c) => !inDeck.has(c.id)).map((c) => c.id) ?? [];
  const { deck } = builder;
  const base = `/instructor/decks/${deck.id}`;
  const editorOptions = {
    dimensions: options.dimensions,
    misconceptions: options.misconceptions,
    sources: options.sources,
  };

  return (
    <div>
      <BackLink href="/instructor/decks">All decks</BackLink>
      <PageHeader
        title={deck.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={deck.published ? 'success' : 'warning'}>{deck.published ? 'Published' : 'Draft'}</Badge>
            <span>
              {builder.cards.length} {builder.cards.length === 1 ? 'card' : 'cards'}
              {builder.classes.length > 0
                ? ` · assigned to ${builder.classes.map((c) => c.name).join(', ')}`
                : ' · not assigned to a class yet'}
            </span>
          </span>
        }
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <PublishToggle deckId={deck.id} published={deck.published} />
            <a
              href={`/api/instructor/decks/${deck.id}/export?format=yaml`}
              download
              className={buttonClass('secondary')}
            >
              Export YAML
            </a>
            <a
              href={`/api/instructor/decks/${deck.id}/export?format=csv`}
              download
              className={buttonClass('secondary')}
            >
              Export CSV
            </a>
          </div>
        }
      />
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
          <nav aria-label="Add cards">
            <ul className="mb-4 flex flex-wrap gap-1 border-b border-border text-sm">
              {TABS.map((tab) => (
                <li key={tab.id}>
                  <Link
                    href={`${base}?tab=${tab.id}`}
                    aria-current={search.tab === tab.id ? 'page' : undefined}
                    className={`-mb-px inline-block border-b-2 px-3 py-2 ${
                      search.tab === tab.id
                        ? 'border-accent font-medium text-fg'
                        : 'border-transparent text-fg-muted hover:text-fg'
                    }`}
                  >
                    {tab.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>

          {search.tab === 'library' && results ? (
            <Panel>
              <h3 className="mb-3 text-lg font-semibold">Add from the library</h3>
              <form
                method="get"
                action={base}
                className="flex flex-col gap-3"
                role="search"
                aria-label="Search the library"
              >
                <input type="hidden" name="tab" value="library" />
                <TextField
                  label="Search"
                  name="q"
                  type="search"
                  defaultValue={search.q}
                  placeholder="words in the question or answer"
                />
                <div className="grid gap-3 sm:grid-cols-2">
                  <SelectField
                    label="Library deck"
                    name="deck"
                    options={options.decks}
                    empty="Any deck"
                    defaultValue={search.deck}
                  />
                  <SelectField
                    label="Dimension"
                    name="dimension"
                    options={options.dimensions}
                    empty="Any dimension"
                    defaultValue={search.dimension}
                  />
                  <SelectField
                    label="Tag"
                    name="tag"
                    options={options.tags}
                    empty="Any tag"
                    defaultValue={search.tag}
                  />
                  <SelectField
                    label="Misconception"
                    name="misconception"
                    options={options.misconceptions}
                    empty="Any misconception"
                    defaultValue={search.misconception}
                  />
                </div>
                <div className="flex flex-wrap gap-2">
                  <button type="submit" className={buttonClass('primary')}>
                    Search
                  </button>
                  <Link href={`${base}?tab=library`} className={buttonClass('ghost')}>
                    Clear
                  </Link>
                </div>
              </form>
              <div className="mt-4 flex flex-wrap items-center justify-between gap-2 border-t border-border pt-3">
                <p className="text-sm text-fg-muted" data-testid="library-count">
                  {results.total} {results.total === 1 ? 'card matches' : 'cards match'}
                  {results.total > results.cards.length ? ` (first ${results.cards.length} shown)` : ''}
                </p>
                {addable.length > 0 ? (
                  <AddLibraryCardsButton deckId={deck.id} cardIds={addable} label={`Add all ${addable.length} shown`} />
                ) : results.cards.length > 0 ? (
                  <p className="text-sm text-fg-muted">All of these are in the deck.</p>
                ) : null}
              </div>
              <ul className="mt-3 flex flex-col gap-2" aria-label="Library cards">
                {results.cards.map((card) => (
                  <li key={card.id} className="rounded-lg border border-border p-3">
                    <div className="flex items-start justify-between gap-3">
                      <div className="min-w-0">
                        <Markdown className="text-sm font-medium" html={markdownToSafeHtml(card.front)} />
                        <p className="mt-1 flex flex-wrap gap-1 text-xs text-fg-muted">
                          <span>{card.id}</span>
                          {card.misconception ? <Badge tone="warning">trap</Badge> : null}
                        </p>
                      </div>
                      {inDeck.has(card.id) ? (
                        <span className="shrink-0 text-xs text-fg-muted">In the deck</span>
                      ) : (
                        <AddLibraryCardsButton
                          deckId={deck.id}
                          cardIds={[card.id]}
                          label="Add"
                          srLabel={card.front.slice(0, 80)}
                        />
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            </Panel>
          ) : null}

          {search.tab === 'write' ? (
            <Panel>
              <h3 className="mb-1 text-lg font-semibold">Write a card</h3>
              <p className="mb-3 text-sm text-fg-muted">
                Markdown works in every text field; the preview shows what students see.
              </p>
              <CardEditor deckId={deck.id} options={editorOptions} />
            </Panel>
          ) : null}

          {search.tab === 'import' ? (
            <Panel>
              <h3 className="mb-1 text-lg font-semibold">Import into this deck</h3>
              <p className="mb-3 text-sm text-fg-muted">
                An export of this deck (edited), another YAML deck file, or a CSV. Cards with an id update the card with
                that id; cards without one are added. Nothing is written until the preview is clean and you import.
              </p>
              <ImportPanel deckId={deck.id} />
            </Panel>
          ) : null}
        </section>
      </div>
    </div>
  );
}
