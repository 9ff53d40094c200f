import 'server-only';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import { ankiCollectionJson, ankiDeckName } from '@/lib/core/anki/export-collection';
import { ankiGuidFromSha1, ankiTags, checksumFromSha1, stripHtmlLikeAnki } from '@/lib/core/anki/export-note';
import {
  ankiCollectionStart,
  toAnkiCardScheduling,
  toAnkiRevlog,
  type AnkiClock,
} from '@/lib/core/anki/export-scheduling';
import {
  DELIGHT_GUID_PREFIX,
  DELIGHT_NOTETYPE_ID,
  FIELD_SEPARATOR,
  LEGACY_COLLECTION_FILE,
  MEDIA_FILE,
  SCHEMA_11_VERSION,
} from '@/lib/core/anki/format';
import { DEFAULT_SCHEDULER_SETTINGS } from '@/lib/core/scheduler/types';
import { DEFAULT_STUDY_SETTINGS } from '@/lib/core/scheduler/study-settings';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import type { CardSource } from '../card-dto';
import type { ExportDeckData } from './export-deck-data';

/** Anki's schema-11 tables and indexes, as rslib/src/storage/schema11.sql creates them. */
const SCHEMA_11 = `
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
  ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
  models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
  flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
  ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL,
  left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
  ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex');
const secs = (d: Date) => Math.floor(d.getTime() / 1000);
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The Source field: each source as a link (http and https only), one per line. */
function sourcesHtml(sources: readonly CardSource[]): string {
  return sources
    .map((s) =>
      /^https?:\/\//i.test(s.url)
        ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title || s.url)}</a>`
        : escapeHtml(s.title),
    )
    .join('<br>');
}

/** A distinct id near `wanted` (Anki ids are millisecond times; a clash steps to the next free one). */
function uniqueId(wanted: number, taken: Set<number>): number {
  let id = wanted;
  while (taken.has(id)) id += 1;
  taken.add(id);
  return id;
}

export type ApkgSummary = { notes: number; cards: number; revlog: number; deckName: string };

/**
 * Writes the deck as a schema-11 collection (ADR 031) into `file`: one "Delight" note and card per
 * Delight card, Markdown rendered to sanitised HTML, a stable GUID per card, and — when the data
 * carries it — the learner's scheduling and review log.
 */
