/**
 * Control characters (C0, DEL, C1: newlines and tabs included) and the bidirectional overrides,
 * embeddings, isolates and marks (U+202A–202E, U+2066–2069, U+200E/200F, U+061C), which let a
 * name display as something else ("Trojan Source") in lists, exports and other people's pages.
 */
const UNSAFE = /[\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

/** Whether a one-line name or title contains characters it must not (issue 17 §12). */
export function hasUnsafeNameCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

export const UNSAFE_NAME_MESSAGE = 'must not contain control or text-direction characters';
