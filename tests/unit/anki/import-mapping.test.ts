import { describe, expect, it } from 'vitest';
import { clozeNumbers, renderCloze } from '@/lib/core/anki/import-render-cloze';
import { mapAnkiCollection } from '@/lib/core/anki/import-map-collection';
import { ankiTagsToDelight } from '@/lib/core/anki/import-card-id';
import { readProtoFields, protoNumber, protoString } from '@/lib/core/anki/import-read-proto';
import type { AnkiCollection } from '@/lib/core/anki/import-types';
import { ankiHtmlToMarkdown } from '@/lib/server/anki/import-html-to-markdown';

const basic = {
  id: 'b',
  name: 'Basic (and reversed card)',
  kind: 'normal' as const,
  fields: ['Front', 'Back'],
  templates: [
    { ord: 0, name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}' },
    { ord: 1, name: 'Card 2', qfmt: '{{Back}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}' },
  ],
};
const cloze = {
  id: 'c',
  name: 'Cloze',
  kind: 'cloze' as const,
  fields: ['Text', 'Back Extra'],
  templates: [{ ord: 0, name: 'Cloze', qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>\n{{Back Extra}}' }],
};

const collection = (notes: AnkiCollection['notes'], cards: AnkiCollection['cards']): AnkiCollection => ({
  noteTypes: [basic, cloze],
  notes,
  cards,
  reviewLogRows: 0,
});

describe('cloze rendering', () => {
  it.each([
    ['{{c1::Paris}} is in {{c2::France}}', 1, 'front', '[...] is in France'],
    ['{{c1::Paris}} is in {{c2::France}}', 1, 'back', '<b>Paris</b> is in France'],
    ['{{c1::Paris::city}} is in {{c2::France}}', 1, 'front', '[city] is in France'],
    ['{{c1::Paris::city}} is in {{c2::France}}', 2, 'back', 'Paris is in <b>France</b>'],
    ['{{c1::outer {{c2::inner}} text}}', 2, 'front', 'outer [...] text'],
    ['{{c1::outer {{c2::inner}} text}}', 1, 'front', '[...]'],
    ['{{c1::unclosed', 1, 'front', '{{c1::unclosed'],
  ] as const)('%s, cloze %i, %s → %s', (text, ord, side, expected) => {
    expect(renderCloze(text, ord, side)).toBe(expected);
  });
  it('lists the cloze numbers used', () => expect(clozeNumbers('{{c2::a}} {{c1::b}} {{c2::c}}')).toEqual([1, 2]));
});

describe('mapping notes to cards', () => {
  it('basic-and-reversed: one card per template that made a card, the back holding the answer only', () => {
    const mapped = mapAnkiCollection(
      collection(
        [
          {
            id: 'n1',
            guid: 'g1',
            noteTypeId: 'b',
            fields: ['<b>ALB</b> layer?', 'Layer 7'],
            tags: ['AWS::Networking'],
          },
        ],
        [
          { id: '1', noteId: 'n1', ord: 0, deckName: 'D' },
          { id: '2', noteId: 'n1', ord: 1, deckName: 'D' },
        ],
      ),
    );
    expect(mapped.cards.map((c) => [c.frontHtml, c.backHtml.trim()])).toEqual([
      ['<b>ALB</b> layer?', 'Layer 7'],
      ['Layer 7', '<b>ALB</b> layer?'],
    ]);
    expect(mapped.errors).toEqual([]);
  });
  it('cloze: one card per cloze number, front blanked, back revealed, extra kept', () => {
    const mapped = mapAnkiCollection(
      collection(
        [{ id: 'n1', guid: 'g1', noteTypeId: 'c', fields: ['{{c1::API Gateway}} or {{c2::ALB}}', 'extra'], tags: [] }],
        [
          { id: '1', noteId: 'n1', ord: 0, deckName: 'D' },
          { id: '2', noteId: 'n1', ord: 1, deckName: 'D' },
        ],
      ),
    );
    expect(mapped.cards.map((c) => c.frontHtml)).toEqual(['[...] or ALB', 'API Gateway or [...]']);
    expect(mapped.cards[1]!.backHtml).toBe('API Gateway or <b>ALB</b><br>\nextra');
  });
  it('drops media with one notice per note; a card left empty without them is an error', () => {
    const mapped = mapAnkiCollection(
      collection(
        [
          { id: 'n1', guid: 'g1', noteTypeId: 'b', fields: ['Word [sound:a.mp3]', 'Mot <img src="b.jpg">'], tags: [] },
          { id: 'n2', guid: 'g2', noteTypeId: 'b', fields: ['<img src="only.png">', 'text'], tags: [] },
        ],
        [
          { id: '1', noteId: 'n1', ord: 0, deckName: 'D' },
          { id: '2', noteId: 'n2', ord: 0, deckName: 'D' },
        ],
      ),
    );
    expect(mapped.cards.map((c) => [c.frontHtml.trim(), c.backHtml.trim()])).toEqual([['Word', 'Mot']]);
    expect(mapped.notices).toEqual([
      {
        noteIndex: 1,
        field: 'media',
        message: '2 media files were dropped (“a.mp3”, “b.jpg”): Delight cards hold text only',
      },
      { noteIndex: 2, field: 'media', message: 'a media file was dropped (“only.png”): Delight cards hold text only' },
    ]);
    expect(mapped.errors).toEqual([
      { noteIndex: 2, field: 'front', message: 'card “Card 1”: the front is empty without its media' },
    ]);
  });
  it('tags become kebab-case ids, Anki hierarchy as dots', () => {
    expect(ankiTagsToDelight(['AWS::Networking', 'UpperEx', 'über Tag', '!!!'])).toEqual([
      'aws.networking',
      'upperex',
      'uber-tag',
    ]);
  });
});

describe('sanitising HTML into Markdown', () => {
  it.each([
    ['<b>bold</b> and <i>it</i>', '**bold** and *it*'],
    ['line<br>next', 'line\\\nnext'],
    ['Adduction<div>Flexion</div>', 'Adduction\n\nFlexion'],
    ['<script>alert(1)</script>safe', 'safe'],
    ['<style>.x{}</style><span onclick="x()">text</span>', 'text'],
    ['<a href="javascript:alert(1)">click</a>', 'click'],
    ['<a href="https://aws.amazon.com">docs</a>', '[docs](<https://aws.amazon.com>)'],
    ['1 &lt; 2 &amp;&amp; *not bold*', '1 \\< 2 && \\*not bold\\*'],
    ['&nbsp;spaced&#33;', 'spaced!'],
    ['<ul><li>one</li><li>two</li></ul>', '- one\n\n- two'],
    ['<img src="x.jpg">', ''],
  ])('%s → %j', (html, md) => expect(ankiHtmlToMarkdown(html)).toBe(md));
});

describe('the protobuf fields an import reads', () => {
  it('reads varints and strings by field number (meta version 3; a template config)', () => {
    expect(protoNumber(readProtoFields(new Uint8Array([8, 3])), 1)).toBe(3);
    const bytes = new Uint8Array([0x0a, 2, 0x68, 0x69, 0x12, 1, 0x21, 0x28, 0x96, 0x01]);
    const f = readProtoFields(bytes);
    expect([protoString(f, 1), protoString(f, 2), protoNumber(f, 5)]).toEqual(['hi', '!', 150]);
    expect(() => readProtoFields(new Uint8Array([0x0a, 9, 1]))).toThrow(/truncated/);
  });
});

describe('templates Anki itself can’t render', () => {
  it('a section without its partner is a per-note error, not a card with raw braces', () => {
    const broken = {
      ...basic,
      id: 'x',
      templates: [{ ord: 0, name: 'Picture/Name', qfmt: '{{#Front}}Which?{{/z}}', afmt: '{{Back}}' }],
    };
    const mapped = mapAnkiCollection({
      noteTypes: [broken],
      notes: [{ id: 'n1', guid: 'g', noteTypeId: 'x', fields: ['a', 'b'], tags: [] }],
      cards: [{ id: '1', noteId: 'n1', ord: 0, deckName: 'D' }],
      reviewLogRows: 0,
    });
    expect(mapped.cards).toEqual([]);
    expect(mapped.errors[0]?.message).toMatch(/\{\{#Front\}\} without a partner/);
  });
});
