/**
 * Every candidate quiz question, built from content. Pure and deterministic:
 * the same input and seed give the same questions; the seed only changes
 * option (and matching fact) order, never which questions exist or their keys.
 */
import type { Comparison, Dimension, KnowledgeBase, Misconception, Prompt, QuizItem } from '@/lib/core/content/types';
import { dimensionFacts } from '../knowledge/dimension-facts';
import { createSeededRandom, hashString, shuffle, type Random } from '../seeded-random';
import { createTruthReader, type TruthReader } from './restates-truth';
import type { MatchTarget, QuizOption, QuizQuestion } from './types';

export type GenerateQuestionsInput = {
  comparisons: readonly Comparison[];
  misconceptions: readonly Misconception[];
  quizItems: readonly QuizItem[];
  /** The comparisons' knowledge bases: their capability facts become true-or-false questions. */
  knowledge?: readonly KnowledgeBase[];
  /** Prompts graded against those bases: with one, generated distractors are read for second right answers. */
  prompts?: readonly Prompt[];
};

/** Distractors per generated multiple-choice question (4 options in all when content allows). */
const DISTRACTORS = 3;
/** Third scenario option. */
const EITHER_TEXT = 'Either works';

type Side = 'a' | 'b';
type Draft = Omit<QuizOption, 'id'> & { onTopic?: ReadonlySet<string> };

/**
 * Questions, in this order:
 * 1. every hand-written quiz item (`item:<item id>`), options and matching facts shuffled by seed
 *    (scenario options keep the fixed order A, B, "Either works": every scenario offers the same three, so
 *    their position carries no hint and a stable layout is quicker to answer);
 * 2. per comparison dimension and side, a multiple-choice "Which describes <subject>'s <dimension>?"
 *    (`dim:<comparison>.<dimension>:mc-a|mc-b`): the side's fact is the one correct option; distractors
 *    are the other side's fact, misconception claims of that dimension and the dimension's
 *    `outdatedClaim` when its verdict is `wrong` or `outdated`, then same-side facts of the nearest
 *    dimensions (true of the subject, but another topic). Texts are distinct; with a knowledge base and a
 *    prompt to read with, a distractor that restates a true fact of the subject on the asked topic is left
 *    out (`restates-truth.ts`). A question with no possible distractor is skipped. Card: `<comparison>.<dimension>.<side>`;
 * 3. per misconception, a true-false on its claim (`misc:<id>:tf`, answer false, the correction as explanation).
 *    Card: `misconception.<id>`;
 * 4. per capability fact of a knowledge base whose attribute a dimension lists (`knowledge:`) and whose entity is
 *    one of the two sides (or a kind of one: "API Gateway HTTP APIs"), a true-false "<entity>: <attribute>."
 *    (`fact:<base>:<entity>/<attribute>`), true when the fact holds, the fact's own sentence as explanation —
 *    the same facts the grader checks answers against. Card: `<comparison>.<dimension>.<side>`.
 *
 * Throws (content invariant broken, not a user error) when a quiz item names an unknown comparison or
 * two questions would share a key.
 */
export function generateQuestions(input: GenerateQuestionsInput, seed: string): QuizQuestion[] {
  const comparisons = new Map(input.comparisons.map((c) => [c.id, c]));
  const truthReaders = new Map<string, TruthReader>();
  for (const c of input.comparisons) {
    const knowledge = (input.knowledge ?? []).find((kb) => (kb.comparison ?? kb.id) === c.id);
    const prompt = (input.prompts ?? []).find((p) => p.comparison === c.id);
    if (knowledge === undefined || prompt === undefined) continue;
    truthReaders.set(c.id, createTruthReader({ knowledge, prompt, misconceptions: input.misconceptions }));
  }
  const questions: QuizQuestion[] = [
    ...input.quizItems.map((item) => fromQuizItem(item, comparisons, seed)),
    ...input.comparisons.flatMap((comparison) =>
      comparison.dimensions.flatMap((_, index) =>
        (['a', 'b'] as const).flatMap(
          (side) =>
            dimensionQuestion(comparison, index, side, input.misconceptions, seed, truthReaders.get(comparison.id)) ??
            [],
        ),
      ),
    ),
    ...input.misconceptions.map(misconceptionQuestion),
    ...(input.knowledge ?? []).flatMap((kb) => {
      const comparison = comparisons.get(kb.comparison ?? kb.id);
      return comparison ? factQuestions(kb, comparison) : [];
    }),
  ];
  const keys = new Set<string>();
  for (const q of questions) {
    if (keys.has(q.key)) throw new Error(`generateQuestions: duplicate question key ${q.key}`);
    keys.add(q.key);
  }
  return questions;
}

// ---------------------------------------------------------------- hand-written items

