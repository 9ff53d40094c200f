import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ankiDeckName, ankiCollectionJson } from '@/lib/core/anki/export-collection';
import {
  ankiBase91,
  ankiGuidFromSha1,
  ankiTag,
  ankiTags,
  checksumFromSha1,
  stripHtmlLikeAnki,
} from '@/lib/core/anki/export-note';
import { DELIGHT_NOTETYPE_ID } from '@/lib/core/anki/format';

const sha1 = (s: string) => createHash('sha1').update(s, 'utf8').digest('hex');

describe('Anki note helpers', () => {
  it('spells numbers in Anki’s base 91 (the vectors of rslib/src/notes/mod.rs test_base91)', () => {
    expect(ankiBase91(0n)).toBe('');
    expect(ankiBase91(1n)).toBe('b');
    expect(ankiBase91(2n ** 64n - 1n)).toBe('Rj&Z5m[>Zp');
    expect(ankiBase91(1234567890n)).toBe('saAKk');
  });

  it('derives a stable GUID per card id: the same every time, different for another card', () => {
    const g = ankiGuidFromSha1(sha1('delight-card:apigw-vs-alb.routing.a'));
    expect(g).toBe(ankiGuidFromSha1(sha1('delight-card:apigw-vs-alb.routing.a')));
    expect(g).not.toBe(ankiGuidFromSha1(sha1('delight-card:apigw-vs-alb.routing.b')));
    expect(g.length).toBeGreaterThan(5);
    expect(g).not.toMatch(/\s/);
  });

  it('computes csum as Anki does: first 8 hex digits of SHA-1 of the stripped field (the fixture note “hello”)', () => {
    // ../shared/anki-fixtures/update1.apkg: a note whose first field is "hello" has csum 2868168221.
    expect(checksumFromSha1(sha1('hello'))).toBe(2868168221);
  });

  it('strips HTML as Anki does for sfld and csum: tags, comments, script/style blocks; entities decoded', () => {
    expect(stripHtmlLikeAnki('<p>Use <strong>ALB</strong> &#x26; <code>&#x3C;OIDC></code></p>')).toBe(
      'Use ALB & <OIDC>',
    );
    expect(stripHtmlLikeAnki('a<!-- x --><style>p{}</style><script>1</script>b&nbsp;c&amp;&unknown;')).toBe(
      'ab c&&unknown;',
    );
    expect(stripHtmlLikeAnki('plain')).toBe('plain');
  });

  it('makes tags without spaces, adds dimension and misconception under delight::, sorted and deduplicated', () => {
    expect(ankiTag('  rate limiting ')).toBe('rate_limiting');
    expect(
      ankiTags({ tags: ['b tag', 'a', 'a', ' '], dimension: 'routing', misconception: 'alb-has-no-auth' }),
    ).toEqual({
      tags: ['a', 'b_tag', 'delight::dimension::routing', 'delight::misconception::alb-has-no-auth'],
      column: ' a b_tag delight::dimension::routing delight::misconception::alb-has-no-auth ',
    });
    expect(ankiTags({ tags: [], dimension: null, misconception: null })).toEqual({ tags: [], column: '' });
  });

  it('names the deck without control characters or subdeck separators', () => {
    expect(ankiDeckName('Week 1::routing\n')).toBe('Week 1:routing');
    expect(ankiDeckName('  ')).toBe('Delight deck');
  });

  it('writes a col row with the v2 scheduler, the rollover, one Delight note type and the deck', () => {
    const json = ankiCollectionJson({
      deckId: 42,
      deckName: 'Traps',
      deckDescription: '<p>d</p>',
      mtime: 1,
      rollover: 4,
      creationOffset: -60,
      desiredRetention: 0.85,
      tags: ['x'],
    });
    const conf = JSON.parse(json.conf) as Record<string, unknown>;
    expect(conf).toMatchObject({ schedVer: 2, rollover: 4, creationOffset: -60, curDeck: 42 });
    const models = JSON.parse(json.models) as Record<string, { name: string; flds: { name: string; ord: number }[] }>;
    expect(Object.keys(models)).toEqual([String(DELIGHT_NOTETYPE_ID)]);
    expect(models[DELIGHT_NOTETYPE_ID]!.flds.map((f) => [f.name, f.ord])).toEqual([
      ['Front', 0],
      ['Back', 1],
      ['Explanation', 2],
      ['Source', 3],
    ]);
    const decks = JSON.parse(json.decks) as Record<string, { name: string; dyn: number; conf: number }>;
    expect(decks['42']).toMatchObject({ name: 'Traps', dyn: 0, conf: 1 });
    expect(decks['1']).toMatchObject({ name: 'Default' });
    expect(JSON.parse(json.dconf)).toMatchObject({ 1: { desiredRetention: 0.85, maxTaken: 60 } });
    expect(JSON.parse(json.tags)).toEqual({ x: 0 });
  });
});
