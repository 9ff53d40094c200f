import 'server-only';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { Decompress } from 'fzstd';
import {
  ANKI_COLLECTION_ENTRIES,
  ANKI_COLLECTION_FOR_VERSION,
  ANKI_META_ENTRY,
  type AnkiCollectionEntry,
} from '@/lib/core/anki/format';
import { ANKI_IMPORT_LIMITS } from '@/lib/core/anki/import-limits';
import { protoNumber, readProtoFields } from '@/lib/core/anki/import-read-proto';
import { fail, type Failure } from '@/lib/core/errors/error-code';

export type UnpackedPackage = {
  /** The SQLite collection, written out (decompressed) into `dir`. */
  collectionPath: string;
  entry: AnkiCollectionEntry;
  /** PackageMetadata.Version: 1, 2 (legacy) or 3 (collection.anki21b). */
  version: 1 | 2 | 3;
};

const CHUNK = 1024 * 1024;
const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

class Refusal extends Error {}

/**
 * Unpacks an .apkg from `zipPath` into `dir` without holding it in memory (ADR 030): the zip is
 * read 1 MB at a time through fflate's streaming Unzip; only `meta` and the collection files are
 * decompressed (media and everything else is skipped), each written to disk as it comes, and
 * `collection.anki21b` goes through fzstd's streaming decompressor on the way. A counter stops
 * the unpacking once the collection files pass `maxCollectionBytes` together (a zip bomb), before
 * more is written. The version comes from `meta` as Anki reads it (rslib …/package/meta.rs): when
 * it is absent, `collection.anki21` if present, else `collection.anki2`.
 */
export function unpackAnkiPackage(
  zipPath: string,
  dir: string,
  limits: { maxCollectionBytes: number; maxMetaBytes: number } = ANKI_IMPORT_LIMITS,
): { ok: true; data: UnpackedPackage } | Failure<'invalid_file'> {
  const invalid = (message: string) => fail('invalid_file', `${message} Nothing was imported.`);
  const written = new Map<string, string>();
  let meta: Uint8Array | null = null;
  let entries = 0;
  let total = 0;
  let error: Error | null = null;
  const open: number[] = [];

  const count = (n: number) => {
    total += n;
    if (total > limits.maxCollectionBytes) {
      throw new Refusal(
        `The package unpacks to more than ${MB(limits.maxCollectionBytes)} of collection data (a zip bomb, or a collection too large to import).`,
      );
    }
  };

  const onFile = (file: UnzipFile) => {
    entries += 1;
    const name = file.name;
    if (name === ANKI_META_ENTRY) {
      const parts: Uint8Array[] = [];
      let size = 0;
      file.ondata = (err, chunk, final) => {
        if (err) return void (error ??= err);
        size += chunk.length;
        if (size > limits.maxMetaBytes) return void (error ??= new Refusal('The package’s meta entry is too large.'));
        parts.push(chunk);
        if (final) {
          meta = new Uint8Array(size);
          let at = 0;
          for (const p of parts) {
            meta.set(p, at);
            at += p.length;
          }
        }
      };
      file.start();
      return;
    }
    if (!(ANKI_COLLECTION_ENTRIES as readonly string[]).includes(name) || written.has(name)) return;
    const path = join(dir, name);
    const fd = openSync(path, 'w', 0o600);
    open.push(fd);
    written.set(name, path);
    const write = (chunk: Uint8Array) => {
      count(chunk.length);
      writeSync(fd, chunk);
    };
    const zstd = name === 'collection.anki21b' ? new Decompress((chunk) => write(chunk)) : null;
    file.ondata = (err, chunk, final) => {
      if (error) return;
      if (err) return void (error = err);
      try {
        if (zstd) zstd.push(chunk, final);
        else write(chunk);
      } catch (e) {
        error = e instanceof Error ? e : new Error(String(e));
      }
    };
    file.start();
  };

  const unzip = new Unzip(onFile);
  unzip.register(UnzipInflate);
  const fd = openSync(zipPath, 'r');
  const buffer = new Uint8Array(CHUNK);
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      unzip.push(buffer.slice(0, n), n === 0);
      if (error || n === 0) break;
    }
  } catch (e) {
    error ??= e instanceof Error ? e : new Error(String(e));
  } finally {
    closeSync(fd);
    for (const f of open) closeSync(f);
  }

  if (error) {
    const e: Error = error;
    if (e instanceof Refusal) return invalid(e.message);
    return invalid(`The file isn’t a readable Anki package (${e.message}).`);
  }
  if (entries === 0) return invalid('The file isn’t a zip file, so it isn’t an Anki package (.apkg).');

  let version: 1 | 2 | 3;
  if (meta !== null) {
    let v: number;
    try {
      v = protoNumber(readProtoFields(meta), 1);
    } catch {
      return invalid('The package’s meta entry can’t be read.');
    }
    if (v !== 1 && v !== 2 && v !== 3) return invalid('The package was made by a newer Anki than this import knows.');
    version = v;
  } else version = written.has('collection.anki21') ? 2 : 1;

  const entry = ANKI_COLLECTION_FOR_VERSION[version];
  const collectionPath = written.get(entry);
  if (!collectionPath) {
    return invalid(
      written.size === 0
        ? 'The zip holds no Anki collection (collection.anki2, .anki21 or .anki21b), so it isn’t an Anki package.'
        : `The package says it holds ${entry}, but that file is missing.`,
    );
  }
  return { ok: true, data: { collectionPath, entry, version } };
}
