/** Limits of an Anki package import (ADR 030): what one upload, one unpacked collection and one import may hold. */
export const ANKI_IMPORT_LIMITS = {
  /** The upload (the .apkg as sent): more is refused with 413 while it streams in. */
  maxUploadBytes: 100 * 1024 * 1024,
  /** Every collection file in the zip together, uncompressed (zip and zstd): a zip bomb stops here. */
  maxCollectionBytes: 512 * 1024 * 1024,
  /** The `meta` entry (a few bytes of protobuf). */
  maxMetaBytes: 1024,
  /** Cards one import may create (one transaction). */
  maxCards: 5000,
  /** Characters per card side once in Markdown (the card editor's limit). */
  maxSideChars: 4000,
} as const;
