import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, setBuriedUntil, signInNewLearner } from './fixtures';

// Long journeys on a shared 2-core machine: the default 60 s is too tight for them. Every test signs
// up its own learner, so the tests may run on both workers at once (ADR 008).
test.describe.configure({ timeout: 180_000, mode: 'parallel' });

/** The front of the card shown in the review, as text. */
const shownFront = async (page: Page) => {
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  return (await page.locator('.markdown').first().innerText()).trim();
};
/** Waits until the review shows another card than `front` (the queue is fetched again after a mark). */
const expectAnotherCard = async (page: Page, front: string) => {
  await expect(page.locator('.markdown').first()).not.toHaveText(front);
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
};
/** Waits until the review shows `front` again. */
const expectCard = async (page: Page, front: string) => {
  await expect(page.locator('.markdown').first()).toHaveText(front);
};
/** Enough of a front to find it again in the browser's plain-text list. */
const start = (front: string) => front.split('\n')[0]!.slice(0, 30);

test('suspend a card with @ from the review, undo, suspend again, then find it in the card browser and unsuspend it', async ({
  page,
}) => {
  await signInNewLearner(page, 'suspender');
  await page.goto('/review');
  await expect(page.getByText('20 left today')).toBeVisible();
  const front = await shownFront(page);

  await page.keyboard.press('@');
  await expect(page.getByText(/Card suspended/)).toBeVisible();
  await expectAnotherCard(page, front);
  // a suspended new card doesn't use up the day's new cards: the next one takes its place
  await expect(page.getByText('20 left today')).toBeVisible();

  // Ctrl+Z takes the suspension back: the card is shown again, first
  await page.keyboard.press('Control+z');
  await expect(page.getByText(/Undone: Card unsuspended/)).toBeVisible();
  await expectCard(page, front);

  await page.getByRole('button', { name: /Suspend/ }).click();
  await expect(page.getByText(/Card suspended/)).toBeVisible();
  await expectAnotherCard(page, front);

  // The browser, from the navigation, filtered to suspended cards
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cards' }).click();
  await expect(page.getByRole('heading', { name: 'Cards', level: 1 })).toBeVisible();
  await page.getByLabel('Show').selectOption('suspended');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/filter=suspended/);
  const item = page.getByRole('listitem').filter({ hasText: start(front) });
  await expect(page.getByTestId('browser-card')).toHaveCount(1);
  await expect(item.getByText('Suspended', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard: focus Unsuspend and press Enter
  await item.getByRole('button', { name: 'Unsuspend' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Card unsuspended.' })).toBeVisible();
  await expect(page.getByText('No card matches this search.')).toBeVisible();
  // Undo in the browser puts the suspension back; unsuspend again
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(page.getByTestId('browser-card')).toHaveCount(1);
  await page.getByRole('button', { name: 'Unsuspend' }).click();
  await expect(page.getByText('No card matches this search.')).toBeVisible();

  // Back in the review it is the first card again
  await page.goto('/review');
  expect(await shownFront(page)).toBe(front);
  await expect(page.getByText('20 left today')).toBeVisible();
});

test('bury a card with - and it is gone until the next study day', async ({ page }) => {
  const account = await signInNewLearner(page, 'burier');
  await page.goto('/review');
  const front = await shownFront(page);
  await page.keyboard.press('-');
  await expect(page.getByText(/Card buried until your next study day/)).toBeVisible();
  await expectAnotherCard(page, front);

  // Still gone after a reload (the server keeps it out), listed as buried until 04:00 next day (UTC, the default rollover)
  await page.reload();
  expect(await shownFront(page)).not.toBe(front);
  await page.goto('/cards?filter=buried');
  const item = page.getByRole('listitem').filter({ hasText: start(front) });
  await expect(page.getByTestId('browser-card')).toHaveCount(1);
  await expect(item.getByText(/Buried until \d{4}-\d\d-\d\d 04:00/)).toBeVisible();

  // The learner's next study day comes: the card is back
  setBuriedUntil(account.email, new Date(Date.now() - 60_000));
  await page.goto('/review');
  expect(await shownFront(page)).toBe(front);
  await expect(page.getByText('20 left today')).toBeVisible();
});

test('flag a card with Ctrl+1 in the review and filter the card browser by flag', async ({ page }) => {
  await signInNewLearner(page, 'flagger');
  await page.goto('/review');
  const front = await shownFront(page);
  await page.keyboard.press('Control+1');
  await expect(page.getByText('Flagged red.', { exact: false })).toBeVisible();
  await expect(page.getByText('Red flag')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/review-flagged.png', fullPage: true });
  // Ctrl+1 again clears it (Anki's toggle), Ctrl+Z puts it back
  await page.keyboard.press('Control+1');
  await expect(page.getByText('Flag removed.', { exact: false })).toBeVisible();
  await expect(page.getByText('Red flag')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Red flag')).toBeVisible();

  await page.goto('/cards');
  await page.getByLabel('Flag', { exact: true }).selectOption('1');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/flag=1/);
  await expect(page.getByTestId('browser-card')).toHaveCount(1);
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: start(front) })
      .getByText('Red flag'),
  ).toBeVisible();
  await page.goto('/cards?flag=2');
  await expect(page.getByText('No card matches this search.')).toBeVisible();
});

test('study one deck now from its page: only that deck, counted against the daily new-card limit', async ({ page }) => {
  await signInNewLearner(page, 'deckstudy');
  await page.goto('/review');
  const dailyFirst = await shownFront(page);

  await page.goto('/decks');
  const deckLinks = page.locator('a[href^="/decks/"]');
  await deckLinks.nth(1).click();
  await expect(page).toHaveURL(/\/decks\/[^/]+$/);
  const title = await page.getByRole('heading', { level: 1 }).innerText();
  const deckFirst = (await page.locator('ol > li .markdown').first().innerText()).trim();
  await page.getByRole('link', { name: 'Study this deck now' }).click();
  await expect(page).toHaveURL(/\/review\?deck=/);
  await expect(page.getByRole('heading', { name: `Study ${title}` })).toBeVisible();
  const front = await shownFront(page);
  expect(front).toBe(deckFirst);
  expect(front).not.toBe(dailyFirst);
  await expectNoAxeViolations(page);

  await page.keyboard.press('Space');
  await page.keyboard.press('4');
  await expect(page.getByText(/1 done/)).toBeVisible();
  await expectAnotherCard(page, front);

  // The answer counts against today's new cards: the daily review has one new card fewer
  await page.goto('/review');
  await expect(page.getByText('19 left today')).toBeVisible();
  await page.goto('/review?deck=no-such-deck');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('card browser screenshots: desktop, 390 px phone, dark; empty search; no sideways scroll', async ({ page }) => {
  await signInNewLearner(page, 'browser');
  await page.goto('/review');
  const front = await shownFront(page);
  await page.keyboard.press('Control+4');
  await expect(page.getByText('Blue flag')).toBeVisible();
  await page.keyboard.press('-');
  await expect(page.getByText(/Card buried/)).toBeVisible();
  await expectAnotherCard(page, front);
  await page.keyboard.press('@');
  await expect(page.getByText(/Card suspended/)).toBeVisible();

  await page.goto('/cards');
  await expect(page.getByText(/^\d+ cards( ·|$)/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible();
  await expect(page.getByTestId('browser-card')).toHaveCount(25);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/card-browser-desktop.png' });
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/page 2 of/)).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/cards');
  await expect(page.getByTestId('browser-card').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/card-browser-phone.png', fullPage: false });

  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/card-browser-phone-dark.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/cards?q=zzzz-nothing');
  await expect(page.getByText('No card matches this search.')).toBeVisible();
  await page.goto('/cards');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/card-browser-dark.png' });
});
