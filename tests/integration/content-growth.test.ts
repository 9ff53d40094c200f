/**
 * A content release that adds decks and dimensions (issue 14) syncs around a learner's progress: its own file,
 * so the database starts as a learner's would, with only the older content in it.
 */
import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '@/lib/core/content/types';
import { db } from '@/lib/server/db';
import { syncContent } from '@/lib/server/mutations/sync-content';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import { realContent } from '../factories/content';
import { makeUser } from '../factories/users';

const T0 = new Date('2026-11-01T12:00:00Z');
const recordReview = reviewStateRepository().record.bind(reviewStateRepository());

describe('syncContent with new content', () => {
  it('adds new decks, dimensions and cards around a learner’s progress, which survives unchanged', async () => {
    const bundle = await realContent();
    // the content as it was before a release that added dimensions: their cards and the new decks absent
    const added = new Set(['latency', 'websocket-apis', 'streaming', 'quotas']);
    const before: ContentBundle = {
      ...bundle,
      decks: bundle.decks
        .filter((d) => d.id !== 'operating-albs')
        .map((d) => ({ ...d, cards: d.cards.filter((c) => c.dimension === null || !added.has(c.dimension)) })),
    };
    await syncContent(before, T0);
    const user = await makeUser();
    for (const [i, cardId] of ['apigw-vs-alb.auth.b', 'apigw-vs-alb.timeouts.a'].entries()) {
      expect(
        (await recordReview({ userId: user.id, cardId, grade: 'good', reviewId: `sync-new-${i}`, now: T0 })).ok,
      ).toBe(true);
    }
    const statesBefore = await db.reviewState.findMany({ where: { userId: user.id }, orderBy: { cardId: 'asc' } });

    const total = bundle.decks.reduce((n, d) => n + d.cards.length, 0);
    const grown = await syncContent(bundle, T0);
    expect(grown.created).toBeGreaterThan(0);
    expect(grown.created + grown.unchanged + grown.updated).toBe(total);
    expect(grown.retired).toBe(0);
    expect(await db.deck.findUnique({ where: { id: 'operating-albs' } })).not.toBeNull();
    expect(await db.card.count({ where: { dimensionId: 'websocket-apis', retiredAt: null } })).toBeGreaterThanOrEqual(
      2,
    );
    expect(await db.reviewState.findMany({ where: { userId: user.id }, orderBy: { cardId: 'asc' } })).toEqual(
      statesBefore,
    );
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });
});
