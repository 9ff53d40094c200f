export type MasteryInput = { dimension: string | null; retrievability: number | null };
export type DimensionMastery = { id: string; name: string; mastery: number; studied: number; total: number };

/**
 * How well a learner knows each dimension: the mean probability of recalling its cards now
 * (cards never studied count as 0), with how many of them have been studied.
 */
export function dimensionMastery(
  cards: readonly MasteryInput[],
  dimensions: readonly { id: string; name: string }[],
): DimensionMastery[] {
  return dimensions.map(({ id, name }) => {
    const own = cards.filter((c) => c.dimension === id);
    const studied = own.filter((c) => c.retrievability !== null);
    const sum = own.reduce((total, c) => total + (c.retrievability ?? 0), 0);
    return { id, name, mastery: own.length ? sum / own.length : 0, studied: studied.length, total: own.length };
  });
}
