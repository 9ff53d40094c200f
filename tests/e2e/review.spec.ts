import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signInNewLearner } from './fixtures';

test('a learner reviews 5 cards with the keyboard only, undoes one, finishes and sees the summary', async ({ page }) => {
  await signInNewLearner(page, 'reviewer');
  await expect(page.getByTestId('review-count')).toHaveText('20 cards');

  await page.goto('/review/settings');
  await page.getByLabel('New cards per day').fill('5');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  await page.goto('/review');
  await expect(page.getByText('5 left today')).toBeVisible();
  await expectNoAxeViolations(page);

  const answerOne = async () => {
    await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
    const front = await page.locator('.markdown').first().innerText();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Easy/ })).toContainText(/\d+(d|mo)/);
    await page.keyboard.press('4');
    await expect(page.getByTestId('answer')).toHaveCount(0);
    return front;
  };

  await answerOne();
  await answerOne();
  const third = await answerOne();
  await expect(page.getByText('3 done, 2 left today')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(page.getByText('2 done, 3 left today')).toBeVisible();
  await expect(page.locator('.markdown').first()).toHaveText(third);

  await answerOne();
  await answerOne();
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('4');

  await expect(page.getByRole('heading', { name: /All done for today/ })).toBeVisible();
  await expect(page.getByTestId('summary-cards')).toHaveText('5');
  await expect(page.getByTestId('next-due')).toContainText(/The next card is due in \d+ days?/);
  await page.screenshot({ path: 'test-results/review-summary.png' });
  await expectNoAxeViolations(page);

  await page.goto('/dashboard');
  await expect(page.getByTestId('review-count')).toHaveText('0 cards');
});

test('the interview date caps every interval and shows the daily forecast', async ({ page }) => {
  await signInNewLearner(page, 'interviewee');
  await page.goto('/review');
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('4'); // Easy: normally several days away
  await expect(page.getByText('1 done')).toBeVisible();

  const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await page.goto('/review/settings');
  await page.getByLabel('Time zone').fill('UTC');
  await page.getByLabel('Interview date').fill(inThreeDays);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('heading', { name: `Until your interview (${inThreeDays})` })).toBeVisible();
  const forecast = page.getByTestId('interview-forecast');
  await expect(forecast.getByRole('row')).toHaveCount(4); // header + 3 days
  await expectNoAxeViolations(page);

  await page.goto('/review');
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /^Easy/ })).toContainText(/^Easy 4\s*(\d+h|[12]d)$/);
});
