import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

/** Nothing on a public page writes or shows anyone's data: no forms, no sign-out, a way to sign up. */
async function expectSignedOutReading(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await expect(page.locator('form')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Create a free account|Sign up/ }).first()).toBeVisible();
}

test('a signed-out visitor flips the landing page’s sample card, reads the comparison, the misconceptions and sample cards; /dashboard, /review and /stats still ask to sign in', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const card = page.getByTestId('sample-card');
  await expect(card).toHaveCount(1);
  const show = card.getByRole('button', { name: 'Show answer' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(card.getByRole('button', { name: 'Hide answer' })).toHaveAttribute('aria-expanded', 'true');
  await expect(card.getByRole('heading', { name: 'Answer' })).toBeAttached();
  await expectSignedOutReading(page);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/landing-desktop.png', fullPage: true });

  await page.getByRole('link', { name: /API Gateway vs ALB, dimension by dimension/ }).click();
  await expect(page).toHaveURL(/\/compare\/apigw-vs-alb$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectSignedOutReading(page);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/compare-signed-out.png', fullPage: false });

  await page.goto('/misconceptions');
  await expect(page.getByRole('heading', { name: 'Misconceptions', level: 1 })).toBeVisible();
  await expect(page.locator('#serverless-means-better')).toBeVisible();
  await expect(page.locator('#alb-has-no-auth')).toBeVisible();
  await expectSignedOutReading(page);
  await expectNoAxeViolations(page);

  await page.goto('/sample-cards');
  await expect(page.getByRole('heading', { name: 'Sample cards', level: 1 })).toBeVisible();
  expect(await page.getByTestId('sample-card').count()).toBeGreaterThanOrEqual(3);
  await page.getByTestId('sample-card').nth(1).getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByTestId('sample-card').nth(1).getByRole('button', { name: 'Hide answer' })).toBeVisible();
  await expectSignedOutReading(page);
  await expectNoAxeViolations(page);

  for (const path of ['/dashboard', '/review', '/stats']) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}`));
  }
});

test.describe('the landing page on a phone and in dark mode', () => {
  test('shows the live card at 390 px without sideways scrolling, and in dark mode, with no axe violations', async ({
    browser,
  }) => {
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto('/');
    await expect(phone.getByTestId('sample-card')).toBeVisible();
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    await phone.screenshot({ path: 'test-results/landing-phone.png', fullPage: true });
    await phone.close();

    const dark = await (await browser.newContext({ colorScheme: 'dark' })).newPage();
    await dark.goto('/');
    await dark.getByTestId('sample-card').getByRole('button', { name: 'Show answer' }).click();
    await expectNoAxeViolations(dark);
    await dark.screenshot({ path: 'test-results/landing-dark.png', fullPage: true });
    await dark.close();
  });
});
