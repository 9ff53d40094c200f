import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import type { DeckBuilder } from '@/lib/server/queries/get-deck-builder';
import { PublishToggle } from './publish-toggle';

/** The deck's title, status, size and classes; publishing and the YAML/CSV exports. */
export function DeckBuilderHeader({ builder }: { builder: DeckBuilder }) {
  const { deck, cards, classes } = builder;
  return (
    <PageHeader
      title={deck.title}
      description={
        <span className="flex flex-wrap items-center gap-2">
          <Badge tone={deck.published ? 'success' : 'warning'}>{deck.published ? 'Published' : 'Draft'}</Badge>
          <span>
            {cards.length} {cards.length === 1 ? 'card' : 'cards'}
            {classes.length > 0
              ? ` · assigned to ${classes.map((c) => c.name).join(', ')}`
              : ' · not assigned to a class yet'}
          </span>
        </span>
      }
      actions={
        <div className="flex flex-wrap items-center gap-2">
          <PublishToggle deckId={deck.id} published={deck.published} />
          {(['yaml', 'csv'] as const).map((format) => (
            <a
              key={format}
              href={`/api/instructor/decks/${deck.id}/export?format=${format}`}
              download
              className={buttonClass('secondary')}
            >
              Export {format.toUpperCase()}
            </a>
          ))}
        </div>
      }
    />
  );
}
