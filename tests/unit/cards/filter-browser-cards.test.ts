import { describe, expect, it } from 'vitest';
import { NO_MARK } from '@/lib/core/cards/card-mark';
import {
  BROWSER_PAGE_SIZE,
  BrowserQuerySchema,
  filterBrowserCards,
  type BrowserCard,
} from '@/lib/core/cards/filter-browser-cards';

const NOW = new Date('2026-03-10T10:00:00Z');
const DAY_END = new Date('2026-03-11T04:00:00Z');

const card = (id: string, over: Partial<BrowserCard> = {}): BrowserCard => ({
  id,
  front: `Front ${id}`,
  back: `Back ${id}`,
  decks: ['Deck'],
  phase: null,
  due: null,
  mark: NO_MARK,
  ...over,
});

const CARDS: BrowserCard[] = [
  card('new'),
  card('due', { phase: 'review', due: new Date('2026-03-10T12:00:00Z'), front: 'API Gateway WebSocket APIs' }),
  card('later', { phase: 'review', due: new Date('2026-03-20T12:00:00Z') }),
  card('suspended', { phase: 'review', due: new Date('2026-03-09T00:00:00Z'), mark: { ...NO_MARK, suspendedAt: NOW } }),
  card('buried', {
    phase: 'learning',
    due: new Date('2026-03-10T09:00:00Z'),
    mark: { ...NO_MARK, buriedUntil: DAY_END },
  }),
  card('was-buried', { mark: { ...NO_MARK, buriedUntil: new Date('2026-03-10T04:00:00Z') } }),
  card('red', { mark: { ...NO_MARK, flag: 1 }, back: 'ALB supports OIDC' }),
  card('blue', { mark: { ...NO_MARK, flag: 4 } }),
];

const ids = (query: Record<string, unknown>) =>
  filterBrowserCards(CARDS, BrowserQuerySchema.parse(query), NOW, DAY_END).cards.map((c) => c.id);

describe('filterBrowserCards', () => {
  it.each([
    [{}, ['new', 'due', 'later', 'suspended', 'buried', 'was-buried', 'red', 'blue']],
    [{ filter: 'due' }, ['due']], // suspended and buried cards are not "due"
    [{ filter: 'new' }, ['new', 'was-buried', 'red', 'blue']],
    [{ filter: 'suspended' }, ['suspended']],
    [{ filter: 'buried' }, ['buried']], // a bury that has run out is not buried
    [{ filter: 'flagged' }, ['red', 'blue']],
    [{ filter: 'flagged', flag: '4' }, ['blue']],
    [{ flag: '1' }, ['red']], // a flag alone filters by it
    [{ q: 'websocket' }, ['due']], // any case, front
    [{ q: 'oidc alb' }, ['red']], // every word, back
    [{ q: 'oidc', filter: 'suspended' }, []],
  ])('%o → %o', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('bad URL values fall back to the defaults', () => {
    expect(BrowserQuerySchema.parse({ filter: 'nonsense', flag: '9', page: '-3' })).toEqual({
      q: '',
      filter: 'all',
      flag: 0,
      page: 1,
    });
  });

  it('pages of BROWSER_PAGE_SIZE; a page past the end shows the last one', () => {
    const many = Array.from({ length: BROWSER_PAGE_SIZE * 2 + 3 }, (_, i) => card(`c${String(i).padStart(3, '0')}`));
    const page2 = filterBrowserCards(many, BrowserQuerySchema.parse({ page: '2' }), NOW, DAY_END);
    expect(page2).toMatchObject({ total: many.length, page: 2, pages: 3 });
    expect(page2.cards[0]?.id).toBe(`c${String(BROWSER_PAGE_SIZE).padStart(3, '0')}`);
    const past = filterBrowserCards(many, BrowserQuerySchema.parse({ page: '99' }), NOW, DAY_END);
    expect(past.page).toBe(3);
    expect(past.cards).toHaveLength(3);
  });
});
