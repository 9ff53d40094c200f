/**
 * Issue 17: open redirects after sign-in (§1), sessions that end on sign-out (§4), "Sign out
 * everywhere" (§4) and admin-issued reset links (§13), against the real server and real cookies.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { DEMO_LEARNER, expectNoAxeViolations, signIn, signInNewLearner } from './fixtures';

// Every test signs up its own learner, so the tests may run on different workers at once: the
// suite's wall time is bounded by its longest file otherwise (ADR 008).
test.describe.configure({ mode: 'parallel' });

const DEMO_ADMIN = { email: 'admin@example.com', password: 'delight-demo' };

async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  return (await browser.newContext(options)).newPage();
}

test('a callback URL with a tab, newline, CR or non-Latin-1 character lands on our dashboard, never a 500', async ({
  page,
}) => {
  // Through the form: the tab trick that used to land on //evil.example.
  await signIn(page, DEMO_LEARNER, '/sign-in?callbackUrl=%2F%09%2Fevil.example%2Fphish');
  await expect(page).toHaveURL(`${baseURL}/dashboard`);
  // Signed in, the page redirects at once.
  for (const callback of [
    '%2F%09%2Fevil.example',
    '%2F%0A%2Fevil.example',
    '%2F%0D%0ASet-Cookie%3Ax',
    '%2F%E4%B8%AD',
    '%2F%5Cevil.example',
  ]) {
    const response = await page.goto(`/sign-in?callbackUrl=${callback}`);
    expect(response?.status(), callback).toBe(200);
    await expect(page).toHaveURL(`${baseURL}/dashboard`);
  }
});

test('a session cookie copied before sign-out stops working, on the API and on /api/auth/session', async ({
  page,
  playwright,
}) => {
  await signInNewLearner(page, 'copied');
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith('next-auth.session-token'));
  expect(session).toBeDefined();
  const cookie = `${session!.name}=${session!.value}`;
  const thief = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie } });
  expect((await thief.get('/api/review/queue')).status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();

  expect((await thief.get('/api/review/queue')).status()).toBe(401);
  const renewed = await thief.get('/api/auth/session');
  expect(await renewed.json()).toEqual({});
  const dashboard = await thief.get('/dashboard', { maxRedirects: 0 });
  expect(dashboard.status()).toBe(307);
  expect(dashboard.headers().location).toMatch(/\/sign-in\?callbackUrl=%2Fdashboard/);
  await thief.dispose();
});

test('"Sign out everywhere" in the account menu ends the session in another browser too', async ({ browser }) => {
  const phone = await newPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
  const account = await signInNewLearner(phone, 'everywhere');
  const laptop = await newPage(browser);
  await signIn(laptop, account);

  await laptop.getByRole('button', { name: 'Account' }).click();
  await expect(laptop.getByText(`Signed in as ${account.email}`)).toBeVisible();
  await expectNoAxeViolations(laptop);
  await laptop.screenshot({ path: 'test-results/i17-account-menu-desktop.png' });
  await phone.getByRole('button', { name: 'Account' }).click();
  await phone.screenshot({ path: 'test-results/i17-account-menu-phone-dark.png' });
  await phone.keyboard.press('Escape');
  await expect(phone.getByRole('button', { name: 'Sign out everywhere' })).toBeHidden();

  await laptop.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(laptop.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await phone.goto('/review');
  await expect(phone).toHaveURL(/\/sign-in\?callbackUrl=%2Freview/);
});

test('an admin makes a one-time reset link; it sets a new password once and ends the user’s sessions', async ({
  browser,
}) => {
  test.setTimeout(150_000); // three browsers and two axe runs on a shared machine
  const user = await newPage(browser);
  const account = await signInNewLearner(user, 'forgot');

  const admin = await newPage(browser);
  await signIn(admin, DEMO_ADMIN);
  await admin.goto(`/admin/users?q=${encodeURIComponent(account.email)}`);
  const row = admin.getByRole('row').filter({ hasText: account.email });
  admin.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: /^Reset link/ }).click();
  const field = admin.getByLabel(`Reset link for ${account.email}: shown once, works once, for 24 hours`);
  const link = await field.inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL}/reset-password/[A-Za-z0-9_-]{43}$`));
  await expectNoAxeViolations(admin);
  await admin.screenshot({ path: 'test-results/i17-admin-reset-link.png', fullPage: true });
  await admin.reload();
  await expect(admin.getByText(link)).toHaveCount(0); // shown once

  const visitor = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await visitor.goto(new URL(link).pathname);
  await visitor.getByLabel('New password').fill('password123');
  await visitor.getByRole('button', { name: 'Set new password' }).click();
  await expect(visitor.getByText('This is one of the most common passwords. Choose another.')).toBeVisible();
  await visitor.getByLabel('New password').fill('a fresh long passphrase');
  await visitor.getByRole('button', { name: 'Set new password' }).click();
  await expect(visitor.getByRole('status')).toContainText('Your password is set');
  await expectNoAxeViolations(visitor);
  await visitor.screenshot({ path: 'test-results/i17-reset-done-phone.png', fullPage: true });

  // The user's old session has ended; the new password works; the link is spent.
  await user.goto('/review');
  await expect(user).toHaveURL(/\/sign-in/);
  await signIn(user, { email: account.email, password: 'a fresh long passphrase' });
  await visitor.goto(new URL(link).pathname);
  await expect(visitor.getByTestId('reset-unusable')).toBeVisible();
});
