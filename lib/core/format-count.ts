/** "1 card", "2 cards", "1 missed criterion", "3 missed criteria": a count with the right form of its noun. */
export function formatCount(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