export function writeAnkiCollection(file: string, data: ExportDeckData, now: Date): ApkgSummary {
  const settings = data.scheduling?.settings ?? DEFAULT_STUDY_SETTINGS;
  const clock: AnkiClock = { timeZone: settings.timeZone, dayStartHour: settings.dayStartHour };
  const instants = [now];
  for (const s of data.scheduling?.states.values() ?? []) instants.push(s.due, ...(s.lastReview ? [s.lastReview] : []));
  for (const a of data.scheduling?.answers ?? []) instants.push(a.reviewedAt);
  const start = ankiCollectionStart(instants, clock);

  const deckId = data.deck.createdAt.getTime() > 1 ? data.deck.createdAt.getTime() : now.getTime();
  const deckName = ankiDeckName(data.deck.title);
  const noteIds = new Set<number>();
  const cardIdOf = new Map<string, number>();
  const allTags = new Set<string>();

  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
    db.exec(SCHEMA_11);
    const insertNote = db.prepare(
      'INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data) VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)',
    );
    const insertCard = db.prepare(
      `INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data)
       VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)`,
    );
    const insertRevlog = db.prepare(
      'INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)',
    );
    let revlogRows = 0;
    db.transaction(() => {
      data.cards.forEach((card, index) => {
        const fields = [
          markdownToSafeHtml(card.front),
          markdownToSafeHtml(card.back),
          card.explanation ? markdownToSafeHtml(card.explanation) : '',
          sourcesHtml(card.sources),
        ];
        const sortField = stripHtmlLikeAnki(fields[0]!);
        const { tags, column } = ankiTags(card);
        for (const t of tags) allTags.add(t);
        const id = uniqueId(card.createdAt.getTime(), noteIds);
        insertNote.run(
          id,
          ankiGuidFromSha1(sha1(DELIGHT_GUID_PREFIX + card.id)),
          DELIGHT_NOTETYPE_ID,
          secs(card.updatedAt),
          column,
          fields.join(FIELD_SEPARATOR),
          sortField,
          checksumFromSha1(sha1(sortField)),
          '',
        );
        const s = toAnkiCardScheduling(
          data.scheduling?.states.get(card.id) ?? null,
          data.scheduling?.marks.get(card.id) ?? null,
          {
            now,
            clock,
            startKey: start.key,
            position: index + 1,
            learningSteps: DEFAULT_SCHEDULER_SETTINGS.learningSteps.length,
            relearningSteps: DEFAULT_SCHEDULER_SETTINGS.relearningSteps.length,
          },
        );
        insertCard.run(
          id,
          id,
          deckId,
          secs(now),
          s.type,
          s.queue,
          s.due,
          s.ivl,
          s.factor,
          s.reps,
          s.lapses,
          s.left,
          s.flags,
          s.data,
        );
        cardIdOf.set(card.id, id);
      });
      for (const r of toAnkiRevlog(data.scheduling?.answers ?? [])) {
        const cid = cardIdOf.get(r.cardId);
        if (cid === undefined) continue;
        insertRevlog.run(r.id, cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type);
        revlogRows += 1;
      }
      const json = ankiCollectionJson({
        deckId,
        deckName,
        deckDescription: markdownToSafeHtml(data.deck.description),
        mtime: secs(now),
        rollover: clock.dayStartHour,
        creationOffset: start.creationOffset,
        desiredRetention: settings.desiredRetention,
        tags: [...allTags].sort(),
      });
      db.prepare(
        'INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags) VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)',
      ).run(
        start.crt,
        now.getTime(),
        now.getTime(),
        SCHEMA_11_VERSION,
        json.conf,
        json.models,
        json.decks,
        json.dconf,
        json.tags,
      );
    })();
    return { notes: data.cards.length, cards: data.cards.length, revlog: revlogRows, deckName };
  } finally {
    db.close();
  }
}

/**
 * The deck as a legacy `.apkg`, streamed: the collection is written to a private temporary folder,
 * then zipped (fflate) chunk by chunk into the response — `collection.anki2` deflated, `media` `{}` —
 * and the folder is removed when the stream ends or is cancelled.
 */
export async function exportApkgStream(
  data: ExportDeckData,
  now: Date,
): Promise<{ stream: ReadableStream<Uint8Array>; summary: ApkgSummary }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'delight-apkg-'));
  const file = path.join(dir, LEGACY_COLLECTION_FILE);
  let summary: ApkgSummary;
  try {
    summary = writeAnkiCollection(file, data, now);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const cleanUp = () => rm(dir, { recursive: true, force: true });
  let source: ReturnType<typeof createReadStream> | undefined;

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const zip = new Zip((error, chunk, final) => {
        if (error) {
          controller.error(error);
          void cleanUp();
          return;
        }
        controller.enqueue(chunk);
        if (final) {
          controller.close();
          void cleanUp();
        }
      });
      const collection = new ZipDeflate(LEGACY_COLLECTION_FILE, { level: 6 });
      zip.add(collection);
      source = createReadStream(file, { highWaterMark: 256 * 1024 });
      source.on('data', (chunk) => collection.push(new Uint8Array(chunk as Buffer)));
      source.on('error', (error) => {
        controller.error(error);
        void cleanUp();
      });
      source.on('end', () => {
        collection.push(new Uint8Array(0), true);
        const media = new ZipPassThrough(MEDIA_FILE);
        zip.add(media);
        media.push(strToU8('{}'), true);
        zip.end();
      });
    },
    cancel() {
      source?.destroy();
      void cleanUp();
    },
  });
  return { stream, summary };
}
