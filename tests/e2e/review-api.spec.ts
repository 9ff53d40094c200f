import { expect, test } from '@playwright/test';
import { signInNewLearner } from './fixtures';

test('the review JSON API: queue, idempotent submit, and clear 4xx errors', async ({ page, playwright, baseURL }) => {
  await signInNewLearner(page, 'api');
  const api = page.request;

  const queue = await api.get('/api/review/queue');
  expect(queue.status()).toBe(200);
  const body = (await queue.json()) as { cards: { id: string; front: string }[]; counts: Record<string, number> };
  expect(body.counts).toEqual({ new: 20, learning: 0, review: 0 });
  const cardId = body.cards[0]!.id;
  expect(body.cards[0]!.front.length).toBeGreaterThan(0);

  const submit = { cardId, grade: 'good', reviewId: crypto.randomUUID() };
  const first = await api.post('/api/review', { data: submit });
  expect(first.status()).toBe(200);
  const firstBody = (await first.json()) as { cardId: string; due: string; state: string };
  expect(firstBody).toMatchObject({ cardId, state: 'learning' });
  expect(new Date(firstBody.due).toISOString()).toBe(firstBody.due);
  const again = await api.post('/api/review', { data: submit });
  expect(again.status()).toBe(200);
  expect(await again.json()).toEqual(firstBody);
  expect(((await (await api.get('/api/review/queue')).json()) as { doneToday: number }).doneToday).toBe(1);

  const bad = await api.post('/api/review', { data: { cardId, grade: 'perfect', reviewId: crypto.randomUUID() } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: { code: 'invalid_input', message: 'grade: grade must be one of again, hard, good, easy.' } });
  const notJson = await api.post('/api/review', { data: 'not json', headers: { 'Content-Type': 'application/json' } });
  expect(notJson.status()).toBe(400);
  const unknown = await api.post('/api/review', { data: { cardId: 'no.such.card', grade: 'good', reviewId: crypto.randomUUID() } });
  expect(unknown.status()).toBe(404);
  expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not_found');

  const anonymous = await playwright.request.newContext({ baseURL });
  const noSession = await anonymous.post('/api/review', { data: submit });
  expect(noSession.status()).toBe(401);
  expect(await noSession.json()).toEqual({ error: { code: 'unauthenticated', message: 'Sign in first.' } });
  expect((await anonymous.get('/api/review/queue')).status()).toBe(401);
  await anonymous.dispose();
});

test('the review API refuses cross-site posts: text/plain 415, foreign Origin 403; undone replay 409', async ({ page }) => {
  await signInNewLearner(page, 'csrf');
  const api = page.request;
  const queue = (await (await api.get('/api/review/queue')).json()) as { cards: { id: string }[] };
  const cardId = queue.cards[0]!.id;
  const body = JSON.stringify({ cardId, grade: 'good', reviewId: crypto.randomUUID() });

  const plain = await api.post('/api/review', { data: body, headers: { 'Content-Type': 'text/plain' } });
  expect(plain.status()).toBe(415);
  const otherPort = await api.post('/api/review', {
    data: body,
    headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:1' },
  });
  expect(otherPort.status()).toBe(403);
  expect(((await (await api.get('/api/review/queue')).json()) as { doneToday: number }).doneToday).toBe(0);

  // In the page itself (same origin, Sec-Fetch-Site: same-origin) the API works, and an undone answer can't be replayed.
  const statuses = await page.evaluate(async (json) => {
    const post = (url: string, data: string) =>
      fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: data }).then((r) => r.status);
    const reviewId = (JSON.parse(json) as { reviewId: string }).reviewId;
    return [await post('/api/review', json), await post('/api/review/undo', JSON.stringify({ reviewId })), await post('/api/review', json)];
  }, body);
  expect(statuses).toEqual([200, 200, 409]);
});
