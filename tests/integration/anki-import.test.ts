import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as ankiImportRoute } from '@/app/api/anki/import/route';
import type { Role } from '@/lib/generated/prisma/enums';
import type { AnkiImportAnswer } from '@/lib/server/anki/import-anki-package';
import { unpackAnkiPackage } from '@/lib/server/anki/import-unpack-package';
import { db } from '@/lib/server/db';
import { createDeck } from '@/lib/server/mutations/create-deck';
import { ankiFixture, buildAnki21bFixture } from '../support/anki-fixtures';
import { makeInstructorDeck } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';
import { requestAs } from './session';

const noParams = { params: Promise.resolve({}) };
type User = { id: string; email: string; role: Role };

async function user(role: Role): Promise<User> {
  return { ...(await makeUser(role)), role };
}

async function post(
  who: User | null,
  query: { deck: string; kind: 'instructor' | 'personal'; step: 'preview' | 'commit' },
  body: Uint8Array,
  headers: Record<string, string> = { 'content-type': 'application/octet-stream' },
) {
  const res = await ankiImportRoute(
    await requestAs(`/api/anki/import?${new URLSearchParams(query)}`, who, { body: body as BodyInit, headers }),
    noParams,
  );
  return {
    status: res.status,
    body: (await res.json()) as AnkiImportAnswer & { error?: { code: string; message: string } },
  };
}

const cardsIn = async (deckId: string) =>
  db.card.findMany({
    where: { decks: { some: { deckId } } },
    select: { id: true, front: true, back: true, tags: true },
  });

let instructor: User;
let learner: User;
let templates: Uint8Array;

beforeAll(async () => {
  await seedContent();
  [instructor, learner] = await Promise.all([user('INSTRUCTOR'), user('LEARNER')]);
  templates = readFileSync(ankiFixture('templates.apkg'));
});

async function personalDeck(owner: User) {
  const made = await createDeck(owner.id, { title: 'From Anki', description: 'Imported.' }, 'PERSONAL');
  if (!made.ok) throw new Error(made.message);
  return made.data.deckId;
}

