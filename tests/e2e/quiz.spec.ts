import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signInNewLearner } from './fixtures';

/** Answers the current question with the keyboard only: the first option (or, for matching, the first target of every fact). */
async function answerWithKeyboard(page: Page) {
  const facts = page.locator('fieldset').filter({ has: page.locator('input[type=radio]') });
  if ((await facts.count()) > 0) {
    for (let i = 0; i < (await facts.count()); i++) {
      await facts.nth(i).locator('input[type=radio]').first().focus();
      await page.keyboard.press('Space');
    }
    await page.locator('body').focus();
  } else {
    await page.keyboard.press('1');
  }
  await page.keyboard.press('Enter');
}

test('a learner takes a 10-question quiz with the keyboard, reads the feedback, sees results by dimension and reviews the misses', async ({ page }) => {
  test.setTimeout(120_000);
  await signInNewLearner(page, 'quizzer');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(page.getByRole('heading', { name: 'Start a quiz' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start quiz' }).click();

  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await expectNoAxeViolations(page);
  for (let i = 1; i <= 10; i++) {
    await expect(page.getByText(`Question ${i} of 10`)).toBeVisible();
    await answerWithKeyboard(page);
    await expect(page.getByTestId('feedback')).toBeVisible();
    await expect(page.getByTestId('feedback')).toContainText(/Correct\.|Not quite\.|Partly right/);
    if (i === 1) {
      await expectNoAxeViolations(page);
      await page.screenshot({ path: 'test-results/quiz-feedback.png' });
    }
    await page.keyboard.press('Enter');
  }

  await expect(page.getByRole('heading', { name: 'Quiz results' })).toBeVisible();
  await expect(page.getByTestId('quiz-score')).toHaveText(/^\d+%$/);
  expect(await page.getByTestId('by-dimension').getByRole('row').count()).toBeGreaterThan(1);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/quiz-results.png', fullPage: true });

  const review = page.getByRole('link', { name: 'Review what I missed' });
  if ((await review.count()) > 0) {
    await review.click();
    await expect(page.getByRole('heading', { name: 'Review what you missed' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
  }

  await page.goto('/quiz');
  await expect(page.getByRole('table', { name: 'Your quizzes' }).getByRole('row')).toHaveCount(2);
});

test('a timed test ends by itself when the countdown reaches zero', async ({ page }) => {
  await signInNewLearner(page, 'timed');
  await page.goto('/quiz');
  await page.getByLabel(/Timed test/).check();
  await page.getByLabel('Length').selectOption({ label: '15 seconds (test)' });
  await page.getByRole('button', { name: 'Start the test' }).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).toBeVisible();
  await expectNoAxeViolations(page);
  await answerWithKeyboard(page);
  await expect(page.getByTestId('feedback')).toHaveCount(0); // no feedback in a test
  await expect(page.getByText(/1 of 10 answered/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Timed test results' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^1\/10$/)).toBeVisible();
});
