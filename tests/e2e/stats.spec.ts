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
