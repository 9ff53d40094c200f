import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_LEARNER = { email: 'learner@example.com', password: 'delight-demo' };
export const DEMO_INSTRUCTOR = { email: 'instructor@example.com', password: 'delight-demo' };

export async function signIn(
  page: Page,
  account: { email: string; password: string },
  path = '/sign-in',
): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** A fresh, unique learner email for tests that create accounts. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

/** Runs axe (WCAG 2.1 A/AA) on the current page and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Signs up a brand-new learner through the UI and lands on the dashboard. */
export async function signUpNewLearner(page: Page, prefix: string): Promise<{ email: string; password: string }> {
  const account = { email: uniqueEmail(prefix), password: 'review-password-1' };
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return account;
}
