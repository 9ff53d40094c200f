import { expect, test } from '@playwright/test';
import { DEMO_INSTRUCTOR, DEMO_LEARNER, expectNoAxeViolations, signIn, uniqueEmail } from './fixtures';

test('a new learner signs up, signs out, signs in again and sees the dashboard', async ({ page }) => {
  const email = uniqueEmail('newbie');
  const password = 'correct horse battery';

  await page.goto('/sign-up');
  await page.getByLabel('Name (optional)').fill('Ada');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' })).toBeVisible();
  await page.screenshot({ path: 'test-results/dashboard.png', fullPage: true });
});

test('signing up twice with one email is refused with a clear message', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill(DEMO_LEARNER.email);
  await page.getByLabel('Password').fill('another-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('An account with this email already exists. Sign in instead.')).toBeVisible();
});

test('sign-up shows each error once, beside its field', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  const form = page.locator('main form');
  await expect(form.getByText('Enter a valid email address.')).toHaveCount(1);
  await expect(form.getByText(/8 characters/)).toHaveCount(1);
  await expect(form.getByText('Password must be at least 8 characters.')).toBeVisible();
  await expect(page.getByTestId('form-error')).toHaveCount(0);
  await expect(page.getByLabel('Email')).toBeFocused();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/i15-sign-up-errors.png', fullPage: true });

  // A taken email: one message, on the email field.
  await page.getByLabel('Email').fill(DEMO_LEARNER.email);
  await page.getByLabel('Password').fill('another-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByText(/already exists/)).toHaveCount(1);
  await expect(form.getByText('Password must be at least 8 characters.')).toHaveCount(0);
  await expect(page.getByTestId('form-error')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a wrong password shows a generic error and stays signed out', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO_LEARNER.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the sign-in page lists the demo accounts when demo data is on', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Demo accounts' })).toBeVisible();
  await expect(page.getByText('learner@example.com')).toBeVisible();
  await expect(page.getByText('delight-demo')).toBeVisible();
});

test('a learner is refused the instructor page; an instructor gets in', async ({ browser }) => {
  const learner = await browser.newPage();
  await signIn(learner, DEMO_LEARNER);
  await expect(learner.getByRole('link', { name: 'Instructor' })).toHaveCount(0);
  await learner.goto('/instructor');
  await expect(learner.getByRole('heading', { name: 'Instructors only' })).toBeVisible();
  await expect(learner.getByTestId('forbidden')).toBeVisible();

  const instructor = await browser.newPage();
  await signIn(instructor, DEMO_INSTRUCTOR);
  await instructor.getByRole('link', { name: 'Instructor' }).click();
  await expect(instructor.getByRole('heading', { name: 'Instructor', exact: true })).toBeVisible();
});

test('the sign-in page only redirects to same-site paths', async ({ page }) => {
  await signIn(page, DEMO_LEARNER, '/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2F');
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('an unknown page shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
