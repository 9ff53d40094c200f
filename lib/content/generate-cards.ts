/**
 * Cards derived from other content, so a fact is written once (in the
 * comparison or the misconception) and studied as cards. Pure: no I/O, inputs
 * are not mutated, output depends only on the arguments.
 */
import type { Card, Comparison, Dimension, Misconception } from '@/lib/core/content/types';

export type GenerateCardsInput = {
  /** `comparison`: three cards per dimension (side A, side B, the nuance). `misconceptions`: one card per misconception of the comparison. */
  from: 'comparison' | 'misconceptions';
  comparison: Comparison;
  /** All misconceptions; only those of `comparison` are used. */
  misconceptions?: readonly Misconception[];
  deckId: string;
};

/**
 * Card ids: `<comparison>.<dimension>.a|b|nuance` and `misconception.<id>`.
 */
export function generateCards(input: GenerateCardsInput): Card[] {
  const { comparison, deckId } = input;
  if (input.from === 'comparison') {
    return comparison.dimensions.flatMap((dimension) => dimensionCards(comparison, dimension, deckId));
  }
  return (input.misconceptions ?? [])
    .filter((m) => m.comparison === comparison.id)
    .map((m) => misconceptionCard(m, deckId));
}

function dimensionCards(comparison: Comparison, dimension: Dimension, deckId: string): Card[] {
  const base = {
    deckId,
    tags: [comparison.id, dimension.id],
    comparison: comparison.id,
    dimension: dimension.id,
    misconception: null,
  };
  const topic = lowerCaseName(dimension.name);
  const id = `${comparison.id}.${dimension.id}`;
  const claim = dimension.outdatedClaim;
  return [
    {
      ...base,
      id: `${id}.a`,
      front: `How does ${comparison.a.short} handle ${topic}?`,
      back: dimension.a,
      explanation: null,
      tags: [...base.tags],
      sources: [...dimension.sources],
    },
    {
      ...base,
      id: `${id}.b`,
      front: `How does ${comparison.b.short} handle ${topic}?`,
      back: dimension.b,
      explanation: null,
      tags: [...base.tags],
      sources: [...dimension.sources],
    },
    {
      ...base,
      id: `${id}.nuance`,
      front: `${dimension.name}: ${comparison.a.short} vs ${comparison.b.short} — where does the short answer mislead?`,
      back: dimension.nuance,
      explanation: claim ? `Often heard: “${claim.claim}” — ${claim.verdict}.` : null,
      tags: [...base.tags],
      sources: [...dimension.sources],
    },
  ];
}

function misconceptionCard(m: Misconception, deckId: string): Card {
  return {
    id: `misconception.${m.id}`,
    deckId,
    front: `True or false: “${m.claim}”`,
    back: `False. ${m.correction}`,
    explanation: `Why people believe it: ${m.why}`,
    tags: ['misconception', m.dimension],
    comparison: m.comparison,
    dimension: m.dimension,
    misconception: m.id,
    sources: [...m.sources],
  };
}

/**
 * Dimension names are sentence case, so only the first word is lower-cased,
 * and only when it is not an acronym (two or more capitals):
 * "Rate limiting" -> "rate limiting", "Integration scope (accounts and Regions)"
 * -> "integration scope (accounts and Regions)", "DDoS protection" and "VPC" unchanged.
 */
function lowerCaseName(name: string): string {
  const [first = '', ...rest] = name.split(' ');
  const isAcronym = (first.match(/\p{Lu}/gu)?.length ?? 0) > 1;
  return [isAcronym ? first : first.toLowerCase(), ...rest].join(' ');
}
