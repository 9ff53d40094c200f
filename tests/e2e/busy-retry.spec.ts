/**
 * Graceful overload (ADR 028), the client's side: when the server sheds a review submit (503 with
 * Retry-After), the review page says "Busy, retrying", keeps the answer, sends the same review id
 * again after Retry-After, and the review lands exactly once.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signInNewLearner } from './fixtures';

test('a review submit shed with 503 + Retry-After shows "Busy, retrying" and lands exactly once', async ({ page }) => {
  const { email } = await signInNewLearner(page, 'busy-retry');
  const sent: string[] = [];
  // Shed until the busy state has been looked at (desktop light, then a 390 px phone in dark mode).
  let shedding = true;
  await page.route('**/api/review', async (route) => {
    sent.push((JSON.parse(route.request().postData() ?? '{}') as { reviewId: string }).reviewId);
    if (shedding) {
      await route.fulfill({
        status: 503,
        headers: { 'Retry-After': '1', 'Content-Type': 'application/json' },
        body: JSON.stringify({ error: { code: 'overloaded', message: 'Delight is busy right now.' } }),
      });
    } else {
      await route.continue();
    }
  });

  await page.goto('/review');
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByText('Busy, retrying… Your answer is kept.')).toBeVisible();
  await page.screenshot({ path: 'test-results/busy-retrying-review.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.getByText('Busy, retrying… Your answer is kept.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/busy-retrying-review-phone-dark.png' });
  // Each 503 is waited out (1 s + up to 1 s of jitter); once the server admits it, the send lands and the next card shows.
  const shedSends = sent.length;
  shedding = false;
  await expect.poll(() => sent.length, { timeout: 15_000 }).toBe(shedSends + 1);
  await expect(page.getByText('Busy, retrying… Your answer is kept.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  expect(shedSends).toBeGreaterThanOrEqual(1);
  expect(new Set(sent).size).toBe(1); // every retry is the same review
  const db = new Database(path.join(process.cwd(), 'var', 'e2e', 'delight.db'), { readonly: true });
  try {
    const logged = db
      .prepare('SELECT reviewId FROM ReviewLog WHERE userId = (SELECT id FROM User WHERE email = ?)')
      .all(email) as { reviewId: string }[];
    expect(logged.map((r) => r.reviewId)).toEqual([sent[0]]);
  } finally {
    db.close();
  }
});
