import 'server-only';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { FIELD_SEPARATOR, ANKI_NOTETYPE_KIND } from '@/lib/core/anki/format';
import { ANKI_IMPORT_LIMITS } from '@/lib/core/anki/import-limits';
import { protoNumber, protoString, readProtoFields } from '@/lib/core/anki/import-read-proto';
import type { AnkiCollection, AnkiNoteType } from '@/lib/core/anki/import-types';
import { fail, type Failure } from '@/lib/core/errors/error-code';

/** Note types in a schema-11 collection: `col.models`, JSON (rslib/src/notetype/schema11.rs). */
const LegacyModelsSchema = z.record(
  z.string(),
  z.object({
    id: z.union([z.number(), z.string()]),
    name: z.string(),
    type: z.number().optional(),
    flds: z.array(z.object({ name: z.string(), ord: z.number().nullish() })),
    tmpls: z.array(z.object({ name: z.string(), ord: z.number().nullish(), qfmt: z.string(), afmt: z.string() })),
  }),
);
const LegacyDecksSchema = z.record(z.string(), z.object({ name: z.string() }));

type Row = Record<string, unknown>;
const text = (v: unknown) =>
  typeof v === 'string' ? v : v instanceof Uint8Array ? new TextDecoder().decode(v) : String(v ?? '');
const blob = (v: unknown) => (v instanceof Uint8Array ? v : new Uint8Array());

/**
 * Schema 18 declares names `COLLATE unicase`, a collation only Anki registers (rusqlite); without it
 * SQLite can read neither those tables nor check the file ("no such collation sequence"). The
 * collection is the import's own temporary copy, so its schema is rewritten to NOCASE (SQLite's
 * writable_schema) and its indexes rebuilt; the rows are untouched. Legacy collections have no unicase.
 */
