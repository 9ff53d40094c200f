import { expect, test } from '@playwright/test';

test('the home page loads with a favicon and no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const icon = await page.locator('link[rel=icon]').first().getAttribute('href');
  expect(icon).toBeTruthy();
  expect((await page.request.get(icon!)).status()).toBe(200);
  expect(errors).toEqual([]);
});
