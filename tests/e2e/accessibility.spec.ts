import { expect, test } from '@playwright/test';
import { DEMO_LEARNER, expectNoAxeViolations, signIn } from './fixtures';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('home and sign-in pages have no axe violations', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto('/sign-in');
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('the dashboard has no axe violations', async ({ page }) => {
      await signIn(page, DEMO_LEARNER);
      await page.goto('/dashboard');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/dashboard-${colorScheme}.png`, fullPage: true });
    });
  });
}

test('the axe check fails on a page with a known violation (the helper every journey uses can fail)', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'Barely readable';
    faint.style.cssText = 'color:#eeeeee;background:#ffffff';
    document.querySelector('main')?.append(faint);
  });
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
});

test('the layout fits a phone screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, DEMO_LEARNER);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
