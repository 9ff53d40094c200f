import { z } from 'zod';
import type { Phase } from '../scheduler/types';
import type { CardMark } from './card-mark';
import { FlagSchema } from './card-mark-schema';
import { isCardHeld } from './is-card-held';

/** One card as the card browser lists it. */
export type BrowserCard = {
  id: string;
  /** Plain text (Markdown stripped) of the front and back, for search and display. */
  front: string;
  back: string;
  decks: string[];
  /** null: never studied. */
  phase: Phase | null;
  due: Date | null;
  mark: CardMark;
};

export const BROWSER_FILTERS = ['all', 'due', 'new', 'suspended', 'buried', 'flagged'] as const;
export type BrowserFilter = (typeof BROWSER_FILTERS)[number];

export const BROWSER_PAGE_SIZE = 25;

/** The browser's query, from the page's URL (every field optional, bad values fall back to the default). */
export const BrowserQuerySchema = z
  .object({
    q: z.string().max(200).catch('').default(''),
    filter: z.enum(BROWSER_FILTERS).catch('all').default('all'),
    /** Only this flag (1–7; implies the "flagged" filter); 0 or absent: any flag. */
    flag: z.coerce.number().pipe(FlagSchema).catch(0).default(0),
    page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  })
  .transform((query) => (query.flag > 0 ? { ...query, filter: 'flagged' as const } : query));
export type BrowserQuery = z.infer<typeof BrowserQuerySchema>;

export type BrowserPage = { cards: BrowserCard[]; total: number; page: number; pages: number };

/** Whether a card matches the filter at `now`; `dayEnd` (end of the learner's study day) decides "due". */
function matches(card: BrowserCard, query: BrowserQuery, now: Date, dayEnd: Date): boolean {
  switch (query.filter) {
    case 'all':
      return true;
    case 'due':
      return (
        card.phase !== null &&
        card.phase !== 'new' &&
        card.due !== null &&
        card.due < dayEnd &&
        !isCardHeld(card.mark, now)
      );
    case 'new':
      return card.phase === null || card.phase === 'new';
    case 'suspended':
      return card.mark.suspendedAt !== null;
    case 'buried':
      return card.mark.buriedUntil !== null && card.mark.buriedUntil > now;
    case 'flagged':
      return query.flag === 0 ? card.mark.flag > 0 : card.mark.flag === query.flag;
  }
}

/**
 * The card browser's search: words of `q` all found (any case) in the front or back, the filter,
 * then one page of BROWSER_PAGE_SIZE in the order given (a page past the end shows the last one).
 */
export function filterBrowserCards(
  cards: readonly BrowserCard[],
  query: BrowserQuery,
  now: Date,
  dayEnd: Date,
): BrowserPage {
  const words = query.q.toLowerCase().split(/\s+/).filter(Boolean);
  const found = cards.filter((card) => {
    if (!matches(card, query, now, dayEnd)) return false;
    if (words.length === 0) return true;
    const text = `${card.front}\n${card.back}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const pages = Math.max(1, Math.ceil(found.length / BROWSER_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  return {
    cards: found.slice((page - 1) * BROWSER_PAGE_SIZE, page * BROWSER_PAGE_SIZE),
    total: found.length,
    page,
    pages,
  };
}
