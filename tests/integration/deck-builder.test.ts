import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { formatRowError } from '@/lib/core/deck-io/format-row-error';
import { parseDeckCsv } from '@/lib/core/deck-io/parse-deck-csv';
import { serializeDeckCsv } from '@/lib/core/deck-io/serialize-deck-csv';
import { serializeDeckYaml } from '@/lib/core/deck-io/serialize-deck-yaml';
import { withoutOrigin } from '@/lib/core/deck-io/without-origin';
import type { SessionUser } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { addLibraryCardsAction } from '@/lib/server/actions/add-library-cards-action';
import { createDeckAction } from '@/lib/server/actions/create-deck-action';
import { importDeckAction } from '@/lib/server/actions/import-deck-action';
import { previewDeckImportAction } from '@/lib/server/actions/preview-deck-import-action';
import { removeDeckCardAction } from '@/lib/server/actions/remove-deck-card-action';
import { reorderDeckCardsAction } from '@/lib/server/actions/reorder-deck-cards-action';
import { saveDeckCardAction } from '@/lib/server/actions/save-deck-card-action';
import { setDeckPublishedAction } from '@/lib/server/actions/set-deck-published-action';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import type { RecordReviewInput } from '@/lib/server/review-state/types';
import { syncContent } from '@/lib/server/mutations/sync-content';
import { getDeckBuilder } from '@/lib/server/queries/get-deck-builder';
import { getDeckExport } from '@/lib/server/queries/get-deck-export';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';
import { makeClass } from '../factories/classes';
import { realContent, seedContent } from '../factories/content';
import { makeUser } from '../factories/users';

const recordReview = (input: RecordReviewInput) => reviewStateRepository().record(input);

const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => (await import('./session')).authAs(importOriginal, session));

const T0 = new Date('2026-11-10T12:00:00Z');
let instructor: SessionUser;

beforeAll(async () => {
  await seedContent();
  const made = await makeUser('INSTRUCTOR');
  instructor = { ...made, name: null, role: 'INSTRUCTOR' };
});

const ok = <T>(result: { ok: true; data: T } | { ok: false; code: string; message: string }): T => {
  if (!result.ok) throw new Error(`${result.code}: ${result.message} ${JSON.stringify(result)}`);
  return result.data;
};

/** A deck built through the actions: two own cards, then two library cards. */
async function buildDeck(title = 'Front doors, week 1') {
  session.as = instructor.id;
  const { deckId } = ok(await createDeckAction({ title, description: 'What we covered on Monday.' }));
  const card = async (front: string, back: string, extra: object = {}) =>
    ok(
      await saveDeckCardAction({
        deckId,
        front,
        back,
        explanation: '',
        tags: ['week-1'],
        dimension: null,
        misconception: null,
        sources: [],
        ...extra,
      }),
    ).cardId;
  const a = await card('When does an **ALB** beat API Gateway on cost?', 'At steady, high request rates.', {
    dimension: 'apigw-vs-alb/cost',
    sources: ['alb-overview'],
  });
  const b = await card('Name two ways ALB authenticates users.', 'OIDC and Amazon Cognito.', {
    explanation: 'Not API keys.',
  });
  ok(await addLibraryCardsAction({ deckId, cardIds: ['apigw-vs-alb.auth.b', 'misconception.alb-has-no-auth'] }));
  return { deckId, a, b };
}

const exportYaml = async (deckId: string) => serializeDeckYaml((await getDeckExport(instructor, deckId))!);
const exportCsv = async (deckId: string) => serializeDeckCsv((await getDeckExport(instructor, deckId))!.cards);
const stateOf = (userId: string, cardId: string) =>
  db.reviewState.findUnique({ where: { userId_cardId: { userId, cardId } } });

