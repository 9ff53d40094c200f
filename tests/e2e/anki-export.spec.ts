import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expectNoAxeViolations, signInNewLearner } from './fixtures';

test.describe.configure({ timeout: 180_000 });

test('a learner exports a deck with their progress and gets an .apkg holding collection.anki2', async ({ page }) => {
  await signInNewLearner(page, 'anki-export');
  // Some progress to carry over: one answer through the JSON API (same session cookie).
  const queue = await page.request.get('/api/review/queue?deck=apigw-vs-alb');
  const [first] = ((await queue.json()) as { cards: { id: string }[] }).cards;
  const answered = await page.request.post('/api/review', {
    data: { cardId: first!.id, grade: 'good', reviewId: randomUUID() },
  });
  expect(answered.status()).toBe(200);

  await page.goto('/decks/apigw-vs-alb');
  const form = page.locator('form[action="/api/decks/apigw-vs-alb/anki"]');
  await form.getByRole('checkbox', { name: /With my progress/ }).check();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/anki-export-deck-desktop.png' });

  const downloading = page.waitForEvent('download');
  await form.getByRole('button', { name: /Export to Anki/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.apkg$/);
  expect(download.url()).toContain('scheduling=on');
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
  // An SQLite file (its magic header), and no media.
  expect(new TextDecoder().decode(files['collection.anki2']!.slice(0, 15))).toBe('SQLite format 3');
  expect(new TextDecoder().decode(files.media)).toBe('{}');
  // The page stays where it was.
  await expect(page).toHaveURL(/\/decks\/apigw-vs-alb$/);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/anki-export-deck-phone.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/anki-export-deck-phone-dark.png' });
});
