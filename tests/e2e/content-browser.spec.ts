import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEMO_LEARNER, expectNoAxeViolations, signIn } from './fixtures';

const DIMENSIONS = (parse(readFileSync('content/comparisons/apigw-vs-alb.yaml', 'utf8')) as { dimensions: unknown[] })
  .dimensions;

test('the comparison page shows API Gateway and ALB side by side for every dimension, with quoted sources', async ({
  page,
}) => {
  await signIn(page, DEMO_LEARNER);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decks' }).click();
  await page
    .getByRole('link', { name: /API Gateway vs/ })
    .first()
    .click();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Dimension', 'API Gateway', 'ALB', 'Nuance']);
  // the 17 contract dimensions and those added since (operations, quotas, latency, WebSocket APIs, streaming…)
  await expect(table.getByRole('rowheader')).toHaveCount(DIMENSIONS.length);
  await expect(table.getByRole('rowheader', { name: 'WebSocket APIs' })).toBeVisible();
  const quotas = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Quotas/ }) });
  await expect(quotas.getByText(/100 rules/).first()).toBeVisible();
  // a source added since issue 14 quotes its page: the quote shows on hover
  await expect(quotas.locator('a[title]').first()).toHaveAttribute('title', /^“.+”$/);
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

test('prices written with a tilde are not struck through on the misconceptions page', async ({ page }) => {
  await signIn(page, DEMO_LEARNER);
  await page.goto('/misconceptions');
  const entry = page.locator('li#pay-per-use-is-cheaper');
  // the real correction has "(~259 million a month)" and "(~$16 a month)": a pair of single tildes
  await expect(entry).toContainText('(~259 million a month)');
  await expect(entry).toContainText('(~$16 a month)');
  await expect(entry.locator('del, s')).toHaveCount(0);
  await entry.scrollIntoViewIfNeeded();
  await entry.screenshot({ path: 'test-results/i15-tilde-misconception.png' });
  await expectNoAxeViolations(page);
});

test('an unknown deck is a 404', async ({ page }) => {
  await signIn(page, DEMO_LEARNER);
  const response = await page.goto('/decks/no-such-deck');
  expect(response?.status()).toBe(404);
});
