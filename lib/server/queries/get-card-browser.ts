import 'server-only';
import { filterBrowserCards, type BrowserQuery } from '@/lib/core/cards/filter-browser-cards';
import type { Flag } from '@/lib/core/cards/card-mark';
import type { Phase } from '@/lib/core/scheduler/types';
import { studyDay } from '@/lib/core/scheduler/study-day';
import { reviewStateRepository } from '../review-state/review-state-repository';
import { getStudySettings } from './get-study-settings';

/** One card row of the browser, dates as ISO strings (it goes to a client component). */
export type CardBrowserRow = {
  id: string;
  front: string;
  back: string;
  decks: string[];
  phase: Phase | null;
  due: string | null;
  suspended: boolean;
  buriedUntil: string | null;
  flag: Flag;
};

export type CardBrowser = {
  cards: CardBrowserRow[];
  total: number;
  page: number;
  pages: number;
  owned: number;
  timeZone: string;
};

/** The card browser: the learner's cards matching the search and filter, one page of them. */
export async function getCardBrowser(userId: string, query: BrowserQuery, now: Date): Promise<CardBrowser> {
  const [cards, settings] = await Promise.all([reviewStateRepository().browse(userId), getStudySettings(userId)]);
  const day = studyDay(now, settings.study.timeZone, settings.study.dayStartHour);
  const found = filterBrowserCards(cards, query, now, day.end);
  return {
    ...found,
    owned: cards.length,
    timeZone: settings.study.timeZone,
    cards: found.cards.map((c) => ({
      id: c.id,
      front: c.front,
      back: c.back,
      decks: c.decks,
      phase: c.phase,
      due: c.due?.toISOString() ?? null,
      suspended: c.mark.suspendedAt !== null,
      buriedUntil: c.mark.buriedUntil && c.mark.buriedUntil > now ? c.mark.buriedUntil.toISOString() : null,
      flag: c.mark.flag,
    })),
  };
}
