import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signInNewLearner } from './fixtures';

// Every test signs up its own learner, so the tests may run on different workers at once: the
// suite's wall time is bounded by its longest file otherwise (ADR 008).
test.describe.configure({ mode: 'parallel' });

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

test('a learner takes a 10-question quiz with the keyboard, reads the feedback, sees results by dimension and reviews the misses', async ({
  page,
}) => {
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

/** Starts a 5-question practice quiz on the "observability" dimension: its five questions, one of them matching. */
async function startObservabilityQuiz(page: Page, mode: 'practice' | 'timed' = 'practice') {
  await page.goto('/quiz');
  if (mode === 'timed') await page.getByLabel(/Timed test/).check();
  await page.getByLabel('Questions').selectOption('5');
  await page.getByLabel('Focus').selectOption('dimension:observability');
  await page.getByRole('button', { name: mode === 'timed' ? 'Start the test' : 'Start quiz' }).click();
  await expect(page.getByText(/Question 1 of 5/)).toBeVisible();
}

test("quiz matching: the targets carry the prompt's (a)/(b) and feedback marks the learner's wrong picks", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInNewLearner(page, 'matcher');
  await startObservabilityQuiz(page);
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Question ${i} of 5`)).toBeVisible();
    const facts = page.getByTestId('match-fact');
    if ((await facts.count()) > 0) {
      await expect(page.locator('main')).toContainText('(a)');
      await expect(facts.first().getByLabel(/\(a\)$/)).toBeVisible();
      await expect(facts.first().getByLabel(/\(b\)$/)).toBeVisible();
      // every fact paired with (a): at least one is wrong, and that pick is marked as the learner's
      for (let f = 0; f < (await facts.count()); f++)
        await facts
          .nth(f)
          .getByLabel(/\(a\)$/)
          .check();
      await page.getByRole('button', { name: /Check answer/ }).click();
      await expect(page.getByTestId('feedback')).toBeVisible();
      const wrong = facts.filter({ hasText: '✗ your pick' });
      expect(await wrong.count()).toBeGreaterThan(0);
      await expect(wrong.first().locator('label', { hasText: '✗ your pick' })).toContainText('(a)');
      await expect(wrong.first()).toContainText('✓ right answer');
      await expectNoAxeViolations(page);
      await page.screenshot({ path: 'test-results/quiz-matching-feedback.png', fullPage: true });
    } else {
      await answerWithKeyboard(page);
      await expect(page.getByTestId('feedback')).toBeVisible();
    }
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Quiz results' })).toBeVisible();
});

test('quiz results: "only what I missed" hides the right answers and matching answers read as pairs', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInNewLearner(page, 'missed');
  await startObservabilityQuiz(page);
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Question ${i} of 5`)).toBeVisible();
    await answerWithKeyboard(page);
    await expect(page.getByTestId('feedback')).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Quiz results' })).toBeVisible();
  const questions = page.locator('section[aria-labelledby=questions-heading] h3');
  await expect(questions).toHaveCount(5);

  const pairs = page.getByRole('list', { name: 'Your pairs' });
  await expect(pairs).toHaveCount(1);
  expect(await pairs.getByRole('listitem').count()).toBeGreaterThan(1);
  await expect(pairs.getByRole('listitem').first()).not.toContainText(';');

  const filter = page.getByRole('navigation', { name: 'Which questions' });
  const missedLink = filter.getByRole('link', { name: /Only what I missed/ });
  const missed = Number((await missedLink.textContent())!.match(/\((\d+)\)/)![1]);
  const right = await page
    .locator('section[aria-labelledby=questions-heading] p', { hasText: /^\d+\. Right$/ })
    .count();
  expect(missed + right).toBe(5);
  expect(missed).toBeGreaterThan(0); // the matching question paired everything with (a): not all right
  await missedLink.click();
  await expect(page).toHaveURL(/show=missed/);
  await expect(page.getByRole('heading', { name: 'What I missed, explained' })).toBeVisible();
  await expect(questions).toHaveCount(missed);
  await expect(page.locator('section[aria-labelledby=questions-heading] p', { hasText: /^\d+\. Right$/ })).toHaveCount(
    0,
  );
  await expect(missedLink).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/quiz-results-missed.png', fullPage: true });
  await filter.getByRole('link', { name: /^All/ }).click();
  await expect(questions).toHaveCount(5);
});

test('quiz header: the dimension is named only once the question is answered', async ({ page }) => {
  await signInNewLearner(page, 'header');
  await startObservabilityQuiz(page);
  const header = page.getByText(/^Question 1 of 5/);
  // the header says only where the learner is (a generated stem may name its own topic: that is the question)
  await expect(header).toHaveText('Question 1 of 5');
  await answerWithKeyboard(page);
  await expect(page.getByTestId('feedback')).toBeVisible();
  await expect(header).toContainText('Logs, metrics and tracing');
});

test('timed test: skip a question, flag one, go back, and answer the skipped one before time runs out', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInNewLearner(page, 'skipper');
  await page.goto('/quiz');
  await page.getByLabel(/Timed test/).check();
  await page.getByLabel('Questions').selectOption('5');
  await page.getByLabel('Focus').selectOption('dimension:observability');
  await page.getByRole('button', { name: 'Start the test' }).click();
  await expect(page.getByText(/Question 1 of 5/)).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Questions in this test' });

  // Q1: flag it and skip it (keyboard: Tab to the buttons, Enter)
  await page.getByRole('button', { name: /Flag for review/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '⚑ Flagged' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page.getByText(/Question 2 of 5/)).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Question 1, not answered, flagged' })).toBeVisible();
  await expect(nav.getByRole('button', { name: /Question 2, not answered/ })).toHaveAttribute('aria-current', 'step');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/quiz-timed-navigator.png', fullPage: true });

  // Q2..Q5 answered in turn; the skipped Q1 comes back last, the flag survives a reload
  for (let i = 2; i <= 5; i++) {
    await expect(page.getByText(`Question ${i} of 5`)).toBeVisible();
    await answerWithKeyboard(page);
    await expect(page.getByText(`${i - 1} of 5 answered`)).toBeVisible();
  }
  await expect(page.getByText('Question 1 of 5')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Question 1 of 5')).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Question 1, not answered, flagged' })).toBeVisible();

  // going back to an answered question shows it as recorded (final), then back to the open one
  await nav.getByRole('button', { name: /Question 3, answered/ }).click();
  await expect(page.getByText('Question 3 of 5')).toBeVisible();
  await expect(page.getByTestId('recorded')).toBeVisible();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByText('Question 2 of 5')).toBeVisible();
  await nav.getByRole('button', { name: /Question 1,/ }).click();
  await answerWithKeyboard(page);

  await expect(page.getByRole('heading', { name: 'Timed test results' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^5\/5$/)).toBeVisible();
});
