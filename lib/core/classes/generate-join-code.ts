import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from './join-code';

/** Largest multiple of the alphabet size below 256: bytes at or above it are skipped, so no character is favoured. */
const LIMIT = 256 - (256 % JOIN_CODE_ALPHABET.length);

/**
 * A join code drawn uniformly from the alphabet. `nextByte` supplies random bytes (0–255): the
 * server passes a cryptographically secure source; tests pass a fixed sequence.
 */
export function generateJoinCode(nextByte: () => number): string {
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    const byte = nextByte();
    if (!Number.isInteger(byte) || byte < 0 || byte > 255) throw new RangeError(`not a byte: ${byte}`);
    if (byte < LIMIT) code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
  }
  return code;
}
