import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, signInNewLearner } from './fixtures';

// Every test signs up its own learner, so the tests may run on different workers at once: the
// suite's wall time is bounded by its longest file otherwise (ADR 008).
test.describe.configure({ mode: 'parallel' });

const fixture = (file: string) => readFileSync(path.resolve('tests/fixtures/answers/apigw-vs-alb', file), 'utf8');
/** Meets, with the "serverless means better" trap asserted: feedback with evidence, a trap and gaps to review. */
const TRAP_ANSWER = fixture('trap-asserting-01-serverless.md');
const GREAT_ANSWER = fixture('great-01-prose.md');
/** A miss asserting two traps: more gap cards than one day holds. */
const TWO_MYTHS_ANSWER = fixture('trap-asserting-02-two-myths.md');

/** "14:32" → seconds. */
const seconds = (clock: string) => {
  const [m, s] = clock.trim().split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};

async function startMock(
  page: Page,
  options: { mode: 'Interview' | 'Practice'; length: string; prompt?: RegExp; stay?: boolean },
) {
  if (!options.stay) await page.goto('/mock');
  if (options.prompt) await page.getByRole('radio', { name: options.prompt }).check();
  await page.getByRole('radio', { name: new RegExp(`^${options.mode}`) }).check();
  await page.getByRole('radio', { name: options.length }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\/mock\/[a-z0-9]+$/);
  await expect(page.getByRole('timer')).toBeVisible();
}

const answerBox = (page: Page) => page.getByRole('textbox', { name: /Your answer/ });

async function submit(page: Page) {
  await page.getByRole('button', { name: 'Submit answer' }).click();
  await page.getByRole('button', { name: 'Yes, submit' }).click();
  await expect(page).toHaveURL(/\/mock\/[a-z0-9]+\/feedback$/);
  await expect(page).toHaveTitle('Mock interview feedback · Delight'); // streamed metadata lands after the navigation
}