describe('the deck builder', () => {
  it('references library cards (never copies them) and gives own cards stable `i.` ids', async () => {
    const cardsBefore = await db.card.count();
    const { deckId, a, b } = await buildDeck();
    expect(a).toMatch(/^i\.[a-z2-7]{20}$/);
    expect(await db.card.count()).toBe(cardsBefore + 2);
    const builder = await getDeckBuilder(instructor, deckId);
    expect(builder?.cards.map((c) => [c.id, c.own])).toEqual([
      [a, true],
      [b, true],
      ['apigw-vs-alb.auth.b', false],
      ['misconception.alb-has-no-auth', false],
    ]);
    expect(builder?.cards[0]).toMatchObject({
      comparison: 'apigw-vs-alb',
      dimension: 'cost',
      sources: ['alb-overview'],
      tags: ['week-1'],
    });
    expect(await setDeckPublishedAction({ deckId, published: true })).toMatchObject({ ok: true });
  });

  it('refuses to publish an empty deck', async () => {
    session.as = instructor.id;
    const { deckId } = ok(await createDeckAction({ title: 'Empty', description: 'Nothing yet.' }));
    expect(await setDeckPublishedAction({ deckId, published: true })).toMatchObject({ ok: false, code: 'empty_deck' });
  });

  it('keeps every student’s progress through edits, reorders, removals and re-imports of a published deck', async () => {
    const { deckId, a, b } = await buildDeck();
    ok(await setDeckPublishedAction({ deckId, published: true }));
    const student = await makeUser();
    await makeClass(instructor.id, { members: [student.id], decks: [deckId] });
    for (const [i, cardId] of [a, b, 'apigw-vs-alb.auth.b'].entries()) {
      expect(
        await recordReview({ userId: student.id, cardId, grade: 'good', reviewId: `progress-${i}-x`, now: T0 }),
      ).toMatchObject({ ok: true });
    }
    const stateA = await stateOf(student.id, a);
    const stateB = await stateOf(student.id, b);
    const stateL = await stateOf(student.id, 'apigw-vs-alb.auth.b');

    session.as = instructor.id;
    ok(
      await saveDeckCardAction({
        deckId,
        cardId: a,
        front: 'Reworded front',
        back: 'Reworded back',
        explanation: 'New why.',
        tags: [],
        dimension: null,
        misconception: null,
        sources: [],
      }),
    );
    ok(
      await reorderDeckCardsAction({ deckId, cardIds: ['misconception.alb-has-no-auth', 'apigw-vs-alb.auth.b', b, a] }),
    );
    ok(await removeDeckCardAction({ deckId, cardId: b }));
    ok(await removeDeckCardAction({ deckId, cardId: 'apigw-vs-alb.auth.b' }));
    ok(
      await saveDeckCardAction({
        deckId,
        front: 'A brand-new card',
        back: 'Its answer',
        explanation: '',
        tags: [],
        dimension: null,
        misconception: null,
        sources: [],
      }),
    );

    expect(await stateOf(student.id, a)).toEqual(stateA);
    expect(await stateOf(student.id, b)).toEqual(stateB); // retired, not deleted
    expect(await stateOf(student.id, 'apigw-vs-alb.auth.b')).toEqual(stateL);
    expect((await db.card.findUniqueOrThrow({ where: { id: a } })).front).toBe('Reworded front');
    const builder = await getDeckBuilder(instructor, deckId);
    expect(builder?.cards.map((c) => c.id)).toEqual([
      'misconception.alb-has-no-auth',
      a,
      expect.stringMatching(/^i\./),
    ]);

    // The edited card comes back in the student's queue with its history: a learning card, not a new one.
    const later = await getReviewQueue(student.id, new Date(T0.getTime() + 11 * 60_000));
    expect(later.cards.find((c) => c.id === a)).toMatchObject({ kind: 'learning', front: 'Reworded front' });
    expect(later.cards.map((c) => c.id)).not.toContain(b);

    // Re-importing an export that still lists the removed card restores it, with its progress.
    const yaml = await exportYaml(deckId);
    const withB = yaml.replace(
      'cards:\n',
      `cards:\n  - id: ${b}\n    front: Name two ways ALB authenticates users.\n    back: OIDC and Amazon Cognito.\n    tags: []\n    sources: []\n\n`,
    );
    const report = ok(await importDeckAction({ deckId, format: 'yaml', mode: 'merge', text: withB }));
    expect(report).toMatchObject({ created: 0, updated: 1, removed: 0 });
    expect((await db.card.findUniqueOrThrow({ where: { id: b } })).retiredAt).toBeNull();
    expect(await stateOf(student.id, b)).toEqual(stateB);
  });
});

