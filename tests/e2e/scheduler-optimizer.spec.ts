import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, seedSimulatedHistory, signInNewLearner } from './fixtures';

test('a learner with enough history optimizes their scheduler and sees both figures', async ({ page }) => {
  const account = await signInNewLearner(page, 'optimizer');
  await page.goto('/review/settings');
  const panel = page.getByRole('region', { name: 'Scheduler fitted to your memory' });
  await expect(panel.getByTestId('optimizer-not-offered')).toContainText('400 more reviews');
  await expect(panel.getByRole('button', { name: 'Optimize my scheduler' })).toHaveCount(0);

  const answers = seedSimulatedHistory(account.email);
  expect(answers).toBeGreaterThanOrEqual(400);
  await page.reload();
  await expect(panel).toContainText('the FSRS defaults');
  await panel.getByRole('button', { name: 'Optimize my scheduler' }).click();

  const figures = panel.getByTestId('optimizer-figures');
  await expect(figures).toBeVisible({ timeout: 30_000 });
  await expect(panel).toContainText('so the scheduler now uses them');
  await expect(panel).toContainText('parameters fitted to you');
  await expect(figures.getByRole('row', { name: /In use before/ })).toContainText(/0\.\d{4}/);
  await expect(figures.getByRole('row', { name: /Fitted to you/ })).toContainText(/0\.\d{4}/);
  const preview = panel.getByTestId('reschedule-preview');
  await expect(preview).toContainText(/would move \d+ of your \d+ cards in review/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/scheduler-optimizer-desktop.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 390, height: 844 });
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/scheduler-optimizer-phone-dark.png', fullPage: true });
  await expectNoAxeViolations(page);

  // Rescheduling is the learner's choice, after a confirmation.
  page.once('dialog', (dialog) => void dialog.accept());
  await preview.getByRole('button', { name: /^Reschedule \d+ cards$/ }).click();
  await expect(preview).toContainText('All your cards in review are scheduled with your parameters.', {
    timeout: 30_000,
  });
});
