/** bcrypt reads only the first 72 bytes of a password; longer ones are refused rather than silently cut (ADR 025). */
export const MAX_PASSWORD_BYTES = 72;
export const MIN_PASSWORD_LENGTH = 8;

/**
 * What is wrong with a new password, or null: too short, only spaces, over bcrypt's 72 bytes, or
 * one of the most common passwords (`isCommon`, a maintained list the server supplies).
 */
export function passwordProblem(password: string, isCommon: (password: string) => boolean): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.trim() === '') return 'Password can’t be only spaces.';
  if (new TextEncoder().encode(password).length > MAX_PASSWORD_BYTES) {
    return `Password must be at most ${MAX_PASSWORD_BYTES} bytes (${MAX_PASSWORD_BYTES} letters, fewer with accents or emoji).`;
  }
  if (isCommon(password)) return 'This is one of the most common passwords. Choose another.';
  return null;
}

/** The rules in one line, for a new-password field's hint. */
export const PASSWORD_HINT = 'At least 8 characters, not one of the most common passwords.';
