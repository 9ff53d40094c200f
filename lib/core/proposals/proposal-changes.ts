/** A card's three texts; a missing explanation is null. */
export type CardTexts = { front: string; back: string; explanation: string | null };

export type ProposalChange = { field: 'front' | 'back' | 'explanation'; before: string; after: string };

const FIELDS = ['front', 'back', 'explanation'] as const;

/**
 * What a proposal changes, field by field (texts compared trimmed; an empty explanation is no
 * explanation). Empty when the proposal is the card as it is: such a proposal is refused.
 */
export function proposalChanges(before: CardTexts, after: CardTexts): ProposalChange[] {
  const norm = (s: string | null) => (s ?? '').trim();
  return FIELDS.flatMap((field) =>
    norm(before[field]) === norm(after[field])
      ? []
      : [{ field, before: norm(before[field]), after: norm(after[field]) }],
  );
}
