import { describe, expect, it } from 'vitest';
import {
  draftForNextCard,
  draftFromCard,
  draftToInput,
  firstTagError,
  toggleSource,
  visibleSources,
} from '@/components/deck/card-editor/card-draft';
import type { BuilderCard } from '@/lib/server/queries/get-deck-builder';

const card: BuilderCard = {
  id: 'own-1',
  own: true,
  front: 'Q',
  back: 'A',
  explanation: null,
  tags: ['auth', 'api-gateway'],
  comparison: 'apigw-vs-alb',
  dimension: 'auth',
  misconception: 'alb-has-no-auth',
  sources: ['aws-alb-auth'],
};

const SOURCES = [
  { value: 'aws-alb-auth', label: 'ALB: authenticate users' },
  { value: 'aws-apigw-throttling', label: 'API Gateway throttling' },
  { value: 'aws-waf', label: 'AWS WAF' },
];

describe('card editor draft', () => {
  it('starts from the card: tags on one line, dimension as comparison/dimension, no explanation as ""', () => {
    expect(draftFromCard(card)).toEqual({
      front: 'Q',
      back: 'A',
      explanation: '',
      tags: 'auth api-gateway',
      dimension: 'apigw-vs-alb/auth',
      misconception: 'alb-has-no-auth',
      sources: ['aws-alb-auth'],
    });
  });

  it('starts empty for a new card, and without a dimension when the card has only half of one', () => {
    expect(draftFromCard(undefined)).toEqual({
      front: '',
      back: '',
      explanation: '',
      tags: '',
      dimension: '',
      misconception: '',
      sources: [],
    });
    expect(draftFromCard({ ...card, comparison: null }).dimension).toBe('');
  });

  it('sends tags split on spaces, commas and semicolons, and empty choices as null', () => {
    const draft = { ...draftFromCard(undefined), front: 'F', back: 'B', tags: ' a, b;c  d ' };
    expect(draftToInput('deck-1', undefined, draft)).toEqual({
      deckId: 'deck-1',
      front: 'F',
      back: 'B',
      explanation: '',
      tags: ['a', 'b', 'c', 'd'],
      dimension: null,
      misconception: null,
      sources: [],
    });
  });

  it('sends the card id only when editing', () => {
    expect(draftToInput('deck-1', 'own-1', draftFromCard(card))).toMatchObject({
      cardId: 'own-1',
      dimension: 'apigw-vs-alb/auth',
    });
    expect(draftToInput('deck-1', undefined, draftFromCard(card))).not.toHaveProperty('cardId');
  });

  it('clears only the texts for the next card', () => {
    expect(draftForNextCard(draftFromCard(card))).toEqual({
      ...draftFromCard(card),
      front: '',
      back: '',
      explanation: '',
    });
  });

  it('lists the chosen sources and those whose id or title contains the filter, in any case', () => {
    expect(visibleSources(SOURCES, [], '').map((s) => s.value)).toEqual(SOURCES.map((s) => s.value));
    expect(visibleSources(SOURCES, [], '  THROTTL ').map((s) => s.value)).toEqual(['aws-apigw-throttling']);
    expect(visibleSources(SOURCES, ['aws-waf'], 'throttl').map((s) => s.value)).toEqual([
      'aws-apigw-throttling',
      'aws-waf',
    ]);
  });

  it('ticks a source on and off without touching the others', () => {
    expect(toggleSource(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleSource(['a', 'b'], 'a', false)).toEqual(['b']);
  });

  it('finds the first error on any tag', () => {
    expect(firstTagError({ front: ['x'], 'tags.1': ['Tags must be lower-case'] })).toBe('Tags must be lower-case');
    expect(firstTagError({ front: ['x'] })).toBeUndefined();
  });
});
