import { hashString } from '../seeded-random';
import type { QuizCardState, QuizQuestion } from './types';

export type SelectQuestionsInput = {
  /** Candidates, e.g. from `generateQuestions`. Later duplicates of a key are ignored. */
  questions: readonly QuizQuestion[];
  /** The learner's card states by card id; a card that is absent is new. */
  cardStates: ReadonlyMap<string, QuizCardState>;
  /** Misconception ids the learner has fallen for. */
  fellFor: ReadonlySet<string>;
  /** At most this many questions are returned. */
  count: number;
  filter?: {
    /** Only questions that exercise at least one of these cards (a deck's cards). */
    deckCardIds?: ReadonlySet<string>;
    /** Only questions on this dimension. */
    dimension?: string;
    /** Only weak spots (tier 1 below). */
    weakOnly?: boolean;
  };
  now: Date;
  seed: string;
};

/** Below this probability of recall a reviewed card counts as weak (FSRS's usual target retention). */
const WEAK_RETRIEVABILITY = 0.9;
/** Lapses beyond this add nothing more to a card's weakness. */
const MAX_COUNTED_LAPSES = 4;
/** Weakness added when the question targets a misconception the learner fell for. */
const FELL_FOR_WEIGHT = 1.5;

type Ranked = { question: QuizQuestion; tier: 0 | 1 | 2; weakness: number; tieBreak: number; spreadKey: string };

/**
 * Picks up to `count` questions for one quiz, in the order to ask them. Pure and deterministic for a seed.
 *
 * Tiers, in order:
 * 1. **weak or due** — a card is due (`due <= now`), a reviewed card's retrievability is below 0.9, a card
 *    has lapsed before (lapse times are not known, so any lapse counts), or the question's misconception
 *    (its `misconception`, or a `misconception.<id>` card) is in `fellFor`. Weakest first: per card,
 *    1 if due + 2 × (1 − retrievability) + 0.25 × lapses (up to 4); the question takes its weakest card,
 *    plus 1.5 for a misconception fallen for;
 * 2. **new** — some card never reviewed (or the question has no cards);
 * 3. **the rest** (known, not due), lowest retrievability first. Left out when `weakOnly`.
 *
 * Within a tier the next question is the one whose dimension has been used least so far in this quiz
 * (counting earlier tiers), then the weakest, then a seeded tie-break — so a quiz spreads across
 * dimensions where it can. Keys are never repeated. Inputs are not mutated.
 */
export function selectQuestions(input: SelectQuestionsInput): QuizQuestion[] {
  const { filter = {} } = input;
  const limit = Number.isNaN(input.count) ? 0 : Math.max(0, Math.floor(input.count));
  const seen = new Set<string>();
  const pool: Ranked[] = [];
  for (const question of input.questions) {
    if (seen.has(question.key)) continue;
    seen.add(question.key);
    if (filter.dimension !== undefined && question.dimension !== filter.dimension) continue;
    const deck = filter.deckCardIds;
    if (deck && !question.cardIds.some((id) => deck.has(id))) continue;
    const ranked = rank(question, input);
    if (filter.weakOnly && ranked.tier !== 0) continue;
    pool.push(ranked);
  }

  const used = new Map<string, number>();
  const selected: QuizQuestion[] = [];
  while (selected.length < limit && pool.length > 0) {
    const tier = Math.min(...pool.map((r) => r.tier));
    let bestIndex = -1;
    let best: Ranked | undefined;
    pool.forEach((candidate, index) => {
      if (candidate.tier !== tier) return;
      if (!best || compare(candidate, best, used) < 0) {
        best = candidate;
        bestIndex = index;
      }
    });
    if (!best) break;
    pool.splice(bestIndex, 1);
    used.set(best.spreadKey, (used.get(best.spreadKey) ?? 0) + 1);
    selected.push(best.question);
  }
  return selected;
}

function compare(x: Ranked, y: Ranked, used: ReadonlyMap<string, number>): number {
  return (
    (used.get(x.spreadKey) ?? 0) - (used.get(y.spreadKey) ?? 0) ||
    y.weakness - x.weakness ||
    x.tieBreak - y.tieBreak ||
    (x.question.key < y.question.key ? -1 : x.question.key > y.question.key ? 1 : 0)
  );
}

function rank(question: QuizQuestion, input: SelectQuestionsInput): Ranked {
  const now = input.now.getTime();
  let weak = false;
  let anyNew = question.cardIds.length === 0;
  let weakness = 0;
  for (const cardId of question.cardIds) {
    const state = input.cardStates.get(cardId);
    if (!state || state.retrievability === null) {
      anyNew = true;
      continue;
    }
    const retrievability = Math.min(1, Math.max(0, state.retrievability));
    const due = state.due !== null && state.due.getTime() <= now;
    const lapses = Math.min(MAX_COUNTED_LAPSES, Math.max(0, state.lapses));
    if (due || retrievability < WEAK_RETRIEVABILITY || lapses > 0) weak = true;
    weakness = Math.max(weakness, (due ? 1 : 0) + 2 * (1 - retrievability) + 0.25 * lapses);
  }
  const misconceptions = [
    question.misconception,
    ...question.cardIds.filter((id) => id.startsWith('misconception.')).map((id) => id.slice('misconception.'.length)),
  ];
  if (misconceptions.some((id) => id !== null && input.fellFor.has(id))) {
    weak = true;
    weakness += FELL_FOR_WEIGHT;
  }
  return {
    question,
    tier: weak ? 0 : anyNew ? 1 : 2,
    weakness,
    tieBreak: hashString(`${input.seed}\u0000${question.key}`),
    spreadKey: question.dimension ?? `key:${question.key}`,
  };
}
