import { BROWSER_FILTERS, type BrowserFilter, type BrowserQuery } from '@/lib/core/cards/filter-browser-cards';
import { FLAGS } from '@/lib/core/cards/card-mark';

const FILTER_LABELS: Record<BrowserFilter, string> = {
  all: 'All cards',
  due: 'Due today',
  new: 'New',
  suspended: 'Suspended',
  buried: 'Buried',
  flagged: 'Flagged',
};

const CONTROL = 'w-full min-w-0 rounded-lg border border-border bg-surface px-3 py-2 text-fg';

/** The browser's search: a plain GET form, so the URL holds the query (back button, links, no script needed). */
export function CardSearchForm({ query }: { query: BrowserQuery }) {
  return (
    <form
      role="search"
      aria-label="Search cards"
      method="get"
      action="/cards"
      className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
    >
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor="cards-q" className="text-sm font-medium">
          Search front and back
        </label>
        <input
          id="cards-q"
          name="q"
          type="search"
          defaultValue={query.q}
          maxLength={200}
          className={`${CONTROL} placeholder:text-fg-muted`}
          placeholder="e.g. WebSocket"
        />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:contents">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="cards-filter" className="text-sm font-medium">
            Show
          </label>
          <select id="cards-filter" name="filter" defaultValue={query.filter} className={CONTROL}>
            {BROWSER_FILTERS.map((f) => (
              <option key={f} value={f}>
                {FILTER_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="cards-flag" className="text-sm font-medium">
            Flag
          </label>
          <select id="cards-flag" name="flag" defaultValue={query.flag} className={CONTROL}>
            <option value={0}>Any flag</option>
            {FLAGS.map((f) => (
              <option key={f.flag} value={f.flag}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="submit"
        className="rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:opacity-90"
      >
        Search
      </button>
    </form>
  );
}
