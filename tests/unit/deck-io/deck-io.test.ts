import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DeckSchema } from '@/lib/core/content/schema';
import { parse as parseYaml } from 'yaml';
import { formatRowError } from '@/lib/core/deck-io/format-row-error';
import { parseDeckCsv } from '@/lib/core/deck-io/parse-deck-csv';
import { parseDeckYaml } from '@/lib/core/deck-io/parse-deck-yaml';
import { serializeDeckCsv } from '@/lib/core/deck-io/serialize-deck-csv';
import { serializeDeckYaml } from '@/lib/core/deck-io/serialize-deck-yaml';
import type { DeckIoCard, DeckIoDeck } from '@/lib/core/deck-io/types';
import { withoutOrigin } from '@/lib/core/deck-io/without-origin';

const card = (over: Partial<DeckIoCard> = {}): DeckIoCard => ({
  id: 'i.abc123',
  front: 'What is the default integration timeout of a **REST API**?',
  back: '29 seconds; Regional and private REST APIs can raise it.',
  explanation: null,
  tags: ['limits'],
  comparison: null,
  dimension: null,
  misconception: null,
  sources: [],
  ...over,
});

const DECK: DeckIoDeck = {
  id: 'cohort-week-1',
  title: 'Cohort week 1: front doors',
  description: 'What we covered on Monday.\n\nRead the *nuance* cards twice.',
  cards: [
    card(),
    card({
      id: 'apigw-vs-alb.auth.b',
      front: 'How does ALB handle authentication?',
      back: '- OIDC\n- Amazon Cognito\n\nNo API keys: "ALB has no auth" is wrong.',
      explanation: 'Why: people remember ALB from before 2018.',
      tags: ['apigw-vs-alb', 'auth'],
      comparison: 'apigw-vs-alb',
      dimension: 'auth',
      misconception: 'alb-has-no-auth',
      sources: ['alb-authenticate-users'],
    }),
    card({
      id: 'i.zz9',
      front: 'Quotes " and, commas; #hash: colon',
      back: 'yes',
      tags: [],
      explanation: 'line 1\r\nline 2',
    }),
  ],
};

const stripOrigin = withoutOrigin;

