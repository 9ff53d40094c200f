/**
 * Which points of a chart get an x-axis label: never the same text twice (several quizzes on one day
 * share the day's label: only the first of them is labelled), and at most about `max` labels so they
 * never overlap. Every point keeps its own tooltip; this only decides the axis.
 */
export function xAxisLabels(labels: readonly string[], max = 6): { index: number; label: string }[] {
  const seen = new Set<string>();
  const distinct: { index: number; label: string }[] = [];
  labels.forEach((label, index) => {
    if (seen.has(label)) return;
    seen.add(label);
    distinct.push({ index, label });
  });
  const every = Math.max(1, Math.ceil(distinct.length / max));
  return distinct.filter((_, i) => i % every === 0);
}
