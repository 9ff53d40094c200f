/** `ABCDE23456` -> `ABCDE-23456`, easier to read out and type. */
export function formatJoinCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)}-${code.slice(half)}`;
}
