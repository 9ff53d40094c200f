import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signInNewLearner } from './fixtures';

const checklist = (page: Page) => page.getByTestId('getting-started');
const step = (page: Page, label: string) => checklist(page).getByRole('listitem').filter({ hasText: label });

async function expectTicked(page: Page, done: string[]) {
  await page.goto('/dashboard');
  await expect(page.getByText(`${done.length} of 4 done`)).toBeVisible();
  for (const label of [
    'Set your interview date',
    'Pick your decks',
    'Start your first review',
    'Try a mock interview',
  ]) {
    await expect(step(page, label)).toHaveAttribute('data-done', String(done.includes(label)));
  }
}

test('a new account’s dashboard guides the first steps and ticks each one from what the learner really did', async ({
  page,
}) => {
  await signInNewLearner(page, 'guided');
  await expect(page.getByRole('heading', { name: 'Get started' })).toBeVisible();
  await expectTicked(page, []);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/i15-getting-started-desktop.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/i15-getting-started-phone-dark.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light' });

  // Each link leads to where the step is done.
  await checklist(page).getByRole('link', { name: 'Set your interview date' }).click();
  await expect(page).toHaveURL(/\/review\/settings$/);
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Interview date').fill(inAMonth);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expectTicked(page, ['Set your interview date']);

  await checklist(page).getByRole('link', { name: 'Pick your decks' }).click();
  await expect(page).toHaveURL(/\/review\/settings#decks$/);
  await page.getByRole('group', { name: 'Decks to study' }).getByRole('checkbox').first().uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expectTicked(page, ['Set your interview date', 'Pick your decks']);

  await checklist(page).getByRole('link', { name: 'Start your first review' }).click();
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  await page.keyboard.press('4'); // Easy: the card leaves the session, so it counts as done (Good would come back)
  await expect(page.getByText('1 done')).toBeVisible();
  await expectTicked(page, ['Set your interview date', 'Pick your decks', 'Start your first review']);
  await page.screenshot({ path: 'test-results/i15-getting-started-3-of-4.png', fullPage: true });

  await checklist(page).getByRole('link', { name: 'Try a mock interview' }).click();
  await page.getByRole('radio', { name: /^Practice/ }).check();
  await page.getByRole('radio', { name: '15 minutes' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\/mock\/[a-z0-9]+$/);

  // All four done: the checklist steps aside.
  await page.goto('/dashboard');
  await expect(page.getByTestId('review-count')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Get started' })).toHaveCount(0);
});
