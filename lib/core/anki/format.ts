/**
 * Constants of Anki's package format (`.apkg`), as Anki's own source defines them (ankitects/anki):
 * - package file names per version, zstd for the latest: rslib/src/import_export/package/meta.rs,
 *   proto/anki/import_export.proto (PackageMetadata) — ADR 030
 * - the legacy collection's tables: rslib/src/storage/schema11.sql
 * - card type and queue numbers: rslib/src/card/mod.rs (CardType, CardQueue)
 * - review-log kinds: rslib/src/revlog/mod.rs (RevlogReviewKind) — ADR 031
 * - note type kinds: proto/anki/notetypes.proto
 * Constants only: the exporter and the importer both read them.
 */

/** The collection file of a legacy (Legacy1) package: SQLite, schema 11, not compressed. */
export const LEGACY_COLLECTION_FILE = 'collection.anki2';
/** The JSON map of media files (`{"0": "name.jpg"}` in legacy packages); `{}` when there are none. */
export const MEDIA_FILE = 'media';
/** `col.ver` of a schema-11 collection. */
export const SCHEMA_11_VERSION = 11;
/** Anki separates a note's fields with the unit separator. */
export const FIELD_SEPARATOR = '\u001f';

/** cards.type (CardType). */
export const CARD_TYPE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
/** cards.queue (CardQueue): learning `due` is a Unix time in seconds, review and day-learning a day number. */
export const CARD_QUEUE = {
  userBuried: -3,
  schedBuried: -2,
  suspended: -1,
  new: 0,
  learning: 1,
  review: 2,
  dayLearning: 3,
  preview: 4,
} as const;
/** revlog.type (RevlogReviewKind). */
export const REVLOG_TYPE = { learning: 0, review: 1, relearning: 2, filtered: 3, manual: 4, rescheduled: 5 } as const;

/** The SM-2 ease a card starts with (250%, stored ×1000); under FSRS Anki leaves it at that. */
export const INITIAL_EASE_FACTOR = 2500;
/** Anki's default cap on the time recorded for one answer (deck option "maximum answer seconds"). */
export const MAX_ANSWER_MS = 60_000;
/** The built-in deck and deck-options group every collection has. */
export const DEFAULT_DECK_ID = 1;
export const DEFAULT_DECK_CONFIG_ID = 1;

/** Delight's one note type: its id stays the same in every export, so Anki matches it on re-import. */
export const DELIGHT_NOTETYPE_ID = 1_765_000_000_000;
/** When the note type's definition last changed (seconds): bump it with the fields or templates. */
export const DELIGHT_NOTETYPE_MTIME = 1_765_000_000;
export const DELIGHT_NOTETYPE_NAME = 'Delight';
export const DELIGHT_FIELDS = ['Front', 'Back', 'Explanation', 'Source'] as const;
/** GUIDs are derived from this prefix and the card's stable id (see ankiGuid). */
export const DELIGHT_GUID_PREFIX = 'delight-card:';

/** Tag prefixes (Anki shows `::` as a tag hierarchy). */
export const DIMENSION_TAG_PREFIX = 'delight::dimension::';
export const MISCONCEPTION_TAG_PREFIX = 'delight::misconception::';

/** The zip entry holding the package's version (a PackageMetadata protobuf); absent in legacy packages. */
export const ANKI_META_ENTRY = 'meta';

/** The collection file of each package version, newest first (the order Anki prefers them in). */
export const ANKI_COLLECTION_ENTRIES = ['collection.anki21b', 'collection.anki21', 'collection.anki2'] as const;
export type AnkiCollectionEntry = (typeof ANKI_COLLECTION_ENTRIES)[number];

/** PackageMetadata.Version. */
export const ANKI_PACKAGE_VERSION = { unknown: 0, legacy1: 1, legacy2: 2, latest: 3 } as const;

/** The collection file each version reads; only `latest` (collection.anki21b) is zstd-compressed. */
export const ANKI_COLLECTION_FOR_VERSION: Record<1 | 2 | 3, AnkiCollectionEntry> = {
  1: 'collection.anki2',
  2: 'collection.anki21',
  3: 'collection.anki21b',
};

/** Note type kinds: `type` in the legacy JSON, `Notetype.Config.kind` (field 1) in schema 18. */
export const ANKI_NOTETYPE_KIND = { normal: 0, cloze: 1 } as const;