describe('import and export', () => {
  it('export → import into the same deck changes nothing (YAML and CSV)', async () => {
    const { deckId } = await buildDeck();
    const before = await getDeckBuilder(instructor, deckId);
    for (const [format, text] of [
      ['yaml', await exportYaml(deckId)],
      ['csv', await exportCsv(deckId)],
    ] as const) {
      const preview = ok(await previewDeckImportAction({ deckId, format, mode: 'replace', text }));
      expect(preview.rows.map((r) => r.action)).toEqual(['unchanged', 'unchanged', 'library-keep', 'library-keep']);
      expect(preview.removals).toEqual([]);
      expect(preview.warnings).toEqual([]);
      expect(ok(await importDeckAction({ deckId, format, mode: 'replace', text }))).toEqual({
        deckId,
        created: 0,
        updated: 0,
        added: 0,
        removed: 0,
      });
      expect(await getDeckBuilder(instructor, deckId)).toEqual(before);
    }
  });

  it('CSV export defuses formula-leading cells and import restores them: the deck comes back the same (issue 17 §7)', async () => {
    session.as = instructor.id;
    const { deckId } = ok(await createDeckAction({ title: 'Formulas', description: 'Cells a spreadsheet would run.' }));
    const save = async (front: string, back: string, explanation: string) =>
      ok(
        await saveDeckCardAction({
          deckId,
          front,
          back,
          explanation,
          tags: [],
          dimension: null,
          misconception: null,
          sources: [],
        }),
      );
    await save('=HYPERLINK("http://evil.example","click")', '+1 for ALB', '@mention');
    await save("'Quoted' on purpose", '- first\n- second', '-5 is a number');
    const before = await getDeckBuilder(instructor, deckId);
    const csv = await exportCsv(deckId);
    const cells = Papa.parse<string[]>(csv.trim(), { newline: '\r\n' }).data.flat();
    expect(cells.filter((c) => /^[=+@-]/.test(c))).toEqual([]);
    expect(ok(await importDeckAction({ deckId, format: 'csv', mode: 'replace', text: csv }))).toMatchObject({
      created: 0,
      updated: 0,
    });
    expect(await getDeckBuilder(instructor, deckId)).toEqual(before);
  });

  it('export → import as a new deck gives the same deck (own cards copied with new ids, library cards referenced)', async () => {
    const { deckId } = await buildDeck('Original');
    const original = await getDeckBuilder(instructor, deckId);
    const yaml = await exportYaml(deckId);
    const preview = ok(await previewDeckImportAction({ deckId: null, format: 'yaml', mode: 'merge', text: yaml }));
    expect(preview.warnings.map(formatRowError)).toEqual([
      expect.stringMatching(/cards\[0\]\.id: card "i\..+" belongs to another deck: it is copied as a new card$/),
      expect.stringMatching(/cards\[1\]\.id/),
    ]);
    const {
      deckId: copyId,
      created,
      added,
    } = ok(await importDeckAction({ deckId: null, format: 'yaml', mode: 'merge', text: yaml }));
    expect([created, added]).toEqual([2, 2]);
    const copy = await getDeckBuilder(instructor, copyId);
    const strip = (b: typeof copy) => b!.cards.map(({ id, ...rest }) => ({ ...rest, id: rest.own ? 'own' : id }));
    expect(strip(copy)).toEqual(strip(original));
    expect(copy?.deck).toMatchObject({ title: 'Original', description: original?.deck.description, published: false });
  });

  it('re-importing an updated deck updates cards by id instead of duplicating them', async () => {
    const { deckId, a } = await buildDeck();
    const cardsBefore = await db.card.count();
    const csv = await exportCsv(deckId);
    const parsed = parseDeckCsv(csv);
    if (!parsed.ok) throw new Error('export must parse');
    const edited = serializeDeckCsv([
      ...parsed.cards
        .map(withoutOrigin)
        .map((c) => (c.id === a ? { ...c, back: 'Above roughly a few million requests a month.' } : c)),
      {
        id: null,
        front: 'A card added in the spreadsheet',
        back: 'Yes',
        explanation: null,
        tags: ['extra'],
        comparison: null,
        dimension: null,
        misconception: null,
        sources: [],
      },
    ]);
    const preview = ok(await previewDeckImportAction({ deckId, format: 'csv', mode: 'merge', text: edited }));
    expect(preview.rows.map((r) => [r.action, r.changed])).toEqual([
      ['update', ['back']],
      ['unchanged', []],
      ['library-keep', []],
      ['library-keep', []],
      ['new', []],
    ]);
    expect(ok(await importDeckAction({ deckId, format: 'csv', mode: 'merge', text: edited }))).toMatchObject({
      created: 1,
      updated: 1,
      added: 0,
    });
    expect(await db.card.count()).toBe(cardsBefore + 1);
    const card = await db.card.findUniqueOrThrow({ where: { id: a } });
    // CSV carries no dimension or sources: an update keeps them.
    expect(card).toMatchObject({ back: 'Above roughly a few million requests a month.', dimensionId: 'cost' });
    expect(JSON.parse(card.sources)).toEqual([expect.objectContaining({ id: 'alb-overview' })]);
    expect(ok(await importDeckAction({ deckId, format: 'csv', mode: 'merge', text: edited }))).toMatchObject({
      created: 1,
    }); // the new row has no id: a new card again
  });

  it('replace mode makes the deck the file: unlisted own cards are retired, library cards unlinked', async () => {
    const { deckId, a, b } = await buildDeck();
    const text = `id,front,back\n${b},Name two ways ALB authenticates users.,OIDC and Amazon Cognito.\napigw-vs-alb.auth.b,x,y\n`;
    const preview = ok(await previewDeckImportAction({ deckId, format: 'csv', mode: 'replace', text }));
    expect(preview.removals.map((r) => [r.id, r.own])).toEqual([
      [a, true],
      ['misconception.alb-has-no-auth', false],
    ]);
    expect(preview.warnings.map(formatRowError)).toEqual([
      `line 3: front: a library card keeps the library’s text: to change it, remove the id (the card is then imported as your own)`,
    ]);
    ok(await importDeckAction({ deckId, format: 'csv', mode: 'replace', text }));
    expect((await getDeckBuilder(instructor, deckId))?.cards.map((c) => c.id)).toEqual([b, 'apigw-vs-alb.auth.b']);
    expect((await db.card.findUniqueOrThrow({ where: { id: a } })).retiredAt).not.toBeNull();
    expect((await db.card.findUniqueOrThrow({ where: { id: 'apigw-vs-alb.auth.b' } })).back).not.toBe('y');
  });

  it('writes nothing when the file is invalid, and names the line and field of every problem', async () => {
    const { deckId } = await buildDeck();
    const before = await getDeckBuilder(instructor, deckId);
    const count = await db.card.count();
    const yaml = [
      'id: week-1', // 1
      'title: Week 1', // 2
      'description: d', // 3
      'cards:', // 4
      '  - front: Fine', // 5
      '    back: Fine', // 6
      '  - front: Cites a missing source', // 7
      '    back: b', // 8
      '    sources: [no-such-source]', // 9
      '  - id: made-up.card', // 10
      '    front: f', // 11
      '    back: b', // 12
      '    comparison: apigw-vs-alb', // 13
      '    dimension: teleportation', // 14
    ].join('\n');
    const result = await importDeckAction({ deckId, format: 'yaml', mode: 'replace', text: yaml });
    expect(result).toMatchObject({ ok: false, code: 'invalid_file' });
    if (result.ok || !result.errors) throw new Error('expected row errors');
    expect(result.errors.map(formatRowError)).toEqual([
      'line 9: cards[1].sources[0]: unknown source "no-such-source"',
      'line 10: cards[2].id: no library card has the id "made-up.card" (leave the id empty for a new card)',
      'line 14: cards[2].dimension: unknown dimension "teleportation" of "apigw-vs-alb"',
    ]);
    const csv = await importDeckAction({
      deckId,
      format: 'csv',
      mode: 'replace',
      text: 'front,back\nok,ok\n,missing\n',
    });
    expect(csv).toMatchObject({
      ok: false,
      code: 'invalid_file',
      errors: [{ line: 3, field: 'front', message: 'required' }],
    });
    expect(await getDeckBuilder(instructor, deckId)).toEqual(before);
    expect(await db.card.count()).toBe(count);
  });

  it('a YAML file that multiplies aliases ("billion laughs") is refused as a file problem, not a crash (issue 17 §12)', async () => {
    const { deckId } = await buildDeck();
    const names = 'abcdefghi';
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < names.length; i++)
      lines.push(
        `${names[i]}: &${names[i]} [${Array(9)
          .fill(`*${names[i - 1]}`)
          .join(', ')}]`,
      );
    const text = [...lines, 'id: laughs', 'title: t', 'description: d', 'cards: []'].join('\n');
    for (const action of [previewDeckImportAction, importDeckAction]) {
      expect(await action({ deckId, format: 'yaml', mode: 'merge', text })).toMatchObject({
        ok: false,
        code: 'invalid_file',
        errors: [{ field: '(yaml)', message: expect.stringMatching(/too many aliases/) }],
      });
    }
  });

  it('imports a content deck file as it is: generated and hand-written cards become library references', async () => {
    session.as = instructor.id;
    const bundle = await realContent();
    for (const file of ['limits-and-numbers', 'apigw-vs-alb-misconceptions']) {
      const text = readFileSync(`content/decks/${file}.yaml`, 'utf8');
      const expectedIds = bundle.decks.find((d) => d.id === file)!.cards.map((c) => c.id);
      const count = await db.card.count();
      const { deckId, created, added } = ok(
        await importDeckAction({ deckId: null, format: 'yaml', mode: 'merge', text }),
      );
      expect([created, added]).toEqual([0, expectedIds.length]);
      expect(await db.card.count()).toBe(count);
      expect((await getDeckBuilder(instructor, deckId))?.cards.map((c) => c.id)).toEqual(expectedIds);
    }
  });

  it('a deck committed to content/ becomes library content: the sync adopts its cards, keeping progress', async () => {
    const { deckId, a } = await buildDeck('Promoted deck');
    const student = await makeUser();
    ok(await setDeckPublishedAction({ deckId, published: true }));
    await makeClass(instructor.id, { members: [student.id], decks: [deckId] });
    await recordReview({ userId: student.id, cardId: a, grade: 'easy', reviewId: 'adopt-1-xx', now: T0 });
    const state = await stateOf(student.id, a);
    const exported = (await getDeckExport(instructor, deckId))!;
    const bundle = await realContent();
    const own = exported.cards.filter((c) => c.id?.startsWith('i.'));
    const promoted = {
      id: exported.id,
      title: exported.title,
      description: exported.description,
      cards: own.map((c) => ({ ...c, id: c.id!, deckId: exported.id })),
    };
    await syncContent({ ...bundle, decks: [...bundle.decks, promoted] }, T0);
    const card = await db.card.findUniqueOrThrow({ where: { id: a } });
    expect(card.ownerId).toBeNull();
    expect(await stateOf(student.id, a)).toEqual(state);
    await seedContent(); // back to the real content: the adopted cards are retired from the library
    expect((await db.card.findUniqueOrThrow({ where: { id: a } })).retiredAt).not.toBeNull();
  });
});
