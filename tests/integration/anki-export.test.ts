import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as ankiRoute } from '@/app/api/decks/[deckId]/anki/route';
import { DELIGHT_NOTETYPE_ID } from '@/lib/core/anki/format';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { db } from '@/lib/server/db';
import { newRandomId } from '@/lib/server/instructor/new-random-id';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import { makeClass, makeInstructorDeck } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';
import { requestAs } from './session';

/**
 * Exports read back by an independent reader: Python's zipfile + sqlite3 (tests/support/read-apkg.py),
 * not the exporter's code. ADR 031.
 */

type Row = Record<string, unknown>;
type Package = {
  files: string[];
  zipOk: boolean;
  media: Record<string, string>;
  tables: string[];
  integrity: string;
  col: Row & { conf: Row; models: Record<string, Row & { flds: { name: string }[] }>; decks: Record<string, Row> };
  notes: (Row & { fields: string[]; tagList: string[]; expectedCsum: number; expectedSfld: string })[];
  cards: (Row & { dataJson: Row | null })[];
  revlog: Row[];
};

const DECK = 'apigw-vs-alb';
const T0 = new Date('2026-11-10T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const workDir = mkdtempSync(path.join(tmpdir(), 'anki-export-test-'));

function readPackage(bytes: Uint8Array): Package {
  const file = path.join(workDir, `${newRandomId()}.apkg`);
  writeFileSync(file, bytes);
  const out = execFileSync('python3', [path.resolve('tests/support/read-apkg.py'), file], { encoding: 'utf8' });
  return JSON.parse(out) as Package;
}

async function download(
  user: { id: string; email: string; role?: string } | null,
  deckId: string,
  query = '',
): Promise<Response> {
  const request = await requestAs(
    `/api/decks/${deckId}/anki${query}`,
    user && { id: user.id, email: user.email, role: user.role ?? 'LEARNER' },
  );
  return ankiRoute(request, { params: Promise.resolve({ deckId }) });
}

async function deckCardIds(deckId: string): Promise<string[]> {
  const rows = await db.deckCard.findMany({
    where: { deckId, card: { retiredAt: null } },
    orderBy: { position: 'asc' },
    select: { cardId: true },
  });
  return rows.map((r) => r.cardId);
}

beforeAll(async () => {
  await seedContent();
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('Anki export (.apkg)', () => {
  it('exports a library deck with one Delight note per card: fields as sanitised HTML, tags, deck name, checksums', async () => {
    const learner = await makeUser();
    const response = await download(learner, DECK);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.apkg"/);
    const pkg = readPackage(new Uint8Array(await response.arrayBuffer()));

    expect(pkg.zipOk).toBe(true);
    expect(pkg.files).toEqual(['collection.anki2', 'media']);
    expect(pkg.media).toEqual({});
    expect(pkg.integrity).toBe('ok');
    expect(pkg.tables).toEqual(expect.arrayContaining(['col', 'notes', 'cards', 'revlog', 'graves']));
    expect(pkg.col.ver).toBe(11);
    expect(pkg.col.conf.schedVer).toBe(2);

    const ids = await deckCardIds(DECK);
    const cards = await db.card.findMany({ where: { id: { in: ids } } });
    const deck = await db.deck.findUniqueOrThrow({ where: { id: DECK } });
    expect(pkg.notes).toHaveLength(ids.length);
    expect(pkg.cards).toHaveLength(ids.length);
    expect(pkg.revlog).toHaveLength(0);

    // One note type, "Delight", with the four fields.
    const models = Object.values(pkg.col.models);
    expect(models).toHaveLength(1);
    expect(models[0]!.name).toBe('Delight');
    expect(Number(models[0]!.id)).toBe(DELIGHT_NOTETYPE_ID);
    expect(models[0]!.flds.map((f) => f.name)).toEqual(['Front', 'Back', 'Explanation', 'Source']);

    // The deck, by name, holds every card.
    const ankiDeck = Object.values(pkg.col.decks).find((d) => d.name === deck.title);
    expect(ankiDeck).toBeDefined();
    for (const c of pkg.cards) {
      expect(c.did).toBe(Number(ankiDeck!.id));
      expect(c.nid).toBe(c.id);
      expect([c.type, c.queue]).toEqual([0, 0]);
    }

    // Every note: Delight's type, a GUID, checksum and sort field as Anki computes them.
    const guids = new Set(pkg.notes.map((n) => n.guid));
    expect(guids.size).toBe(pkg.notes.length);
    for (const n of pkg.notes) {
      expect(n.mid).toBe(DELIGHT_NOTETYPE_ID);
      expect(n.fields).toHaveLength(4);
      expect(n.csum).toBe(n.expectedCsum);
      expect(String(n.sfld)).toBe(n.expectedSfld);
      expect(n.fields.join('')).not.toMatch(/<script|onerror=|javascript:/i);
      for (const t of n.tagList) expect(t).not.toMatch(/\s/);
    }

    // A card with a dimension and Markdown: the tag and the rendered HTML.
    const withDimension =
      cards.find((c) => c.dimensionId && c.front.includes('**')) ?? cards.find((c) => c.dimensionId)!;
    const index = ids.indexOf(withDimension.id);
    const note = pkg.notes.find((n) => n.id === pkg.cards.find((c) => c.due === index + 1)!.nid)!;
    expect(note.tagList).toContain(`delight::dimension::${withDimension.dimensionId}`);
    expect(note.fields[0]).toMatch(/^<p>/);
    if (withDimension.front.includes('**')) expect(note.fields[0]).toContain('<strong>');
    const sources = JSON.parse(withDimension.sources) as { url: string }[];
    if (sources.length > 0) expect(note.fields[3]).toContain(`href="${sources[0]!.url}"`);
  });

  it('gives every card the same GUID in every export (so Anki updates notes on re-import), and tags misconceptions', async () => {
    const learner = await makeUser();
    const first = readPackage(
      new Uint8Array(await (await download(learner, 'apigw-vs-alb-misconceptions')).arrayBuffer()),
    );
    const second = readPackage(
      new Uint8Array(await (await download(learner, 'apigw-vs-alb-misconceptions')).arrayBuffer()),
    );
    expect(second.notes.map((n) => n.guid)).toEqual(first.notes.map((n) => n.guid));
    expect(second.notes.map((n) => n.id)).toEqual(first.notes.map((n) => n.id));
    expect(first.notes.some((n) => n.tagList.some((t) => t.startsWith('delight::misconception::')))).toBe(true);
  });

  it('with scheduling: the learner’s FSRS state in the cards and their answers (not undone ones) in the revlog', async () => {
    const learner = await makeUser();
    const ids = await deckCardIds(DECK);
    const [reviewed, learning, suspended, undone] = ids as [string, string, string, string];
    const repo = reviewStateRepository();
    // `reviewed`: learned over two days (good, good, then a day later good → review, days ahead).
    await repo.record({
      userId: learner.id,
      cardId: reviewed,
      grade: 'good',
      reviewId: 'r1',
      now: T0,
      durationMs: 4200,
    });
    await repo.record({
      userId: learner.id,
      cardId: reviewed,
      grade: 'good',
      reviewId: 'r2',
      now: minutes(11),
      durationMs: 90_000,
    });
    await repo.record({
      userId: learner.id,
      cardId: reviewed,
      grade: 'good',
      reviewId: 'r3',
      now: minutes(60 * 30),
      durationMs: 3000,
    });
    // `learning`: one Again → still learning, due within minutes.
    await repo.record({ userId: learner.id, cardId: learning, grade: 'again', reviewId: 'l1', now: minutes(60 * 31) });
    // `suspended`: answered Easy, then suspended and flagged red.
    await repo.record({ userId: learner.id, cardId: suspended, grade: 'easy', reviewId: 's1', now: minutes(60 * 31) });
    await repo.mark(learner.id, suspended, { type: 'suspend' }, minutes(60 * 31));
    await repo.mark(learner.id, suspended, { type: 'flag', flag: 1 }, minutes(60 * 31));
    // `undone`: answered then undone → new again, its answer not in the log.
    await repo.record({ userId: learner.id, cardId: undone, grade: 'good', reviewId: 'u1', now: minutes(60 * 32) });
    await repo.undo(learner.id, 'u1', minutes(60 * 32));

    const response = await download(learner, DECK, '?scheduling=on');
    expect(response.status).toBe(200);
    const pkg = readPackage(new Uint8Array(await response.arrayBuffer()));
    const states = await db.reviewState.findMany({ where: { userId: learner.id } });
    const stateOf = (id: string) => states.find((s) => s.cardId === id)!;
    const cards = await db.card.findMany({ where: { id: { in: ids } }, select: { id: true, front: true } });
    const byPosition = new Map<string, Package['cards'][number]>();
    for (const card of cards) {
      const note = pkg.notes.find((n) => n.fields[0] === markdownToSafeHtml(card.front))!;
      byPosition.set(
        card.id,
        pkg.cards.find((c) => c.nid === note.id)!,
      );
    }

    const crt = Number(pkg.col.crt);
    expect(pkg.col.conf.rollover).toBe(4);
    expect(pkg.col.conf.creationOffset).toBe(0);

    const r = byPosition.get(reviewed)!;
    const rs = stateOf(reviewed);
    expect([r.type, r.queue]).toEqual([2, 2]);
    expect(r.reps).toBe(3);
    expect(r.ivl).toBe(rs.scheduledDays);
    // due: day number since crt of the state's due instant (UTC, day starting at 04:00).
    const dueDay = Math.floor((rs.due.getTime() / 1000 - 4 * 3600) / 86400) - Math.floor((crt - 4 * 3600) / 86400);
    expect(r.due).toBe(dueDay);
    expect(r.dataJson!.s).toBeCloseTo(rs.stability, 3);
    expect(r.dataJson!.d).toBeCloseTo(rs.difficulty, 2);
    expect(r.dataJson!.lrt).toBe(Math.floor(rs.lastReview!.getTime() / 1000));
    expect(r.factor).toBe(2500);

    const l = byPosition.get(learning)!;
    expect([l.type, l.queue]).toEqual([1, 1]);
    expect(l.due).toBe(Math.floor(stateOf(learning).due.getTime() / 1000));
    expect(l.left).toBeGreaterThanOrEqual(1);

    const s = byPosition.get(suspended)!;
    expect(s.queue).toBe(-1);
    expect(s.flags).toBe(1);

    const u = byPosition.get(undone)!;
    expect([u.type, u.queue, u.reps]).toEqual([0, 0, 0]);

    // Review log: five answers (the undone one left out), ms ids, eases, intervals, durations capped at 60 s.
    expect(pkg.revlog).toHaveLength(5);
    const mine = pkg.revlog.filter((e) => e.cid === r.id);
    expect(mine.map((e) => e.id)).toEqual([T0.getTime(), minutes(11).getTime(), minutes(60 * 30).getTime()]);
    expect(mine.map((e) => e.ease)).toEqual([3, 3, 3]);
    expect(mine.map((e) => e.type)).toEqual([0, 0, 1]);
    expect(mine.map((e) => e.time)).toEqual([4200, 60_000, 3000]);
    expect(mine[0]!.ivl).toBeLessThan(0); // a learning step: negative seconds
    expect(mine[2]!.ivl).toBe(rs.scheduledDays);
    expect(mine[2]!.lastIvl).not.toBe(0);
    for (const e of pkg.revlog) {
      expect(e.factor).toBeGreaterThanOrEqual(100);
      expect(e.factor).toBeLessThanOrEqual(1100);
    }
    expect(pkg.revlog.find((e) => e.cid === l.id)!.ease).toBe(1);
    expect(pkg.revlog.find((e) => e.cid === s.id)!.ease).toBe(4);
  });

  it('exports only what the learner can see: another learner’s personal deck and a class they are not in are 404', async () => {
    const owner = await makeUser();
    const stranger = await makeUser();
    const personalId = newRandomId();
    await db.deck.create({
      data: { id: personalId, kind: 'PERSONAL', ownerId: owner.id, title: 'My notes', description: '' },
    });
    const cardId = newRandomId();
    await db.card.create({
      data: { id: cardId, ownerId: owner.id, front: 'Mine', back: 'Private', contentHash: 'x' },
    });
    await db.deckCard.create({ data: { deckId: personalId, cardId, position: 0 } });

    expect((await download(owner, personalId)).status).toBe(200);
    const refused = await download(stranger, personalId);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ error: { code: 'not_found', message: 'No such deck.' } });
    expect((await download(null, personalId)).status).toBe(401);
    expect((await download(stranger, 'no-such-deck')).status).toBe(404);

    // Instructor decks: the owner and the class's members; not others, not when unpublished.
    const instructor = await makeUser('INSTRUCTOR');
    const { deckId } = await makeInstructorDeck(instructor.id, { ownCards: 2, title: 'Week 1: routing' });
    const { deckId: draftId } = await makeInstructorDeck(instructor.id, { published: false });
    await makeClass(instructor.id, { members: [owner.id], decks: [deckId, draftId] });
    const asInstructor = { ...instructor, role: 'INSTRUCTOR' };
    expect((await download(asInstructor, deckId)).status).toBe(200);
    expect((await download(asInstructor, draftId)).status).toBe(200);
    const member = await download(owner, deckId);
    expect(member.status).toBe(200);
    const pkg = readPackage(new Uint8Array(await member.arrayBuffer()));
    expect(pkg.notes.map((n) => n.fields[0])).toEqual(['<p>Own question 1</p>', '<p>Own question 2</p>']);
    expect(Object.values(pkg.col.decks).map((d) => d.name)).toContain('Week 1: routing');
    expect((await download(owner, draftId)).status).toBe(404);
    expect((await download(stranger, deckId)).status).toBe(404);
  });
});
