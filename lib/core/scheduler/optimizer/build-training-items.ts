import { studyDay } from '../study-day';
import type { Grade } from '../types';
import type { AnswerRecord, TrainingItem } from './types';

const RATING: Record<Grade, number> = { again: 1, hard: 2, good: 3, easy: 4 };
const DAY_MS = 86_400_000;

/** Days since 1970 of the learner's study day holding `instant` (their time zone and rollover hour, like Anki). */
function studyDayNumber(instant: Date, timeZone: string, dayStartHour: number): number {
  return Math.round(Date.parse(`${studyDay(instant, timeZone, dayStartHour).key}T00:00:00Z`) / DAY_MS);
}

/**
 * The optimizer's training items from a learner's answers (any order): per card, one item per answer
 * after the first, holding the card's reviews up to that answer, with the gaps in study days (same-day
 * steps are 0, as in Anki's conversion). A card whose log does not start at its first study (phase
 * `new`) is skipped: its earlier history is unknown. Items with no review a day or more after the
 * first are dropped (fsrs-rs learns nothing long-term from them). Items come in time order of the
 * answer they predict — the time-series evaluation splits them in that order.
 */
export function buildTrainingItems(
  answers: readonly AnswerRecord[],
  timeZone: string,
  dayStartHour: number,
): TrainingItem[] {
  const byCard = new Map<string, AnswerRecord[]>();
  for (const answer of answers) {
    const list = byCard.get(answer.cardId);
    if (list) list.push(answer);
    else byCard.set(answer.cardId, [answer]);
  }
  const dated: { at: number; cardId: string; item: TrainingItem }[] = [];
  for (const [cardId, list] of byCard) {
    const sorted = [...list].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    if (sorted[0]?.phaseBefore !== 'new') continue;
    const days = sorted.map((a) => studyDayNumber(a.reviewedAt, timeZone, dayStartHour));
    const reviews = sorted.map((a, i) => ({ rating: RATING[a.grade], deltaT: i === 0 ? 0 : days[i]! - days[i - 1]! }));
    for (let i = 1; i < sorted.length; i++) {
      // Only answers on a later study day are predicted (a same-day step has recall 1 in FSRS).
      if (reviews[i]!.deltaT === 0) continue;
      const upTo = reviews.slice(0, i + 1);
      dated.push({ at: sorted[i]!.reviewedAt.getTime(), cardId, item: { reviews: upTo } });
    }
  }
  dated.sort((a, b) => a.at - b.at || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
  return dated.map((d) => d.item);
}
