import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from './join-code';

/**
 * A code as typed (any case, with spaces or dashes) in its stored form, or null when it cannot
 * be a join code.
 */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