test('a 15-minute interview survives a reload (server copy), submits and shows feedback with evidence', async ({
  page,
}) => {
  // The longest journey here (35 s alone): a machine busy with other work pushed it past the 60 s default.
  test.setTimeout(120_000);
  await signInNewLearner(page, 'mock-interview');
  await expect(page.getByTestId('dashboard-next-prompt-reason')).toHaveText('Next up: new');

  await page.goto('/mock');
  await expect(page.getByTestId('next-prompt')).toContainText('API Gateway or Application Load Balancer');
  await expect(page.getByTestId('next-prompt-reason')).toContainText('new');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/mock-start.png', fullPage: true });

  await startMock(page, { mode: 'Interview', length: '15 minutes' });
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0); // interviews can't pause
  expect(seconds(await page.getByRole('timer').innerText())).toBeGreaterThan(14 * 60);

  await answerBox(page).fill(TRAP_ANSWER);
  await expect(page.getByTestId('word-count')).toHaveText(/^\d{3} words$/);
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/mock-session.png', fullPage: true });

  // Reload with this device's copy gone: what comes back is the server's.
  const before = seconds(await page.getByRole('timer').innerText());
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(answerBox(page)).toHaveValue(TRAP_ANSWER);
  await expect(page.getByRole('status').filter({ hasText: 'newer copy kept on this device' })).toHaveCount(0);
  const after = seconds(await page.getByRole('timer').innerText());
  expect(after).toBeLessThanOrEqual(before); // the clock kept running from the server's start time
  expect(after).toBeGreaterThan(before - 30);

  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('mock-preview')).toContainText('API Gateway is serverless');
  await page.getByRole('button', { name: 'Back to writing' }).click();

  await submit(page);
  await expect(page.getByTestId('mock-verdict')).toBeVisible();
  await expect(page.getByTestId('mock-score')).toContainText('/ 100');
  await expect(page.getByTestId('evidence').first().locator('blockquote').first()).toContainText(/\w+/);
  const trap = page.getByTestId('traps');
  await expect(trap).toContainText('serverless');
  await expect(trap).toContainText('You wrote: “API Gateway is serverless, so it');
  const trapCost = page.getByText('one trap costs your verdict a level, two or more make it a miss');
  await expect(trapCost).toBeVisible();
  // the traps section on a 390 px phone in dark mode: readable, nothing wider than the screen, no axe findings
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 390, height: 844 });
  await trapCost.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/mock-feedback-traps-phone-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByTestId('gaps-summary')).toContainText(
    /\d+ cards? from .* (is in your review today|are in your review today|are spread over \d+ days)/,
  );
  await expect(page.getByTestId('gap-cards')).toContainText('Trap:');
  await expect(page.getByTestId('your-answer')).toContainText('I recommend API Gateway.');

  // Agree with one criterion, disagree with another (with a comment).
  const ratings = page.getByRole('group', { name: /Do you agree with the level/ });
  await ratings.nth(0).getByRole('button', { name: 'Agree', exact: true }).click();
  await expect(page.getByText('Thanks — noted that you agree.')).toBeVisible();
  await expect(ratings.nth(0).getByRole('button', { name: 'Agree', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await ratings.nth(1).getByRole('button', { name: 'Disagree' }).click();
  await expect(page.getByText('Thanks — noted that you disagree.')).toBeVisible();
  await page.getByLabel('The level you would give').selectOption('meets');
  await page.getByLabel('Why? (optional)').fill('I named both auth options.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Thanks — your comment is saved.')).toBeVisible();

  // Model answers: tabs, keyboard operable.
  const tabs = page.getByRole('tablist', { name: 'Model answers' });
  await tabs.getByRole('tab', { name: 'Great answer' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Average answer' })).toHaveAttribute('aria-selected', 'true');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/mock-feedback.png', fullPage: true });

  // The ratings are stored: they survive a reload.
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: /Do you agree with the level/ })
      .nth(1)
      .getByRole('button', { name: 'Disagree' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('The level you would give')).toHaveValue('meets');

  // The gaps are in today's review queue.
  await page.goto('/dashboard');
  await expect(page.getByTestId('review-count')).not.toHaveText('0 cards');
  // The prompt is scheduled: the next one is a new prompt, and this one says how it went.
  await expect(page.getByTestId('dashboard-next-prompt-reason')).toHaveText('Next up: new');
  await page.goto('/mock');
  await expect(page.getByText(/last attempt: (meets|miss), today · due (tomorrow|in \d+ days)/)).toBeVisible();

  await page.goto('/mock/history');
  await expect(page.getByTestId('history-apigw-vs-alb').locator('tbody tr')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('an answer that gives facts to the wrong service gets corrections from the documentation', async ({ page }) => {
  await signInNewLearner(page, 'mock-corrections');
  await startMock(page, { mode: 'Practice', length: '15 minutes' });
  const wrong = [
    'The ALB has Cognito and Lambda authorizers, and the ALB throttles natively with 429s.',
    'API Gateway has a 4000-second idle timeout, while the ALB has a 29-second integration timeout.',
    'On cost, the ALB is pay per request and costs nothing when idle, so it suits spiky traffic.',
    'I recommend the ALB because our Lambda traffic will be spiky at launch.',
    'API Gateway has usage plans for partners. Honestly, API Gateway does not have usage plans at all.',
  ].join('\n\n');
  await answerBox(page).fill(wrong);
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await submit(page);
  const errors = page.getByTestId('errors');
  await expect(page.getByRole('heading', { name: 'Corrections' })).toBeVisible();
  await expect(errors).toContainText('You wrote: “The ALB has Cognito and Lambda authorizers');
  await expect(errors).toContainText('What is true:');
  await expect(errors).toContainText('4,000');
  // what the corrections do to the verdict: one slip is forgiven, a second is a miss (ADR 037)
  await expect(page.getByText('One slip is forgiven; a second makes the answer a miss.')).toBeVisible();
  await expect(page.getByTestId('mock-verdict')).toContainText('Below the bar');
  // saying both is pointed out, with both sentences
  const contradictions = page.getByTestId('contradictions');
  await expect(contradictions).toContainText('API Gateway has usage plans for partners.');
  await expect(contradictions).toContainText('API Gateway does not have usage plans at all.');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/mock-feedback-corrections.png', fullPage: true });
  // on a phone, in dark mode: the corrections stay readable and accessible
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('heading', { name: 'Corrections' }).scrollIntoViewIfNeeded();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/mock-feedback-corrections-mobile-dark.png' });
});

test('a decision the scenario rules out is named on the feedback page, with why (ADR 038)', async ({ page }) => {
  await signInNewLearner(page, 'mock-misfit');
  await startMock(page, { mode: 'Practice', length: '15 minutes', prompt: /Disaster recovery across Regions/ });
  const answer = [
    "I'd go active-active in two Regions, so customers never notice an outage.",
    'Orders replicate with DynamoDB global tables and accounts with an Aurora Global Database.',
    'Route 53 sends clients to the healthy Region, and a game day each quarter tests the failover.',
  ].join('\n\n');
  await answerBox(page).fill(answer);
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await submit(page);
  await expect(page.getByRole('heading', { name: 'Your decision' })).toBeVisible();
  const misfit = page.getByTestId('misfit');
  await expect(misfit).toContainText('Multi-site active/active doesn’t fit this scenario');
  await expect(misfit).toContainText("You wrote: “I'd go active-active in two Regions");
  await expect(misfit).toContainText('warm-standby (or pilot-light) numbers');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/mock-feedback-misfit.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await misfit.scrollIntoViewIfNeeded();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/mock-feedback-misfit-mobile-dark.png' });
});

test('practice mode pauses and resumes; a re-take is compared with the previous attempt', async ({ page }) => {
  await signInNewLearner(page, 'mock-practice');
  await startMock(page, { mode: 'Practice', length: '15 minutes' });
  await answerBox(page).fill('API Gateway. It is managed.');
  await submit(page);
  await expect(page.getByTestId('mock-verdict')).toBeVisible();

  await page.getByRole('link', { name: 'Re-take this prompt' }).click();
  await expect(page).toHaveURL(/\/mock\?prompt=apigw-vs-alb$/);
  await expect(page.getByRole('radio', { name: /API Gateway or Application Load Balancer/ })).toBeChecked();
  await startMock(page, { mode: 'Practice', length: '15 minutes', stay: true });
  await answerBox(page).fill(GREAT_ANSWER.slice(0, 2000));
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page.getByText('Paused — resume to keep writing.')).toBeVisible();
  await expect(answerBox(page)).toHaveAttribute('readonly', '');
  const frozen = await page.getByRole('timer').innerText();
  await page.waitForTimeout(2500);
  await expect(page.getByRole('timer')).toHaveText(frozen);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/mock-practice-paused.png', fullPage: true });

  // Still paused after a reload: the pause lives on the server.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(frozen);

  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect
    .poll(async () => seconds(await page.getByRole('timer').innerText()), { timeout: 5000 })
    .toBeLessThan(seconds(frozen));
  await answerBox(page).fill(GREAT_ANSWER);
  await submit(page);

  const comparison = page.getByTestId('comparison');
  await expect(comparison).toBeVisible();
  await expect(comparison.locator('tbody tr').first()).toBeVisible();
  await expect(comparison).toContainText('↑ better');
  await expect(page.getByTestId('auto-submitted')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto('/mock/history');
  await expect(page.getByTestId('history-apigw-vs-alb').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByRole('img', { name: /Score trend/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/mock-history.png', fullPage: true });
});

// Both runs of the 20-second (test-only) length share one test, side by side in two browser contexts: the
// clock is wall time that the server judges, so waiting for them one after the other only costs CI time.
test('when an interview runs out of time, an open page submits itself and a closed one is graded on opening', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // A page closed before the clock runs out: nothing submits it until it is opened again.
  const closedContext = await browser.newContext();
  const closed = await closedContext.newPage();
  await signInNewLearner(closed, 'mock-closed-timeout');
  await startMock(closed, { mode: 'Interview', length: '20 seconds (test only)' });
  const closedUrl = closed.url();
  await answerBox(closed).fill('I would choose API Gateway: usage plans give each partner its own key and quota.');
  await expect(closed.getByTestId('save-state')).toHaveText(/^Saved/);
  await closed.goto('/mock');
  const closedAt = Date.now();

  // A page left open: the countdown reaches zero and submits what is there, with no click.
  await signInNewLearner(page, 'mock-timeout');
  await startMock(page, { mode: 'Interview', length: '20 seconds (test only)' });
  await answerBox(page).pressSequentially('I would choose API Gateway for the Lambda backend. ', { delay: 5 });
  await answerBox(page).pressSequentially('The ALB can authenticate with OIDC too.', { delay: 5 });
  await expect(page).toHaveURL(/\/mock\/[a-z0-9]+\/feedback$/, { timeout: 40_000 });
  await expect(page).toHaveTitle('Mock interview feedback · Delight');
  await expect(page.getByTestId('auto-submitted')).toContainText('Submitted automatically when the time ran out');
  await expect(page.getByTestId('your-answer')).toContainText('The ALB can authenticate with OIDC too.');
  await page.screenshot({ path: 'test-results/mock-auto-submitted.png', fullPage: true });
  await expectNoAxeViolations(page);

  // 20 s limit + 10 s grace since the closed page left, so the server no longer takes its writes.
  await closed.waitForTimeout(Math.max(0, closedAt + 32_000 - Date.now()));
  await closed.goto(closedUrl);
  await expect(closed).toHaveURL(/\/mock\/[a-z0-9]+\/feedback$/, { timeout: 30_000 });
  await expect(closed.getByTestId('auto-submitted')).toContainText('Submitted automatically when the time ran out');
  await expect(closed.getByTestId('your-answer')).toContainText('usage plans give each partner its own key');
  await closedContext.close();
});

test('a copy kept on this device that the server never got is shown on reload without asking, and saved', async ({
  page,
}) => {
  await signInNewLearner(page, 'mock-offline');
  await startMock(page, { mode: 'Practice', length: '30 minutes' });
  await answerBox(page).fill('Saved to the server.');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);

  // The server becomes unreachable for autosaves (and the unload beacon).
  await page.route('**/api/mock/attempts/*/draft', (route) => route.abort());
  await answerBox(page).fill('Saved to the server. Then written while offline.');
  await expect(page.getByTestId('save-state')).toHaveText('Offline — kept on this device');
  await page.reload();
  // the newer copy is the one in the editor; the server's older one is a click away
  await expect(answerBox(page)).toHaveValue('Saved to the server. Then written while offline.');
  const restored = page.getByRole('status').filter({ hasText: 'newer copy kept on this device' });
  await expect(restored).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore this device’s copy' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/mock-restored-local.png', fullPage: true });

  await page.unroute('**/api/mock/attempts/*/draft');
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(answerBox(page)).toHaveValue('Saved to the server. Then written while offline.');

  // the server's copy can still be chosen
  await page.route('**/api/mock/attempts/*/draft', (route) => route.abort());
  await answerBox(page).fill('A draft I regret.');
  await expect(page.getByTestId('save-state')).toHaveText('Offline — kept on this device');
  await page.reload();
  await expect(answerBox(page)).toHaveValue('A draft I regret.');
  await page.unroute('**/api/mock/attempts/*/draft');
  await page.getByRole('button', { name: 'Use the server’s copy instead' }).click();
  await expect(answerBox(page)).toHaveValue('Saved to the server. Then written while offline.');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(answerBox(page)).toHaveValue('Saved to the server. Then written while offline.');
});

test('a save refused because a closed page already used its version is saved again, never shown as saved', async ({
  page,
}) => {
  await signInNewLearner(page, 'mock-late-save');
  await startMock(page, { mode: 'Practice', length: '30 minutes' });
  const attemptId = page.url().match(/\/mock\/([a-z0-9]+)$/)![1]!;
  // A late save from a page closed a moment ago lands with version 1 — the one this page will use next.
  const late = await page.request.post(`/api/mock/attempts/${attemptId}/draft`, {
    data: { draft: 'Stale words from the closed page.', version: 1 },
  });
  expect(late.status()).toBe(200);
  await answerBox(page).fill('My real answer, typed after the reload.');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.evaluate(() => window.localStorage.clear()); // only the server's copy counts now
  await page.reload();
  await expect(answerBox(page)).toHaveValue('My real answer, typed after the reload.');
});

test('type, reload 0.3 s later, keep typing: nothing is lost and no question is asked', async ({ page }) => {
  await signInNewLearner(page, 'mock-quick-reload');
  await startMock(page, { mode: 'Practice', length: '30 minutes' });
  await answerBox(page).fill('First words, typed just before a reload.');
  await page.waitForTimeout(300);
  await page.reload();
  await expect(answerBox(page)).toHaveValue('First words, typed just before a reload.');
  await expect(page.getByRole('button', { name: 'Restore this device’s copy' })).toHaveCount(0);
  await answerBox(page).press('End');
  await answerBox(page).pressSequentially(' More words after it.');
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(answerBox(page)).toHaveValue('First words, typed just before a reload. More words after it.');
});

test('a weak attempt spreads its gap cards over the days before the interview and says what is left for later', async ({
  page,
}) => {
  await signInNewLearner(page, 'mock-spread');
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.goto('/review/settings');
  await page.getByLabel('New cards per day').fill('5');
  await page.getByLabel('Interview date').fill(tomorrow);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  await startMock(page, { mode: 'Practice', length: '15 minutes' });
  await answerBox(page).fill(TWO_MYTHS_ANSWER);
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await submit(page);

  // 5 a day, and only the study day(s) before the interview: traps first, the rest left for later
  await expect(page.getByTestId('gaps-summary')).toHaveText(
    /^(5 cards from .* are in your review today\.|10 cards from .* are spread over 2 days so that no day gets more than 5 \(your daily new-card limit\): 5 today, 5 tomorrow\.)$/,
  );
  const later = page.getByTestId('gaps-left-for-later');
  await expect(later).toContainText(
    /^\d+ cards are left for later: there is no room for them before your interview on \w{3} \d+ at 5 cards a day\./,
  );
  await expect(later).toContainText('They stay listed here');
  const cards = page.getByTestId('gap-cards');
  await expect(cards.locator('li', { hasText: '— left for later' }).first()).toBeVisible();
  await expect(cards.locator('> li').first()).toContainText('Trap:');
  await page.getByRole('heading', { name: 'Added to your review' }).scrollIntoViewIfNeeded();
  await page
    .getByRole('heading', { name: 'Added to your review' })
    .locator('..')
    .screenshot({ path: 'test-results/i15-gaps-spread.png' });
  await expectNoAxeViolations(page);

  // Only today's share is due now, not every gap card.
  await page.goto('/dashboard');
  await expect(page.getByTestId('review-count')).toHaveText(/^(5|10) cards$/);
});

test('the feedback page speaks to learners and the score chart explains its 35/70 lines', async ({ page }) => {
  await signInNewLearner(page, 'mock-wording');
  await startMock(page, { mode: 'Practice', length: '15 minutes' });
  await answerBox(page).fill(TRAP_ANSWER);
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await submit(page);
  await expect(page.getByTestId('mock-verdict')).toBeVisible();
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/\bseed('s|’s)?\b/i);
  expect(text).not.toMatch(/\d+ more of:/);
  expect(text).not.toMatch(/\b1 missed criteria\b|\b1 cards\b/);
  await expect(
    page.getByText(/(Also cover|Cover at least|To get there, also bring in) .*(of these: |and )/).first(),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/i15-feedback-wording.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('heading', { name: 'Criteria' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/i15-feedback-wording-phone-dark.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light' });

  // a second attempt: the history chart draws the meets and delights lines, with a legend
  await page.getByRole('link', { name: 'Re-take this prompt' }).click();
  await startMock(page, { mode: 'Practice', length: '15 minutes', stay: true });
  await answerBox(page).fill(GREAT_ANSWER);
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await submit(page);
  await page.goto('/mock/history');
  const legend = page.getByTestId('chart-legend');
  await expect(legend).toContainText('Meets from 35');
  await expect(legend).toContainText(
    'Delights from 70 (with at most one criterion missed), or with 3 criteria at delights',
  );
  await legend.locator('xpath=ancestor::figure').screenshot({ path: 'test-results/i15-score-chart-legend.png' });
  await expectNoAxeViolations(page);
});

test('mobile layout and dark mode of the editor and the feedback', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await signInNewLearner(page, 'mock-mobile');
  await startMock(page, { mode: 'Interview', length: '15 minutes' });
  await answerBox(page).fill(TRAP_ANSWER);
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
  await page.screenshot({ path: 'test-results/mock-mobile-dark.png', fullPage: true });
  await expectNoAxeViolations(page);
  await submit(page);
  await expect(page.getByTestId('mock-verdict')).toBeVisible();
  await page.screenshot({ path: 'test-results/mock-feedback-mobile-dark.png' });
  await page.getByRole('heading', { name: 'Criteria' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/mock-feedback-mobile-dark-criteria.png' });
  await expectNoAxeViolations(page);
  // Nothing overflows sideways on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('an over-long answer gets a clear message; the JSON API caps bodies and refuses other users and anonymous callers', async ({
  page,
  browser,
}) => {
  await signInNewLearner(page, 'mock-limits');
  await startMock(page, { mode: 'Practice', length: '45 minutes' });
  const attemptUrl = page.url();
  const attemptId = attemptUrl.split('/').pop()!;
  const api = `/api/mock/attempts/${attemptId}/draft`;

  await answerBox(page).fill('word '.repeat(20_001));
  await expect(page.getByTestId('word-count')).toContainText('20,001 words — over the 20,000-word limit');
  await expect(page.getByTestId('save-state')).toHaveText('Not saved: over 20,000 words');
  await expect(page.getByRole('button', { name: 'Submit answer' })).toBeDisabled();
  await expectNoAxeViolations(page);

  const tooLong = await page.request.post(api, { data: { draft: 'word '.repeat(20_001), version: 50 } });
  expect(tooLong.status()).toBe(413);
  expect((await tooLong.json()) as unknown).toMatchObject({
    error: { code: 'too_long', message: expect.stringContaining('20,000 words') as unknown },
  });
  const huge = await page.request.post(api, { data: { draft: 'x'.repeat(2_000_000), version: 51 } });
  expect(huge.status()).toBe(413);
  const bad = await page.request.post(api, { data: 'not json', headers: { 'Content-Type': 'application/json' } });
  expect(bad.status()).toBe(400);
  const ok = await page.request.post(api, { data: { draft: 'Fine.', version: 52 } });
  expect((await ok.json()) as unknown).toMatchObject({ accepted: true, version: 52 });
  const stale = await page.request.post(api, { data: { draft: 'Older.', version: 40 } });
  expect((await stale.json()) as unknown).toMatchObject({ accepted: false, version: 52 });

  // Someone else: 404 for the API and the pages; nobody signed in: 401.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInNewLearner(otherPage, 'mock-intruder');
  const intruder = await otherPage.request.post(api, { data: { draft: 'hijack', version: 999 } });
  expect(intruder.status()).toBe(404);
  expect(
    (await otherPage.request.post(`/api/mock/attempts/${attemptId}/submit`, { data: { auto: false } })).status(),
  ).toBe(404);
  expect(
    (await otherPage.request.post(`/api/mock/attempts/${attemptId}/pause`, { data: { paused: true } })).status(),
  ).toBe(404);
  const pageResponse = await otherPage.goto(attemptUrl);
  expect(pageResponse?.status()).toBe(404);
  await other.close();
  const anonymous = await browser.newContext();
  expect(
    (
      await anonymous.request.post(new URL(api, attemptUrl).toString(), { data: { draft: 'x', version: 1000 } })
    ).status(),
  ).toBe(401);
  await anonymous.close();

  await page.reload();
  await expect(answerBox(page)).toHaveValue('Fine.');
});
