import { describe, expect, it } from 'vitest';
import {
  cardDraftFromCriterion,
  cardDraftFromQuizQuestion,
  cardDraftFromTrap,
} from '@/lib/core/personal/card-draft-from-source';
import { libraryCardOrigin } from '@/lib/core/proposals/library-card-origin';
import { proposalChanges } from '@/lib/core/proposals/proposal-changes';
import { DecideProposalSchema, ProposeCardFixSchema } from '@/lib/core/proposals/schema';
import type { QuizQuestion } from '@/lib/core/quiz/types';
import { OwnCardSchema } from '@/lib/server/instructor/instructor-input';

describe('proposalChanges', () => {
  const card = { front: 'Q', back: 'A', explanation: null };
  it.each([
    ['nothing changed', { front: 'Q', back: 'A', explanation: null }, []],
    ['whitespace only', { front: ' Q\n', back: 'A ', explanation: '' }, []],
    [
      'the back',
      { front: 'Q', back: 'A, better', explanation: null },
      [{ field: 'back', before: 'A', after: 'A, better' }],
    ],
    [
      'an explanation added',
      { front: 'Q', back: 'A', explanation: 'Why' },
      [{ field: 'explanation', before: '', after: 'Why' }],
    ],
  ])('%s', (_, after, expected) => {
    expect(proposalChanges(card, after)).toEqual(expected);
  });
});

describe('libraryCardOrigin', () => {
  it.each([
    ['misconception.alb-has-no-auth', { folder: 'content/misconceptions', file: null, search: 'alb-has-no-auth' }],
    [
      'apigw-vs-alb.auth.b',
      { folder: 'content/comparisons', file: 'content/comparisons/apigw-vs-alb.yaml', search: 'auth' },
    ],
    [
      'apigw-vs-alb.cost.nuance',
      { folder: 'content/comparisons', file: 'content/comparisons/apigw-vs-alb.yaml', search: 'cost' },
    ],
    [
      'operating-albs.deregistration-delay',
      { folder: 'content/decks', file: null, search: 'operating-albs.deregistration-delay' },
    ],
    // Three parts ending in a or b, but not a known comparison: a hand-written card.
    ['other-deck.topic.a', { folder: 'content/decks', file: null, search: 'other-deck.topic.a' }],
  ])('%s', (id, expected) => {
    expect(libraryCardOrigin(id, ['apigw-vs-alb'])).toMatchObject(expected);
  });
});

describe('proposal input', () => {
  const valid = {
    requestId: '5b0f7a4e-1f2c-4c1e-9d7a-2b8f3f1f9a10',
    cardId: 'apigw-vs-alb.auth.b',
    front: 'F',
    back: 'B',
    explanation: '',
    reason: 'The default changed in 2024.',
  };
  it('accepts a proposal and trims it', () => {
    expect(ProposeCardFixSchema.parse({ ...valid, front: '  F  ' }).front).toBe('F');
  });
  it.each([
    ['a short reason', { reason: 'wrong' }],
    ['an empty front', { front: '   ' }],
    ['a long back', { back: 'x'.repeat(4001) }],
    ['a long reason', { reason: 'x'.repeat(2001) }],
    ['no request id', { requestId: 'again' }],
    ['a bad card id', { cardId: 'Not An Id' }],
    ['an extra field', { status: 'ACCEPTED' }],
  ])('refuses %s', (_, change) => {
    expect(ProposeCardFixSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
  it('a decision is accept or decline with a note of at most 1000 characters', () => {
    expect(DecideProposalSchema.safeParse({ proposalId: 'abc123', decision: 'accept', note: '' }).success).toBe(true);
    expect(DecideProposalSchema.safeParse({ proposalId: 'abc123', decision: 'apply', note: '' }).success).toBe(false);
    expect(
      DecideProposalSchema.safeParse({ proposalId: 'abc123', decision: 'decline', note: 'x'.repeat(1001) }).success,
    ).toBe(false);
  });
});

describe('a personal card from something missed', () => {
  const base = {
    key: 'item:x',
    dimension: 'auth',
    comparison: 'apigw-vs-alb',
    cardIds: [],
    misconception: null,
    explanation: 'Because **OIDC**.',
    sources: ['alb-auth', 'alb-auth'],
  };
  it('a multiple-choice question: the options on the front, the right one and why on the back, its references kept', () => {
    const q: QuizQuestion = {
      ...base,
      type: 'multiple-choice',
      prompt: 'How does ALB authenticate users?',
      options: [
        { id: 'opt-a', text: 'OIDC', why: 'Built in.' },
        { id: 'opt-b', text: 'API keys', why: 'That is API Gateway.' },
      ],
      correctOptionId: 'opt-a',
    };
    expect(cardDraftFromQuizQuestion(q)).toEqual({
      front: 'How does ALB authenticate users?\n\n- OIDC\n- API keys',
      back: 'OIDC\n\nBuilt in.',
      explanation: 'Because **OIDC**.',
      tags: ['from-quiz'],
      dimension: 'apigw-vs-alb/auth',
      misconception: null,
      sources: ['alb-auth'],
      origin: 'A quiz question you missed',
    });
  });
  it('a question citing many sources (a matching question over a whole dimension) makes a card the editor accepts', () => {
    const sources = Array.from({ length: 14 }, (_, i) => `source-${i + 1}`);
    const q: QuizQuestion = { ...base, sources, type: 'true-false', prompt: 'An ALB can authenticate.', correct: true };
    const { origin: _origin, ...draft } = cardDraftFromQuizQuestion(q);
    const parsed = OwnCardSchema.safeParse({ ...draft, deckId: 'i.quiz-misses', explanation: draft.explanation ?? '' });
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.sources).toEqual(sources);
  });
  it('true/false and matching questions', () => {
    expect(
      cardDraftFromQuizQuestion({ ...base, type: 'true-false', prompt: 'ALB has no auth.', correct: false }),
    ).toMatchObject({
      front: 'True or false: ALB has no auth.',
      back: 'False.',
    });
    const matching: QuizQuestion = {
      ...base,
      type: 'matching',
      prompt: 'Match each fact.',
      facts: [{ id: 'f1', text: 'Usage plans' }],
      targets: [
        { id: 'a', label: 'API Gateway' },
        { id: 'b', label: 'ALB' },
      ],
      correctPairs: { f1: 'a' },
    };
    expect(cardDraftFromQuizQuestion(matching).back).toBe('- Usage plans → **API Gateway**');
  });
  it('a missed criterion and a stated trap', () => {
    expect(
      cardDraftFromCriterion('Front door', { title: 'Auth', meets: 'Names OIDC.', delights: 'Compares authorizers.' }),
    ).toMatchObject({
      front: 'Front door: what does a good answer say about “Auth”?',
      back: 'Names OIDC.',
      tags: ['from-mock'],
    });
    expect(
      cardDraftFromTrap('Front door', {
        id: 'alb-has-no-auth',
        claim: 'ALB has no auth',
        correction: 'It has OIDC.',
        why: 'Old docs.',
        comparison: 'apigw-vs-alb',
        dimension: 'auth',
        sources: ['alb-auth'],
      }),
    ).toMatchObject({
      front: 'True or false: “ALB has no auth”',
      back: 'False. It has OIDC.',
      misconception: 'alb-has-no-auth',
      dimension: 'apigw-vs-alb/auth',
    });
  });
});
