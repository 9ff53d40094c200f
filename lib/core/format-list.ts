const LISTS = {
  and: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
  or: new Intl.ListFormat('en-GB', { type: 'disjunction' }),
};

/** "A", "A or B", "A, B or C" (or with "and"): a list as a sentence says it. */
export function formatList(items: readonly string[], conjunction: 'and' | 'or'): string {
  return LISTS[conjunction].format(items);
}
