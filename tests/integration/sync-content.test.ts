import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '@/lib/core/content/types';
import { db } from '@/lib/server/db';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import type { RecordReviewInput } from '@/lib/server/review-state/types';
import { syncContent } from '@/lib/server/mutations/sync-content';
import { realContent } from '../factories/content';
import { makeUser } from '../factories/users';

const recordReview = (input: RecordReviewInput) => reviewStateRepository().record(input);

const T0 = new Date('2026-11-01T12:00:00Z');

function editCard(bundle: ContentBundle, cardId: string, back: string): ContentBundle {
  return {
    ...bundle,
    decks: bundle.decks.map((d) => ({ ...d, cards: d.cards.map((c) => (c.id === cardId ? { ...c, back } : c)) })),
  };
}

function removeCard(bundle: ContentBundle, cardId: string): ContentBundle {
  return { ...bundle, decks: bundle.decks.map((d) => ({ ...d, cards: d.cards.filter((c) => c.id !== cardId) })) };
}

describe('syncContent', () => {
  it('creates every deck and card, and a second run changes nothing', async () => {
    const bundle = await realContent();
    const total = bundle.decks.reduce((n, d) => n + d.cards.length, 0);
    const first = await syncContent(bundle, T0);
    expect(first).toEqual({ decks: bundle.decks.length, created: total, updated: 0, unchanged: 0, retired: 0 });
    const second = await syncContent(bundle, T0);
    expect(second).toEqual({ decks: bundle.decks.length, created: 0, updated: 0, unchanged: total, retired: 0 });
    expect(await db.card.count()).toBe(total);
    expect(await db.deckCard.count()).toBe(total);
    const card = await db.card.findUniqueOrThrow({ where: { id: 'apigw-vs-alb.auth.b' } });
    expect(card.dimensionId).toBe('auth');
    expect(JSON.parse(card.sources)).toEqual(expect.arrayContaining([expect.objectContaining({ url: expect.stringMatching(/^https:\/\//) })]));
  });

  it('keeps a learner’s progress when a card is edited, and retires (not deletes) a removed card', async () => {
    const bundle = await realContent();
    await syncContent(bundle, T0);
    const user = await makeUser();
    const reviewed = await recordReview({ userId: user.id, cardId: 'apigw-vs-alb.auth.b', grade: 'good', reviewId: 'sync-test-1', now: T0 });
    expect(reviewed.ok).toBe(true);
    const stateBefore = await db.reviewState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: 'apigw-vs-alb.auth.b' } } });

    const edited = await syncContent(editCard(bundle, 'apigw-vs-alb.auth.b', 'ALB authenticates with OIDC, Cognito, mTLS and JWT verification.'), T0);
    expect(edited.updated).toBe(1);
    const card = await db.card.findUniqueOrThrow({ where: { id: 'apigw-vs-alb.auth.b' } });
    expect(card.back).toBe('ALB authenticates with OIDC, Cognito, mTLS and JWT verification.');
    const stateAfter = await db.reviewState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: 'apigw-vs-alb.auth.b' } } });
    expect(stateAfter).toEqual(stateBefore);

    const removed = await syncContent(removeCard(bundle, 'apigw-vs-alb.auth.b'), new Date('2026-11-02T00:00:00Z'));
    expect(removed.retired).toBe(1);
    const retired = await db.card.findUniqueOrThrow({ where: { id: 'apigw-vs-alb.auth.b' } });
    expect(retired.retiredAt).toEqual(new Date('2026-11-02T00:00:00Z'));
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);

    const restored = await syncContent(bundle, T0);
    expect(restored.updated).toBe(1);
    expect((await db.card.findUniqueOrThrow({ where: { id: 'apigw-vs-alb.auth.b' } })).retiredAt).toBeNull();
  });
});
