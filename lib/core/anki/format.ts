/**
 * Constants of Anki's package format (`.apkg`), from Anki's source (ankitects/anki):
 * rslib/src/import_export/package/meta.rs (file names per version, zstd for the latest),
 * proto/anki/import_export.proto (PackageMetadata), rslib/src/storage/schema11.sql (the legacy
 * collection) and proto/anki/notetypes.proto (note type kind, template formats). ADR 030.
 */

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

/** Separates a note's fields in `notes.flds`. */
export const ANKI_FIELD_SEPARATOR = '\x1f';

/** Note type kinds: `type` in the legacy JSON, `Notetype.Config.kind` (field 1) in schema 18. */
export const ANKI_NOTETYPE_KIND = { normal: 0, cloze: 1 } as const;
