import 'server-only';
import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * A new id for an instructor's deck or card: `i.` and 20 random base-32 characters (100 bits).
 * It is a valid content id (lib/content IdSchema), so an exported deck stays in the content format;
 * content ids are human-chosen words, so a random `i.` id never meets one by chance.
 */
export function newRandomId(): string {
  let id = 'i.';
  for (const byte of randomBytes(20)) id += ALPHABET[byte & 31];
  return id;
}