describe('content-format (YAML) export and import', () => {
  it('round-trips: export → import gives the same deck', () => {
    const yaml = serializeDeckYaml(DECK);
    const parsed = parseDeckYaml(yaml);
    if (!parsed.ok) throw new Error(parsed.errors.map(formatRowError).join('\n'));
    expect({ ...parsed.deck, cards: parsed.deck.cards.map(stripOrigin) }).toEqual({ ...DECK, generate: [] });
  });

  it('writes a file that the content schema (DeckSchema) accepts as it is', () => {
    const result = DeckSchema.safeParse(parseYaml(serializeDeckYaml(DECK)));
    expect(result.success).toBe(true);
    expect(serializeDeckYaml(DECK)).toContain('tags: [ apigw-vs-alb, auth ]');
  });

  it('round-trips any trimmed text, tags and ids (property)', () => {
    const text = fc
      .string({ minLength: 1, maxLength: 80, unit: 'grapheme' })
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,5})?(\.[a-z0-9]{1,8})?$/);
    const arbCard = fc.record({
      id: fc.option(id, { nil: null }),
      front: text,
      back: text,
      explanation: fc.option(text, { nil: null }),
      tags: fc.uniqueArray(id, { maxLength: 3 }),
      comparison: fc.constant(null),
      dimension: fc.constant(null),
      misconception: fc.constant(null),
      sources: fc.uniqueArray(id, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        id,
        text,
        text,
        fc.uniqueArray(arbCard, { maxLength: 6, selector: (c) => c.id ?? Math.random() }),
        (deckId, title, description, cards) => {
          const deck = { id: deckId, title, description, cards };
          const parsed = parseDeckYaml(serializeDeckYaml(deck));
          if (!parsed.ok) throw new Error(parsed.errors.map(formatRowError).join('\n'));
          expect(parsed.deck.cards.map(stripOrigin)).toEqual(cards);
          expect([parsed.deck.title, parsed.deck.description]).toEqual([title, description]);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('accepts a content deck file: `generate`, the deck’s default comparison, cards without ids', () => {
    const parsed = parseDeckYaml(
      [
        'id: mine',
        'title: Mine',
        'description: Mine.',
        'comparison: apigw-vs-alb',
        'generate:',
        '  - { from: misconceptions, comparison: apigw-vs-alb }',
        'cards:',
        '  - front: A new card',
        '    back: Its answer',
        '    dimension: auth',
      ].join('\n'),
    );
    if (!parsed.ok) throw new Error(parsed.errors.map(formatRowError).join('\n'));
    expect(parsed.deck.generate).toEqual([
      { from: 'misconceptions', comparison: 'apigw-vs-alb', line: 6, path: 'generate[0]' },
    ]);
    expect(parsed.deck.cards[0]).toMatchObject({
      id: null,
      comparison: 'apigw-vs-alb',
      dimension: 'auth',
      origin: { line: 8, path: 'cards[0]' },
    });
    expect(parsed.deck.cards[0]?.origin.fieldLines).toMatchObject({ front: 8, back: 9, dimension: 10 });
  });

  it('reports every invalid field with its line, and returns no deck', () => {
    const parsed = parseDeckYaml(
      [
        'id: Not An Id', // 1
        'title: Week 1', // 2
        'description: ok', // 3
        'cards:', // 4
        '  - id: i.one', // 5
        '    front: Fine', // 6
        '    back:', // 7  empty
        '  - id: i.one', // 8  duplicate (reported once the schema passes)
        '    front: Second', // 9
        '    back: b', // 10
        '    colour: red', // 11 unknown field
        '    tags: [Bad Tag]', // 12
      ].join('\n'),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map(formatRowError)).toEqual([
      'line 1: id: must be a lower-case kebab-case id (dots allowed between parts)',
      'line 7: cards[0].back: required',
      'line 12: cards[1].tags[0]: must be a lower-case kebab-case id (dots allowed between parts)',
      'line 11: cards[1].colour: unknown field',
    ]);
  });

  it('reports duplicate ids at the second occurrence, and YAML syntax errors with their line', () => {
    const dup = parseDeckYaml(
      'id: d\ntitle: t\ndescription: d\ncards:\n  - { id: a, front: f, back: b }\n  - { id: a, front: g, back: c }\n',
    );
    expect(dup.ok ? [] : dup.errors.map(formatRowError)).toEqual([
      'line 6: cards[1].id: duplicate id "a" (first on line 5)',
    ]);
    const syntax = parseDeckYaml('id: d\ntitle: t: x\n');
    expect(syntax.ok ? [] : syntax.errors.map(formatRowError)).toEqual([expect.stringMatching(/^line 2: \(yaml\): /)]);
    const empty = parseDeckYaml('   \n');
    expect(empty.ok ? [] : empty.errors.map(formatRowError)).toEqual(['file: (file): the file is empty']);
  });
});

describe('CSV export and import', () => {
  it('round-trips the card fields CSV carries: id, front, back, explanation, tags', () => {
    const parsed = parseDeckCsv(serializeDeckCsv(DECK.cards));
    if (!parsed.ok) throw new Error(parsed.errors.map(formatRowError).join('\n'));
    expect(parsed.columns).toEqual(['id', 'front', 'back', 'explanation', 'tags']);
    const expected = DECK.cards.map((c) => ({
      ...c,
      // CSV has no columns for these, and normalises line endings to \n.
      comparison: null,
      dimension: null,
      misconception: null,
      sources: [],
      explanation: c.explanation?.replace(/\r\n/g, '\n') ?? null,
    }));
    expect(parsed.cards.map(stripOrigin)).toEqual(expected);
  });

  it('round-trips any text with quotes, commas and newlines (property)', () => {
    const text = fc
      .string({
        minLength: 1,
        maxLength: 60,
        unit: fc.constantFrom('a', 'B', ' ', ',', '"', '\n', ';', '=', 'é', '🙂', '-', '+', '@', "'"),
      })
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const arbCard = fc.record({
      id: fc.constant(null),
      front: text,
      back: text,
      explanation: fc.option(text, { nil: null }),
      tags: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 3 }),
      comparison: fc.constant(null),
      dimension: fc.constant(null),
      misconception: fc.constant(null),
      sources: fc.constant<string[]>([]),
    });
    fc.assert(
      fc.property(fc.array(arbCard, { maxLength: 8 }), (cards) => {
        const parsed = parseDeckCsv(serializeDeckCsv(cards));
        if (!parsed.ok) throw new Error(parsed.errors.map(formatRowError).join('\n'));
        expect(parsed.cards.map(stripOrigin)).toEqual(cards);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('defuses formula-leading cells on export and restores them on import, quotes and dashes included (issue 17 §7)', () => {
    const card = (front: string, back: string, explanation: string | null) => ({
      id: null,
      front,
      back,
      explanation,
      tags: [],
      comparison: null,
      dimension: null,
      misconception: null,
      sources: [],
    });
    const cards = [
      card('=HYPERLINK("http://evil.example","x")', '+1 more', '@SUM(A1)'),
      card("'quoted' on purpose", '- a Markdown list item\n- another', "''two apostrophes"),
      card('-5 °C', 'plain', null),
    ];
    const csv = serializeDeckCsv(cards);
    const rows = Papa.parse<string[]>(csv.trim(), { newline: '\r\n' }).data.slice(1);
    for (const cell of rows.flatMap((r) => r.slice(1, 4))) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(rows[0]![1]).toBe('\'=HYPERLINK("http://evil.example","x")');
    const parsed = parseDeckCsv(csv);
    if (!parsed.ok) throw new Error(parsed.errors.map(formatRowError).join('\n'));
    expect(parsed.cards.map(stripOrigin)).toEqual(cards);
  });

  it('reports row-level errors naming the line and the column, skipping blank lines', () => {
    const csv = [
      'front,back,tags,explanation', // 1
      'Fine,Also fine,limits,', // 2
      '', // 3
      ',Missing front,,', // 4
      '"A front that spans', // 5
      'two lines",,Bad_Tag,', // 6  back empty, bad tag
      'Too,many,fields,here,extra', // 7
      'Good,"Has ""quotes"", and commas",a b;c,why', // 8
    ].join('\n');
    const parsed = parseDeckCsv(csv);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map(formatRowError)).toEqual([
      'line 4: front: required',
      'line 5: back: required',
      'line 5: tags: "Bad_Tag" must be a lower-case kebab-case id',
      'line 7: (row): expected 4 fields, found 5',
    ]);
  });

  it('checks the header: unknown, duplicate and missing columns', () => {
    const parsed = parseDeckCsv('Front,answer,front\nx,y,z\n');
    expect(parsed.ok ? [] : parsed.errors.map(formatRowError)).toEqual([
      'line 1: answer: unknown column (use id, front, back, explanation, tags)',
      'line 1: front: duplicate column',
      'line 1: back: required column is missing',
    ]);
  });

  it('reports an unclosed quote and duplicate ids, and accepts a BOM and CRLF line endings', () => {
    const unclosed = parseDeckCsv('front,back\n"open,b\n');
    expect(unclosed.ok ? [] : unclosed.errors.map(formatRowError)).toEqual([
      'line 2: (row): a quoted field is not closed (missing ")',
    ]);
    const dup = parseDeckCsv('id,front,back\r\ni.a,f,b\r\ni.a,g,c\r\n');
    expect(dup.ok ? [] : dup.errors.map(formatRowError)).toEqual(['line 3: id: duplicate id "i.a" (first on line 2)']);
    const bom = parseDeckCsv('\uFEFFfront,back\r\nf,b\r\n');
    expect(bom.ok && bom.cards.map(stripOrigin)).toEqual([
      {
        id: null,
        front: 'f',
        back: 'b',
        explanation: null,
        tags: [],
        comparison: null,
        dimension: null,
        misconception: null,
        sources: [],
      },
    ]);
  });

  it('refuses a file that is too large or has too many cards', () => {
    expect(parseDeckCsv('front,back\n' + 'x'.repeat(500_001)).ok).toBe(false);
    const many = parseDeckCsv('front,back\n' + 'f,b\n'.repeat(1001));
    expect(many.ok ? [] : many.errors.map(formatRowError)).toEqual(['file: (file): at most 1000 cards per import']);
  });
});
