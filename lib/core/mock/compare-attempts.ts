import type { CriterionComparison, Level } from './types';

const RANK: Record<Level, number> = { miss: 0, meets: 1, delights: 2 };
type Criteria = readonly { id: string; title: string; level: Level }[];

/** Each criterion of the current attempt beside its level in the previous one (null when it had none). */
export function compareAttempts(previous: Criteria, current: Criteria): CriterionComparison[] {
  const before = new Map(previous.map((c) => [c.id, c.level]));
  return current.map((c) => {
    const prev = before.get(c.id) ?? null;
    const change =
      prev === null ? 'new' : RANK[c.level] > RANK[prev] ? 'better' : RANK[c.level] < RANK[prev] ? 'worse' : 'same';
    return { id: c.id, title: c.title, previous: prev, current: c.level, change };
  });
}
