import { buttonClass } from '@/components/ui/button';

/**
 * Downloads the deck as an Anki package (ADR 031). A plain GET form: the browser saves the file the
 * route answers with (`Content-Disposition: attachment`) and stays on the page; no script needed.
 * The checkbox adds the learner's own scheduling state and review log.
 */
export function AnkiExportForm({
  deckId,
  deckTitle,
  compact = false,
}: {
  deckId: string;
  deckTitle: string;
  compact?: boolean;
}) {
  return (
    <form
      method="get"
      action={`/api/decks/${encodeURIComponent(deckId)}/anki`}
      className={`flex flex-wrap items-center gap-x-3 gap-y-2 ${compact ? 'text-xs' : 'text-sm'}`}
    >
      <label className="inline-flex items-center gap-2 text-fg-muted">
        <input type="checkbox" name="scheduling" value="on" className="size-4" />
        <span>
          With my progress<span className="sr-only"> in {deckTitle}</span>
        </span>
      </label>
      <button type="submit" className={compact ? 'text-xs text-accent underline' : buttonClass('secondary')}>
        Export to Anki<span className="sr-only"> ({deckTitle}, .apkg)</span>
      </button>
    </form>
  );
}