function fromQuizItem(item: QuizItem, comparisons: ReadonlyMap<string, Comparison>, seed: string): QuizQuestion {
  const key = `item:${item.id}`;
  const base = {
    key,
    dimension: item.dimension,
    comparison: item.comparison,
    cardIds: [...item.cards],
    misconception: item.misconception ?? null,
    explanation: item.explanation,
    sources: [...item.sources],
  };
  const random = questionRandom(seed, key);
  switch (item.type) {
    case 'multiple-choice': {
      const options = withIds(item.choices.map((c) => ({ text: c.text, why: c.why })));
      const correctIndex = item.choices.findIndex((c) => c.correct);
      const correct = options[correctIndex];
      if (!correct) throw new Error(`generateQuestions: ${item.id} has no correct choice`);
      return {
        ...base,
        type: 'multiple-choice',
        prompt: item.question,
        options: shuffle(options, random),
        correctOptionId: correct.id,
      };
    }
    case 'true-false':
      return { ...base, type: 'true-false', prompt: item.statement, correct: item.answer };
    case 'scenario': {
      const comparison = requireComparison(comparisons, item.comparison, item.id);
      return {
        ...base,
        type: 'scenario',
        prompt: item.scenario,
        options: scenarioOptions(comparison, item.dimension, item.answer),
        correctOptionId: item.answer,
      };
    }
    case 'matching': {
      const comparison = requireComparison(comparisons, item.comparison, item.id);
      const facts = withIds(
        item.pairs.map((p) => ({ text: p.fact })),
        'fact',
      );
      const correctPairs: Record<string, 'a' | 'b' | 'both'> = {};
      item.pairs.forEach((p, i) => {
        const fact = facts[i];
        if (fact) correctPairs[fact.id] = p.answer;
      });
      const targets: MatchTarget[] = [
        { id: 'a', label: comparison.a.short },
        { id: 'b', label: comparison.b.short },
      ];
      // "Both" is offered only when some fact needs it; the item's question says so ("(a) or ALB (b)?").
      if (item.pairs.some((p) => p.answer === 'both')) targets.push({ id: 'both', label: 'Both' });
      return { ...base, type: 'matching', prompt: item.question, facts: shuffle(facts, random), targets, correctPairs };
    }
  }
}

function scenarioOptions(comparison: Comparison, dimensionId: string, answer: Side | 'either'): QuizOption[] {
  const topic = topicOf(comparison.dimensions.find((d) => d.id === dimensionId)?.name ?? dimensionId);
  const deciding = `the deciding dimension is ${topic}`;
  const sideWhy = (side: Side): string => {
    const short = comparison[side].short;
    if (answer === side) return `Right: ${short} fits; ${deciding}.`;
    if (answer === 'either') return `${short} works, but so does ${comparison[other(side)].short}: either fits here.`;
    return `${comparison[answer].short} fits better; ${deciding}.`;
  };
  return [
    { id: 'a', text: comparison.a.short, why: sideWhy('a') },
    { id: 'b', text: comparison.b.short, why: sideWhy('b') },
    {
      id: 'either',
      text: EITHER_TEXT,
      why:
        answer === 'either'
          ? `Right: both fit; ${deciding}, and neither falls short on it here.`
          : `Not here: ${deciding}, and on it ${comparison[answer].short} is the better fit.`,
    },
  ];
}

// ---------------------------------------------------------------- generated from a dimension

