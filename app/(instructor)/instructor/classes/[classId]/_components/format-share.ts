/** A share (0–1) as a whole percentage; "–" when there is nothing to measure. */
export const formatShare = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
