import { expect, test } from '@playwright/test';
import { DEMO_LEARNER, expectNoAxeViolations, setStudiedCardsDue, signIn, signInNewLearner } from './fixtures';

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
  await page.getByRole('combobox', { name: 'Time zone' }).fill('UTC');
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

test('learning cards come back in the same session without a reload; the summary counts cards and answers', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.install(); // the browser's clock, so the session's wait can be fast-forwarded
  const account = await signInNewLearner(page, 'learning-steps');
  await page.goto('/review/settings');
  await page.getByLabel('New cards per day').fill('1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  await page.goto('/review');
  await expect(page.getByText(/once it is shown, Space grades it Good/)).toBeVisible();
  await expect(page.getByText('0 done, 1 left today')).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('1'); // Again: a learning step a minute away
  // It comes back at once; the total stays 1 and the label says why the card is here again.
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  await expect(page.getByText('0 done, 1 left today (+1 learning card came back)')).toBeVisible();

  // A step further away than the session pulls forward: the page waits for it instead of saying "All done".
  setStudiedCardsDue(account.email, new Date(Date.now() + 30 * 60_000));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Done for now' })).toBeVisible();
  await expect(page.getByText('All done for today')).toHaveCount(0);
  await expect(page.getByTestId('next-due')).toHaveText(
    /^1 learning card comes back in (29|30) minutes\. Stay on this page: it appears here when due\.$/,
  );
  await page.screenshot({ path: 'test-results/i15-review-waiting.png' });
  await expectNoAxeViolations(page);

  setStudiedCardsDue(account.email, new Date(Date.now() - 1_000));
  await page.clock.fastForward('31:00');
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible(); // no reload
  await page.keyboard.press('Space');
  await page.keyboard.press('1'); // Again: back in a minute, in this session
  await expect(page.getByTestId('answer')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  await expect(page.getByText('0 done, 1 left today (+1 learning card came back)')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  await page.keyboard.press('4'); // Easy: done for today

  await expect(page.getByRole('heading', { name: 'All done for today' })).toBeVisible();
  await expect(page.getByTestId('summary-cards')).toHaveText('1');
  await expect(page.getByTestId('summary-answers')).toHaveText('2'); // one card, answered twice this session
  await expect(page.getByTestId('next-due')).toContainText(/The next card is due (tomorrow|in \d+ (hours|days))/);
  await page.screenshot({ path: 'test-results/i15-review-summary.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/i15-review-summary-phone-dark.png' });
  await expectNoAxeViolations(page);
});

test('right after the app starts, the demo learner has a session’s worth of cards due', async ({ page }) => {
  await signIn(page, DEMO_LEARNER);
  const count = await page.getByTestId('review-count').innerText();
  expect(Number(count.match(/^(\d+) cards?$/)?.[1])).toBeGreaterThanOrEqual(12); // DEMO_SESSION_CARDS
  await page.goto('/review');
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
});
