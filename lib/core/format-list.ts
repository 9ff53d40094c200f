/** "A", "A or B", "A, B or C" (or with "and"): a list as a sentence says it. */
export function formatList(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)!}`;
}
