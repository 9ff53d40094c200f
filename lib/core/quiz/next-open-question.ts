/** The next unanswered question after `from` (wrapping round), or -1 when all `count` are answered. */
export function nextOpenQuestion(count: number, answered: Record<number, unknown>, from: number): number {
  for (let step = 1; step <= count; step++) {
    const i = (from + step) % count;
    if (!(i in answered)) return i;
  }
  return -1;
}
