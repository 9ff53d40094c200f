import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  mkdtempSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
  closeSync,
  createReadStream,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { Zip, ZipDeflate, ZipPassThrough, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as ankiImportRoute } from '@/app/api/anki/import/route';
import { ANKI_IMPORT_LIMITS } from '@/lib/core/anki/import-limits';
import { ankiFixture } from '../support/anki-fixtures';
import { makeInstructorDeck } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';
import { requestAs } from './session';

/** Writes a zip entry by entry to `out`, each entry's data streamed in 1 MB chunks (never whole in memory). */
function writeZip(out: string, entries: { name: string; chunks: () => Iterable<Uint8Array>; deflate: boolean }[]) {
  const fd = openSync(out, 'w');
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    writeSync(fd, chunk);
  });
  for (const e of entries) {
    const file = e.deflate ? new ZipDeflate(e.name, { level: 1 }) : new ZipPassThrough(e.name);
    zip.add(file);
    let last: Uint8Array | null = null;
    for (const c of e.chunks()) {
      if (last) file.push(last);
      last = c;
    }
    file.push(last ?? new Uint8Array(), true);
  }
  zip.end();
  closeSync(fd);
  return statSync(out).size;
}

function* fileChunks(p: string) {
  const data = readFileSync(p);
  for (let at = 0; at < data.length; at += 1 << 20) yield data.subarray(at, at + (1 << 20));
}

/** A schema-11 collection with `notes` Basic notes whose back is `backBytes` of random text. */
function bigCollection(dir: string, notes: number, backBytes: number): string {
  const legacy = path.join(dir, 'legacy.anki2');
  writeSync(openSync(legacy, 'w'), unzipSync(readFileSync(ankiFixture('templates.apkg')))['collection.anki2']!);
  const file = path.join(dir, 'big.anki2');
  copyFileSync(legacy, file);
  const db = new Database(file);
  db.exec('DELETE FROM notes; DELETE FROM cards; DELETE FROM revlog;');
  const model = {
    '1': {
      id: 1,
      name: 'Basic',
      type: 0,
      flds: [{ name: 'Front' }, { name: 'Back' }],
      tmpls: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }],
    },
  };
  db.prepare('UPDATE col SET models = ?').run(JSON.stringify(model));
  const note = db.prepare("INSERT INTO notes VALUES (?, ?, 1, 0, 0, '', ?, '', 0, 0, '')");
  const card = db.prepare("INSERT INTO cards VALUES (?, ?, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')");
  db.transaction(() => {
    for (let i = 1; i <= notes; i++) {
      note.run(i, `g${i}`, `Question ${i}\x1f${randomBytes(backBytes * 0.75).toString('base64')}`);
      card.run(i, i);
    }
  })();
  db.close();
  return file;
}

const MB = 1024 * 1024;

describe('memory while importing the largest allowed package (issue 18)', () => {
  let instructor: { id: string; email: string; role: 'INSTRUCTOR' };
  let dir: string;
  beforeAll(async () => {
    await seedContent();
    instructor = { ...(await makeUser('INSTRUCTOR')), role: 'INSTRUCTOR' };
    dir = mkdtempSync(path.join(tmpdir(), 'anki-mem-'));
  });

  async function measure(apkg: string) {
    const { deckId } = await makeInstructorDeck(instructor.id, { ownCards: 0 });
    global.gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const body = Readable.toWeb(createReadStream(apkg, { highWaterMark: 1 << 20 })) as ReadableStream<Uint8Array>;
    const res = await ankiImportRoute(
      await requestAs(`/api/anki/import?deck=${deckId}&kind=instructor&step=preview`, instructor, {
        body,
        headers: { 'content-type': 'application/octet-stream' },
      }),
      { params: Promise.resolve({}) },
    );
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const json = (await res.json()) as { preview?: { anki: { cards: number } }; error?: { message: string } };
    return { status: res.status, cards: json.preview?.anki.cards, growthMb: Math.round((peak - base) / MB) };
  }

  it('a 100 MB package of media (real collection + 99 MB stored media): RSS grows < 256 MB', async () => {
    const legacy = path.join(dir, 'templates.anki2');
    writeSync(openSync(legacy, 'w'), unzipSync(readFileSync(ankiFixture('templates.apkg')))['collection.anki2']!);
    const out = path.join(dir, 'media-heavy.apkg');
    const size = writeZip(out, [
      { name: 'collection.anki2', chunks: () => fileChunks(legacy), deflate: true },
      { name: 'media', chunks: () => [new TextEncoder().encode('{"0": "big.jpg"}')], deflate: false },
      {
        name: '0',
        deflate: false,
        chunks: function* () {
          for (let i = 0; i < 99; i++) yield randomBytes(MB);
        },
      },
    ]);
    expect(size).toBeLessThanOrEqual(ANKI_IMPORT_LIMITS.maxUploadBytes);
    const r = await measure(out);
    console.log(`anki import memory, media-heavy ${Math.round(size / MB)} MB package: RSS +${r.growthMb} MB`);
    expect(r.status).toBe(200);
    expect(r.cards).toBe(146);
    expect(r.growthMb).toBeLessThan(256);
  });

  it('a ~100 MB package that is all collection (5,000 notes of ~19 kB text): RSS grows < 256 MB', async () => {
    const file = bigCollection(dir, ANKI_IMPORT_LIMITS.maxCards, 19_000);
    const out = path.join(dir, 'text-heavy.apkg');
    const size = writeZip(out, [{ name: 'collection.anki2', chunks: () => fileChunks(file), deflate: false }]);
    expect(size).toBeLessThanOrEqual(ANKI_IMPORT_LIMITS.maxUploadBytes);
    const r = await measure(out);
    console.log(`anki import memory, text-heavy ${Math.round(size / MB)} MB package: RSS +${r.growthMb} MB`);
    expect(r.status).toBe(200);
    expect(r.cards).toBe(ANKI_IMPORT_LIMITS.maxCards);
    expect(r.growthMb).toBeLessThan(256);
  }, 120_000);
});
