/**
 * Join codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), so a code
 * read aloud or copied from a slide is typed right. 30^10 ≈ 5.9e14 codes, 49 bits of entropy.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const JOIN_CODE_LENGTH = 10;
/** log2(30^10), rounded down. */
export const JOIN_CODE_BITS = Math.floor(JOIN_CODE_LENGTH * Math.log2(JOIN_CODE_ALPHABET.length));