function withoutUnicase(path: string): void {
  const db = new Database(path, { fileMustExist: true });
  try {
    const uses = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE sql LIKE '%COLLATE unicase%'`).get() as Row;
    if (Number(uses.n) === 0) return;
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare(
      `UPDATE sqlite_master SET sql = replace(sql, 'COLLATE unicase', 'COLLATE NOCASE') WHERE sql LIKE '%COLLATE unicase%'`,
    ).run();
    db.pragma('writable_schema = OFF');
  } finally {
    db.close();
  }
  const again = new Database(path, { fileMustExist: true });
  try {
    again.exec('REINDEX');
  } finally {
    again.close();
  }
}

/**
 * Reads what an import needs from an Anki collection file (read-only): note types, notes, which
 * cards exist, their deck names, and how many review-log rows there are. Both schemas: 11 (legacy
 * packages; note types and decks as JSON in `col`, rslib/src/storage/schema11.sql) and 18
 * (collection.anki21b; `notetypes`, `fields`, `templates` and `decks` tables with protobuf configs,
 * rslib/src/storage/upgrades/schema15_upgrade.sql, proto/anki/notetypes.proto). A file that isn't
 * an SQLite database, fails SQLite's quick check or lacks Anki's tables is a clear `invalid_file`.
 */
export function readAnkiCollection(path: string): { ok: true; data: AnkiCollection } | Failure<'invalid_file'> {
  const invalid = (message: string) => fail('invalid_file', `${message} Nothing was imported.`);
  try {
    withoutUnicase(path);
  } catch (e) {
    return invalid(
      `The package’s collection isn’t a readable SQLite database (${e instanceof Error ? e.message : 'unknown error'}).`,
    );
  }
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    return invalid('The package’s collection isn’t a readable SQLite database.');
  }
  try {
    try {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') return invalid(`The package’s collection is damaged (SQLite: ${text(check)}).`);
    } catch (e) {
      return invalid(
        `The package’s collection isn’t a readable SQLite database (${e instanceof Error ? e.message : 'unknown error'}).`,
      );
    }
    const tables = new Set(
      (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Row[]).map((r) => text(r.name)),
    );
    if (!['col', 'notes', 'cards'].every((t) => tables.has(t))) {
      return invalid('The package’s database isn’t an Anki collection (no col, notes and cards tables).');
    }
    const cardCount = Number((db.prepare('SELECT count(*) AS n FROM cards').get() as Row).n);
    if (cardCount > ANKI_IMPORT_LIMITS.maxCards) {
      return invalid(
        `The package has ${cardCount.toLocaleString('en')} cards; one import takes at most ${ANKI_IMPORT_LIMITS.maxCards.toLocaleString('en')}. Split the deck in Anki and import the parts.`,
      );
    }

    let noteTypes: AnkiNoteType[];
    let deckNames: Map<string, string>;
    if (tables.has('notetypes')) {
      const byOrd = (a: Row, b: Row) => Number(a.ord) - Number(b.ord);
      const fields = (db.prepare('SELECT ntid, ord, name FROM fields').all() as Row[]).sort(byOrd);
      const templates = (db.prepare('SELECT ntid, ord, name, config FROM templates').all() as Row[]).sort(byOrd);
      noteTypes = (db.prepare('SELECT id, name, config FROM notetypes').all() as Row[]).map((r) => {
        const id = text(r.id);
        return {
          id,
          name: text(r.name),
          kind: protoNumber(readProtoFields(blob(r.config)), 1) === ANKI_NOTETYPE_KIND.cloze ? 'cloze' : 'normal',
          fields: fields.filter((f) => text(f.ntid) === id).map((f) => text(f.name)),
          templates: templates
            .filter((t) => text(t.ntid) === id)
            .map((t) => {
              const config = readProtoFields(blob(t.config));
              return {
                ord: Number(t.ord),
                name: text(t.name),
                qfmt: protoString(config, 1),
                afmt: protoString(config, 2),
              };
            }),
        };
      });
      deckNames = new Map(
        (db.prepare('SELECT id, name FROM decks').all() as Row[]).map((r) => [
          text(r.id),
          text(r.name).replaceAll('\x1f', '::'),
        ]),
      );
    } else {
      const col = db.prepare('SELECT models, decks FROM col LIMIT 1').get() as Row | undefined;
      const models = LegacyModelsSchema.safeParse(JSON.parse(text(col?.models ?? '{}')));
      const decks = LegacyDecksSchema.safeParse(JSON.parse(text(col?.decks ?? '{}')));
      if (!models.success) return invalid('The package’s note types can’t be read.');
      noteTypes = Object.values(models.data).map((m) => ({
        id: String(m.id),
        name: m.name,
        kind: m.type === ANKI_NOTETYPE_KIND.cloze ? 'cloze' : 'normal',
        fields: m.flds.map((f) => f.name),
        templates: m.tmpls.map((t, i) => ({ ord: t.ord ?? i, name: t.name, qfmt: t.qfmt, afmt: t.afmt })),
      }));
      deckNames = new Map(Object.entries(decks.success ? decks.data : {}).map(([id, d]) => [id, d.name]));
    }

    const notes = (db.prepare('SELECT id, guid, mid, tags, flds FROM notes ORDER BY id').all() as Row[]).map((r) => ({
      id: text(r.id),
      guid: text(r.guid),
      noteTypeId: text(r.mid),
      fields: text(r.flds).split(FIELD_SEPARATOR),
      tags: text(r.tags)
        .split(/\s+/)
        .filter((t) => t !== ''),
    }));
    const cards = (db.prepare('SELECT id, nid, ord, did FROM cards ORDER BY nid, ord').all() as Row[]).map((r) => ({
      id: text(r.id),
      noteId: text(r.nid),
      ord: Number(r.ord),
      deckName: deckNames.get(text(r.did)) ?? '',
    }));
    const reviewLogRows = tables.has('revlog')
      ? Number((db.prepare('SELECT count(*) AS n FROM revlog').get() as Row).n)
      : 0;
    return { ok: true, data: { noteTypes, notes, cards, reviewLogRows } };
  } catch (e) {
    return invalid(`The package’s collection can’t be read (${e instanceof Error ? e.message : 'unknown error'}).`);
  } finally {
    db.close();
  }
}
