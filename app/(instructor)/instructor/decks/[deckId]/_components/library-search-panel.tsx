import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import { Panel } from '@/components/ui/panel';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import type { LibraryOptions } from '@/lib/server/queries/get-library-options';
import type { LibraryCard } from '@/lib/server/queries/search-library-cards';
import { AddLibraryCardsButton } from './add-library-cards-button';
import type { DeckBuilderSearch } from './library-search-schema';

const FILTERS = [
  { name: 'deck', label: 'Library deck', empty: 'Any deck' },
  { name: 'dimension', label: 'Dimension', empty: 'Any dimension' },
  { name: 'tag', label: 'Tag', empty: 'Any tag' },
  { name: 'misconception', label: 'Misconception', empty: 'Any misconception' },
] as const;

/** Search the content library (a GET form, so results are linkable) and add cards one by one or all shown. */
export function LibrarySearchPanel({
  base,
  deckId,
  search,
  options,
  results,
  inDeck,
}: {
  base: string;
  deckId: string;
  search: DeckBuilderSearch;
  options: LibraryOptions;
  results: { cards: LibraryCard[]; total: number };
  inDeck: ReadonlySet<string>;
}) {
  const addable = results.cards.filter((c) => !inDeck.has(c.id)).map((c) => c.id);
  return (
    <Panel>
      <h3 className="mb-3 text-lg font-semibold">Add from the library</h3>
      <form method="get" action={base} className="flex flex-col gap-3" role="search" aria-label="Search the library">
        <input type="hidden" name="tab" value="library" />
        <TextField
          label="Search"
          name="q"
          type="search"
          defaultValue={search.q}
          placeholder="words in the question or answer"
        />
        <div className="grid gap-3 sm:grid-cols-2">
          {FILTERS.map((f) => (
            <SelectField
              key={f.name}
              label={f.label}
              name={f.name}
              options={options[`${f.name}s`]}
              empty={f.empty}
              defaultValue={search[f.name]}
            />
          ))}
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
          <AddLibraryCardsButton deckId={deckId} cardIds={addable} label={`Add all ${addable.length} shown`} />
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
                  deckId={deckId}
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
  );
}
