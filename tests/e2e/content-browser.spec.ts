import { expect, test } from '@playwright/test';
import { DEMO_LEARNER, expectNoAxeViolations, signIn } from './fixtures';

test('the comparison page shows API Gateway and ALB side by side for all 17 dimensions, with sources', async ({ page }) => {
  await signIn(page, DEMO_LEARNER);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decks' }).click();
  await page.getByRole('link', { name: /API Gateway vs/ }).first().click();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Dimension', 'API Gateway', 'ALB', 'Nuance']);
  await expect(table.getByRole('rowheader')).toHaveCount(17);
  const auth = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Auth/ }) });
  await expect(auth.getByText(/OIDC/).first()).toBeVisible();
  const sourceLink = auth.getByRole('link').first();
  await expect(sourceLink).toHaveAttribute('href', /^https:\/\/(docs\.)?aws\.amazon\.com\//);
  // the knowledge base's facts, the ones the quiz asks and the grader checks, sit under each side
  const checked = auth.getByTestId('checked-facts').nth(1);
  await checked.getByText(/^Checked facts \(\d+\)$/).click();
  await expect(checked).toContainText('authenticate-oidc');
  await expect(checked.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/(docs\.)?aws\.amazon\.com\//);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/comparison.png', fullPage: false });
});

test('decks list their cards and the misconceptions page lists the traps', async ({ page }) => {
  await signIn(page, DEMO_LEARNER);
  await page.goto('/decks');
  await expect(page.getByRole('heading', { name: 'Card decks' })).toBeVisible();
  await page.getByRole('link', { name: 'Limits and numbers' }).click();
  await expect(page.getByRole('heading', { name: 'Limits and numbers', level: 1 })).toBeVisible();
  expect(await page.getByRole('listitem').filter({ hasText: '#' }).count()).toBeGreaterThanOrEqual(15);
  await expectNoAxeViolations(page);

  await page.goto('/misconceptions');
  await expect(page.getByRole('heading', { name: /API Gateway is serverless/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /ALB can.t authenticate/i })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an unknown deck is a 404', async ({ page }) => {
  await signIn(page, DEMO_LEARNER);
  const response = await page.goto('/decks/no-such-deck');
  expect(response?.status()).toBe(404);
});
