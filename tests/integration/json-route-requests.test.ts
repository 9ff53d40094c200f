import { beforeEach, describe, expect, it } from 'vitest';
import { POST as saveDraftRoute } from '@/app/api/mock/attempts/[attemptId]/draft/route';
import { POST as reviewRoute } from '@/app/api/review/route';
import { db } from '@/lib/server/db';
import { startMockAttempt } from '@/lib/server/mutations/start-mock-attempt';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';
import { requestAs } from './session';

const CARD = 'apigw-vs-alb.routing.a';
const noParams = { params: Promise.resolve({}) };

beforeEach(async () => {
  await seedContent();
});

async function learner() {
  const user = await makeUser();
  return { ...user, role: 'LEARNER' };
}

const reviewBody = (reviewId: string) => JSON.stringify({ cardId: CARD, grade: 'good', reviewId });

describe('mutating JSON routes refuse cross-site requests (issue 17 §6, DESIGN §2)', () => {
  it('accepts JSON without an Origin (scripts, the bench) and with our own Origin', async () => {
    const user = await learner();
    const plain = await reviewRoute(
      await requestAs('/api/review', user, {
        body: reviewBody('no-origin-1'),
        headers: { 'content-type': 'application/json' },
      }),
      noParams,
    );
    expect(plain.status).toBe(200);
    const own = await reviewRoute(
      await requestAs('/api/review', user, {
        body: reviewBody('own-origin-1'),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          origin: 'http://localhost:3000',
          'sec-fetch-site': 'same-origin',
        },
      }),
      noParams,
    );
    expect(own.status).toBe(200);
  });

  it('refuses a text/plain or form body with 415, writing nothing', async () => {
    const user = await learner();
    for (const type of [
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await reviewRoute(
        await requestAs('/api/review', user, {
          body: reviewBody(`typed-${type.length}`),
          headers: { 'content-type': type },
        }),
        noParams,
      );
      expect(res.status, type).toBe(415);
      expect(await res.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    }
    const missing = await reviewRoute(
      await requestAs('/api/review', user, { body: reviewBody('untyped-1') }),
      noParams,
    );
    expect(missing.status).toBe(415);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses a foreign Origin and Sec-Fetch-Site cross-site or same-site with 403, writing nothing', async () => {
    const user = await learner();
    const attempts: Record<string, string>[] = [
      { origin: 'http://localhost:4000' }, // another port: same site, other origin
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'http://localhost:3000' },
    ];
    for (const [i, headers] of attempts.entries()) {
      const res = await reviewRoute(
        await requestAs('/api/review', user, {
          body: reviewBody(`foreign-${i}`),
          headers: { 'content-type': 'application/json', ...headers },
        }),
        noParams,
      );
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  it('the unload beacon takes text/plain only from our own origin', async () => {
    const user = await learner();
    const { attemptId } = await startMockAttempt({
      userId: user.id,
      promptId: 'apigw-vs-alb',
      mode: 'practice',
      timeLimitSec: 900,
      now: new Date(),
    });
    const context = { params: Promise.resolve({ attemptId }) };
    const send = async (version: number, headers: Record<string, string>) =>
      saveDraftRoute(
        await requestAs(`/api/mock/attempts/${attemptId}/draft`, user, {
          body: JSON.stringify({ draft: `draft ${version}`, version }),
          headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
        }),
        context,
      );
    expect((await send(1, {})).status).toBe(403); // text/plain needs an Origin
    expect((await send(2, { origin: 'http://localhost:4000', 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await send(3, { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    const stored = await db.mockAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { draft: true } });
    expect(stored.draft).toBe('draft 3');
  });
});

describe('the one body reader, through a real route (issue 17 §11)', () => {
  /** A body that records how much of it was read. */
  function hugeBody(chunks: number, chunkBytes: number) {
    const seen = { pulled: 0, cancelled: false };
    const chunk = new TextEncoder().encode('x'.repeat(chunkBytes));
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (seen.pulled++ >= chunks) controller.close();
          else controller.enqueue(chunk);
        },
        cancel() {
          seen.cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    return { body, seen };
  }

  it('refuses a body whose Content-Length is over the limit without reading it', async () => {
    const user = await learner();
    const { body, seen } = hugeBody(1000, 64 * 1024); // 64 MB if it were read
    const res = await reviewRoute(
      await requestAs('/api/review', user, {
        body,
        headers: { 'content-type': 'application/json', 'content-length': String(1000 * 64 * 1024) },
      }),
      noParams,
    );
    expect(res.status).toBe(413);
    expect(seen.pulled).toBe(0);
  });

  it('stops reading a body without Content-Length once it passes the limit', async () => {
    const user = await learner();
    const { body, seen } = hugeBody(1000, 8 * 1024);
    const res = await reviewRoute(
      await requestAs('/api/review', user, { body, headers: { 'content-type': 'application/json' } }),
      noParams,
    );
    expect(res.status).toBe(413);
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(4); // 16 kB limit: cut off after the third 8 kB chunk
  });
});