describe('Anki package import (issue 18)', () => {
  it('previews templates.apkg without writing: 48 notes, 146 cards, 102 review-log rows, errors and media notices by note', async () => {
    const { deckId } = await makeInstructorDeck(instructor.id, { ownCards: 0 });
    const { status, body } = await post(instructor, { deck: deckId, kind: 'instructor', step: 'preview' }, templates);
    expect(status).toBe(200);
    if (body.step !== 'preview') throw new Error('expected a preview');
    const { anki, rows, warnings } = body.preview;
    expect(anki).toMatchObject({ collection: 'collection.anki2', notes: 48, cards: 146, reviewLogRows: 102 });
    expect(anki.newCards + anki.duplicates + anki.errors).toBe(146);
    expect(anki).toMatchObject({ newCards: 109, duplicates: 3, errors: 34 });
    expect(rows.length).toBe(anki.newCards + anki.duplicates);
    expect(anki.notesWithMedia).toBeGreaterThan(0);
    expect(warnings.some((w) => w.field === 'media' && /dropped \(“.+\.(jpg|JPG|mp3)”/.test(w.message))).toBe(true);
    expect(await cardsIn(deckId)).toEqual([]);
  });

  it('commits templates.apkg in one go: the mapped cards land in the deck; a second commit adds nothing', async () => {
    const { deckId } = await makeInstructorDeck(instructor.id, { ownCards: 0 });
    const first = await post(instructor, { deck: deckId, kind: 'instructor', step: 'commit' }, templates);
    expect(first.status).toBe(200);
    if (first.body.step !== 'commit') throw new Error('expected a commit');
    const created = first.body.report.created;
    expect(created).toBe(first.body.anki.newCards);
    const cards = await cardsIn(deckId);
    expect(cards).toHaveLength(created);

    // Basic note: "Muscle" Name/Action template renders the question, the back is the answer part.
    const deltoid = cards.find((c) => c.front.startsWith('Which movements result from the contraction of Deltoid?'));
    expect(deltoid?.back).toContain('Anterior: Flexion and medial rotation of humerus');
    expect(JSON.parse(deltoid!.tags)).toEqual(['muscle', 'upperex', 'arm']);
    // Cloze note, one card per cloze number: the front blanks its own deletion, the back shows it in bold.
    const clozes = cards.filter((c) => c.front.includes('Yo \\[...\\]') || c.back.includes('Yo **como**'));
    expect(clozes.map((c) => c.front.includes('Yo \\[...\\]'))).toContain(true);
    expect(cards.some((c) => c.front.includes('I am a \\[...\\] sentence with multiple sections clozed!'))).toBe(true);
    expect(cards.some((c) => c.back.includes('I am a **long** sentence'))).toBe(true);
    // Media are gone from the text: no <img>, no [sound:].
    expect(cards.every((c) => !/<img|\[sound:/.test(c.front + c.back))).toBe(true);

    const again = await post(instructor, { deck: deckId, kind: 'instructor', step: 'commit' }, templates);
    if (again.body.step !== 'commit') throw new Error('expected a commit');
    expect(again.body.report.created).toBe(0);
    expect(again.body.anki.alreadyImported).toBe(created);
    expect(await cardsIn(deckId)).toHaveLength(created);
  });

  it('reads a current-format package (zstd collection.anki21b, schema 18) built from templates.apkg the same as the legacy one', async () => {
    const built = readFileSync(buildAnki21bFixture('templates.apkg'));
    const { deckId } = await makeInstructorDeck(instructor.id, { ownCards: 0 });
    const legacyDeck = (await makeInstructorDeck(instructor.id, { ownCards: 0 })).deckId;
    const current = await post(instructor, { deck: deckId, kind: 'instructor', step: 'preview' }, built);
    const legacy = await post(instructor, { deck: legacyDeck, kind: 'instructor', step: 'preview' }, templates);
    if (current.body.step !== 'preview' || legacy.body.step !== 'preview')
      throw new Error(JSON.stringify(current.body));
    expect(current.body.preview.anki).toMatchObject({
      collection: 'collection.anki21b',
      notes: 48,
      cards: 146,
      reviewLogRows: 102,
    });
    const strip = (p: typeof current.body.preview) => p.rows.map((r) => [r.line, r.action, r.front]);
    expect(strip(current.body.preview)).toEqual(strip(legacy.body.preview));
  });

  it('imports the other fixtures: one note each (media.apkg: its image dropped with a notice)', async () => {
    for (const [name, cards] of [
      ['media.apkg', 1],
      ['update1.apkg', 1],
      ['diffmodels2-1.apkg', 1],
    ] as const) {
      const { deckId } = await makeInstructorDeck(instructor.id, { ownCards: 0 });
      const r = await post(
        instructor,
        { deck: deckId, kind: 'instructor', step: 'preview' },
        readFileSync(ankiFixture(name)),
      );
      if (r.body.step !== 'preview') throw new Error(`${name}: ${JSON.stringify(r.body)}`);
      expect(r.body.preview.anki.notes, name).toBe(1);
      expect(r.body.preview.anki.cards, name).toBeGreaterThanOrEqual(cards);
      if (name === 'media.apkg') expect(r.body.preview.anki.notesWithMedia).toBe(1);
    }
  });

  it('flags a card whose front is already in the deck as a duplicate and skips it', async () => {
    const deckId = await personalDeck(learner);
    const update1 = readFileSync(ankiFixture('update1.apkg'));
    const first = await post(learner, { deck: deckId, kind: 'personal', step: 'preview' }, update1);
    if (first.body.step !== 'preview') throw new Error(JSON.stringify(first.body));
    const front = first.body.preview.rows[0]!.front;
    await db.card.create({ data: { id: 'i.handwritten', ownerId: learner.id, front, back: 'mine', contentHash: 'x' } });
    await db.deckCard.create({ data: { deckId, cardId: 'i.handwritten', position: 0 } });
    const again = await post(learner, { deck: deckId, kind: 'personal', step: 'commit' }, update1);
    if (again.body.step !== 'commit') throw new Error(JSON.stringify(again.body));
    expect(again.body.anki.duplicates).toBe(1);
    expect(again.body.report.created).toBe(first.body.preview.anki.newCards - 1);
  });

  it('lets a learner import into their personal deck only: not an instructor deck, not someone else’s', async () => {
    const deckId = await personalDeck(learner);
    const ok = await post(
      learner,
      { deck: deckId, kind: 'personal', step: 'commit' },
      readFileSync(ankiFixture('update1.apkg')),
    );
    expect(ok.status).toBe(200);
    const other = await user('LEARNER');
    const { deckId: instructorDeck } = await makeInstructorDeck(instructor.id, { ownCards: 0 });
    expect((await post(other, { deck: deckId, kind: 'personal', step: 'preview' }, templates)).status).toBe(404);
    expect((await post(learner, { deck: instructorDeck, kind: 'instructor', step: 'preview' }, templates)).status).toBe(
      404,
    );
    expect((await post(instructor, { deck: deckId, kind: 'personal', step: 'preview' }, templates)).status).toBe(404);
    expect((await post(null, { deck: deckId, kind: 'personal', step: 'preview' }, templates)).status).toBe(401);
  });
});

describe('Anki import refuses bad input with a clear message and writes nothing', () => {
  let deckId: string;
  beforeAll(async () => {
    deckId = (await makeInstructorDeck(instructor.id, { ownCards: 0 })).deckId;
  });
  const refuse = async (body: Uint8Array, status: number, message: RegExp, headers?: Record<string, string>) => {
    const r = await post(instructor, { deck: deckId, kind: 'instructor', step: 'commit' }, body, headers);
    expect(r.status).toBe(status);
    expect(r.body.error?.message).toMatch(message);
    expect(await cardsIn(deckId)).toEqual([]);
  };

  it('a zip bomb: the collection stops unpacking at the cap (deflate and zstd), nothing past it is written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'anki-bomb-'));
    const limits = { maxCollectionBytes: 8 * 1024 * 1024, maxMetaBytes: 1024 };
    // 64 MB of zeros deflate to ~64 kB.
    const deflated = zipSync({ 'collection.anki2': [new Uint8Array(64 * 1024 * 1024), { level: 1 }] });
    writeFileSync(path.join(dir, 'deflate.apkg'), deflated);
    const a = unpackAnkiPackage(path.join(dir, 'deflate.apkg'), dir, limits);
    expect(a.ok ? 'unpacked' : a.message).toMatch(/more than 8 MB of collection data \(a zip bomb/);
    expect(statSync(path.join(dir, 'collection.anki2')).size).toBeLessThanOrEqual(limits.maxCollectionBytes);
    // The same through zstd (collection.anki21b), compressed by the zstd command.
    const zstd = execFileSync('zstd', ['-q', '-19', '-c', '-'], { input: new Uint8Array(64 * 1024 * 1024) });
    writeFileSync(
      path.join(dir, 'zstd.apkg'),
      zipSync({ meta: new Uint8Array([8, 3]), 'collection.anki21b': [zstd, { level: 0 }] }),
    );
    const b = unpackAnkiPackage(path.join(dir, 'zstd.apkg'), dir, limits);
    expect(b.ok ? 'unpacked' : b.message).toMatch(/zip bomb/);
    expect(statSync(path.join(dir, 'collection.anki21b')).size).toBeLessThanOrEqual(limits.maxCollectionBytes);
    // Through the route, under the real (512 MB) limit, the same zeros are unpacked and refused as not SQLite.
    await refuse(deflated, 400, /isn’t a readable SQLite database/);
    expect(await cardsIn(deckId)).toEqual([]);
  });

  it('a zip that isn’t an Anki package, and a file that isn’t a zip', async () => {
    await refuse(zipSync({ 'notes.txt': new TextEncoder().encode('hello') }), 400, /no Anki collection/);
    await refuse(new TextEncoder().encode('just text, not a zip'), 400, /isn’t a zip file/);
  });

  it('a corrupt SQLite collection', async () => {
    const garbage = new Uint8Array(64 * 1024).map((_, i) => (i * 7919) % 251);
    await refuse(zipSync({ 'collection.anki2': garbage }), 400, /isn’t a readable SQLite database/);
    const real = readFileSync(ankiFixture('templates.apkg'));
    const { unzipSync } = await import('fflate');
    const collection = unzipSync(real)['collection.anki2']!;
    const damaged = collection.slice();
    damaged.fill(0x5a, 4096, 4096 * 6); // pages 2–6 overwritten
    await refuse(zipSync({ 'collection.anki2': damaged }), 400, /damaged|isn’t a readable SQLite|can’t be read/);
  });

  it('an oversized upload: 413 by Content-Length, and by counting when the length is absent', async () => {
    await refuse(new Uint8Array(16), 413, /at most 100 MB/, {
      'content-type': 'application/octet-stream',
      'content-length': String(101 * 1024 * 1024),
    });
    const big = new Uint8Array(100 * 1024 * 1024 + 1);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < big.length; at += 8 * 1024 * 1024)
          controller.enqueue(big.subarray(at, at + 8 * 1024 * 1024));
        controller.close();
      },
    });
    const res = await ankiImportRoute(
      await requestAs(`/api/anki/import?deck=${deckId}&kind=instructor&step=preview`, instructor, {
        body: stream,
        headers: { 'content-type': 'application/octet-stream' },
      }),
      noParams,
    );
    expect(res.status).toBe(413);
  });

  it('a body sent as a form or text (cross-site-able types) is refused with 415', async () => {
    await refuse(templates, 415, /application\/octet-stream/, { 'content-type': 'text/plain' });
  });
});