function dimensionQuestion(
  comparison: Comparison,
  index: number,
  side: Side,
  misconceptions: readonly Misconception[],
  seed: string,
  restatesTruth: TruthReader | undefined,
): QuizQuestion | null {
  const dimension = comparison.dimensions[index];
  if (!dimension) return null;
  const key = `dim:${comparison.id}.${dimension.id}:mc-${side}`;
  const random = questionRandom(seed, key);
  const subject = comparison[side].short;
  const otherSubject = comparison[other(side)].short;
  const topic = topicOf(dimension.name);

  const claims = misconceptions.filter((m) => m.comparison === comparison.id && m.dimension === dimension.id);
  const claimDrafts: Draft[] = claims.map((m) => ({
    text: m.claim,
    why: `A common misconception. ${m.correction}`,
    misconception: m.id,
  }));
  const outdated = dimension.outdatedClaim;
  if (outdated && (outdated.verdict === 'wrong' || outdated.verdict === 'outdated')) {
    claimDrafts.push({ text: outdated.claim, why: `An often-repeated claim, but ${outdated.verdict}.` });
  }
  // the other side's fact and the claims must not be true of this subject at all; the nearest dimensions'
  // facts are true of it by design, so they must only stay off the asked topic
  const asked = new Set(dimension.knowledge);
  const pools: Draft[][] = [
    [{ text: dimension[other(side)], why: `That describes ${otherSubject}, not ${subject}.` }],
    shuffle(claimDrafts, random),
    nearest(comparison.dimensions, index, random).map((d) => ({
      text: d[side],
      why: `That is about ${subject}'s ${topicOf(d.name)}, not its ${topic}.`,
      onTopic: asked,
    })),
  ];

  const seen = new Set([normalise(dimension[side])]);
  const distractors: Draft[] = [];
  for (const { onTopic, ...draft } of pools.flat()) {
    if (distractors.length === DISTRACTORS) break;
    const norm = normalise(draft.text);
    if (norm === '' || seen.has(norm)) continue;
    seen.add(norm);
    // a distractor that is also true of this subject would be a second right answer (a misconception's
    // claim is false by definition, and names its own subject)
    if (draft.misconception === undefined && restatesTruth?.(comparison[side].id, draft.text, onTopic)) continue;
    distractors.push(draft);
  }
  if (distractors.length === 0) return null;

  const options = withIds([
    { text: dimension[side], why: `Right: this is what ${subject} does for ${topic}.` },
    ...distractors,
  ]);
  const correct = options[0] as QuizOption;
  const usedClaims = claims.filter((m) => distractors.some((d) => d.misconception === m.id));
  return {
    key,
    type: 'multiple-choice',
    prompt: `Which describes ${subject}'s ${topic}?`,
    dimension: dimension.id,
    comparison: comparison.id,
    cardIds: [`${comparison.id}.${dimension.id}.${side}`],
    misconception: null,
    explanation: dimension.nuance,
    sources: unique([...dimension.sources, ...usedClaims.flatMap((m) => m.sources)]),
    options: shuffle(options, random),
    correctOptionId: correct.id,
  };
}

/** Other dimensions, nearest first; equally near ones in seeded order. */
function nearest(dimensions: readonly Dimension[], index: number, random: Random): Dimension[] {
  return dimensions
    .map((d, i) => ({ d, distance: Math.abs(i - index), tie: random() }))
    .filter((x) => x.distance > 0)
    .sort((x, y) => x.distance - y.distance || x.tie - y.tie)
    .map((x) => x.d);
}

// ---------------------------------------------------------------- generated from a misconception

function misconceptionQuestion(m: Misconception): QuizQuestion {
  return {
    key: `misc:${m.id}:tf`,
    type: 'true-false',
    prompt: m.claim,
    dimension: m.dimension,
    comparison: m.comparison,
    cardIds: [`misconception.${m.id}`],
    misconception: m.id,
    explanation: m.correction,
    sources: [...m.sources],
    correct: false,
  };
}

// ---------------------------------------------------------------- generated from the knowledge base

function factQuestions(kb: KnowledgeBase, comparison: Comparison): QuizQuestion[] {
  return dimensionFacts(kb, comparison).map(({ fact, dimension, side, entity, attribute }) => ({
    key: `fact:${kb.id}:${fact.entity}/${fact.attribute}`,
    type: 'true-false' as const,
    prompt: `${entity}: ${attribute}.`,
    dimension,
    comparison: comparison.id,
    cardIds: [`${comparison.id}.${dimension}.${side}`],
    misconception: null,
    explanation: fact.says,
    sources: [...fact.sources],
    correct: fact.holds === true,
  }));
}

// ---------------------------------------------------------------- helpers

/** Each question gets its own stream, so adding content never reshuffles other questions. */
function questionRandom(seed: string, key: string): Random {
  return createSeededRandom(`${seed}\u0000${key}`);
}

/**
 * Ids derived from the text, so they are stable across seeds and reveal nothing about the authored order
 * (hand-written items usually list the correct choice first). Equal hashes get a suffix.
 */
function withIds<T extends { text: string }>(drafts: readonly T[], prefix = 'opt'): (T & { id: string })[] {
  const used = new Set<string>();
  return drafts.map((draft) => {
    const stem = `${prefix}-${hashString(normalise(draft.text)).toString(16).padStart(8, '0')}`;
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
    used.add(id);
    return { ...draft, id };
  });
}

function requireComparison(comparisons: ReadonlyMap<string, Comparison>, id: string, itemId: string): Comparison {
  const comparison = comparisons.get(id);
  if (!comparison) throw new Error(`generateQuestions: quiz item ${itemId} names unknown comparison ${id}`);
  return comparison;
}

function other(side: Side): Side {
  return side === 'a' ? 'b' : 'a';
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * A dimension name inside a sentence: the first word lower-cased unless it is an acronym
 * ("Rate limiting" → "rate limiting", "DDoS protection" and "VPC placement…" unchanged).
 */
function topicOf(name: string): string {
  const [first = '', ...rest] = name.split(' ');
  const isAcronym = (first.match(/\p{Lu}/gu)?.length ?? 0) > 1;
  return [isAcronym ? first : first.toLowerCase(), ...rest].join(' ');
}
