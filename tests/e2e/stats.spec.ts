import { expect, test } from '@playwright/test';
import { DEMO_LEARNER, expectNoAxeViolations, signIn, signInNewLearner } from './fixtures';

test('the stats page charts the demo learner’s history', async ({ page }) => {
  await signIn(page, DEMO_LEARNER);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats' }).click();
  await expect(page.getByRole('heading', { name: 'Stats', level: 1 })).toBeVisible();
  expect(Number(await page.getByTestId('total-reviews').innerText())).toBeGreaterThan(100);
  await expect(page.getByTestId('streak')).toHaveText(/^[1-9]\d* days?$/);
  await expect(
    page
      .getByRole('img', { name: /Reviews per day over the last year/ })
      .locator('svg rect')
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole('img', { name: /^Cards due per day/ })
      .locator('.recharts-bar-rectangle')
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /^Cards by state/ })).toContainText('review');
  await expect(page.getByRole('img', { name: /^By day/ }).locator('.recharts-line')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Routing' })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/stats.png', fullPage: true });
  await expectNoAxeViolations(page);
});

test('a new learner sees empty states, not broken charts', async ({ page }) => {
  await signInNewLearner(page, 'stats');
  await page.goto('/stats');
  await expect(page.getByTestId('total-reviews')).toHaveText('0');
  await expect(page.getByTestId('streak')).toHaveText('0 days');
  await expect(page.getByTestId('retention-empty')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('on a 390 px phone /stats fits the screen: no sideways scroll, the heatmap opens on recent weeks, mastery bars show numbers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO_LEARNER);
  await page.goto('/stats');
  await expect(page.getByRole('heading', { name: 'Stats', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const scroller = page.locator('.react-activity-calendar__scroll-container');
  await expect
    .poll(() =>
      scroller.evaluate(
        (el) => el.scrollWidth > el.clientWidth && el.scrollLeft + el.clientWidth >= el.scrollWidth - 1,
      ),
    )
    .toBe(true);
  await expect(page.locator('.recharts-label-list').first()).toContainText('%');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/phone-stats-after-${scheme}.png`, fullPage: true });
  }
  await expectNoAxeViolations(page);
});

test('a card suspended in the card browser leaves the due forecast, as in Anki', async ({ page }) => {
  await signInNewLearner(page, 'forecast');
  await page.goto('/review');
  await page.getByRole('button', { name: /Show answer/ }).click();
  const front = (await page.locator('.markdown').first().innerText()).trim().split('\n')[0]!;
  await page.getByRole('button', { name: /^Easy/ }).click();
  await expect(page.getByText('1 done', { exact: false })).toBeVisible();

  // The forecast chart names every day's count in its label: the answered card is due once in the next 30 days.
  const dueInForecast = async () => {
    await page.goto('/stats');
    const label = await page.getByRole('img', { name: /^Cards due per day/ }).getAttribute('aria-label');
    return [...(label ?? '').matchAll(/ (\d+)(?:,|$)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  };
  expect(await dueInForecast()).toBe(1);

  await page.goto(`/cards?q=${encodeURIComponent(front.slice(0, 30))}`);
  const item = page.getByTestId('browser-card').filter({ hasText: front });
  await item.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Card suspended.' })).toBeVisible();

  expect(await dueInForecast()).toBe(0);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/stats-forecast-suspended-phone-dark.png', fullPage: true });
});
