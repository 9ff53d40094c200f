import { AnkiExportForm } from '@/components/deck/anki-export-form';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { PageHeader } from '@/components/ui/page-header';
import { setDeckArchivedAction } from '@/lib/server/actions/set-deck-archived-action';
import type { DeckBuilder } from '@/lib/server/queries/get-deck-builder';
import { PublishToggle } from './publish-toggle';

/** The deck's title, status, size and classes; publishing, the YAML/CSV and Anki exports and archiving. */
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
          <AnkiExportForm deckId={deck.id} deckTitle={deck.title} />
          <ConfirmAction
            action={setDeckArchivedAction}
            input={{ deckId: deck.id, archived: true }}
            label="Archive deck"
            title={`Archive “${deck.title}”?`}
            confirmLabel="Archive deck"
            redirectTo="/instructor/decks"
            popover
          >
            <p>
              <strong className="text-fg">Students’ progress is kept.</strong> The deck leaves their review queues and
              their class pages
              {classes.length > 0 ? ` (${classes.map((c) => c.name).join(', ')})` : ''}; what they learned from it stays
              in their history and stats.
            </p>
            <p>
              The deck keeps its cards and class assignments. Restore it from “Archived decks” on the Decks page to
              bring it back as it was.
            </p>
          </ConfirmAction>
        </div>
      }
    />
  );
}
