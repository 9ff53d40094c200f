import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { LabelledExportSchema } from '@/lib/core/content/labels-schema';
import { DEMO_INSTRUCTOR, expectNoAxeViolations, signIn, signInNewLearner } from './fixtures';

/** Meets, with the "serverless means better" trap asserted. */
const TRAP_ANSWER = readFileSync(
  path.resolve('tests/fixtures/answers/apigw-vs-alb/trap-asserting-01-serverless.md'),
  'utf8',
);
const PROMPT_TITLE = "Front door for a startup's public API: API Gateway or Application Load Balancer?";
const RECOVERY_TITLE = 'Disaster recovery across Regions for a serverless-plus-EKS API';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** The demo instructor creates a class and assigns it a prompt; its id, name and join code. */
async function runClass(instructor: Page, promptTitle: string) {
  await signIn(instructor, DEMO_INSTRUCTOR);
  await instructor.goto('/instructor/classes');
  const className = `Mock cohort ${Date.now()}`;
  await instructor.getByLabel('Class name').fill(className);
  await instructor.getByRole('button', { name: 'Create class' }).click();
  await expect(instructor.getByRole('heading', { name: className, level: 1 })).toBeVisible();
  const classId = instructor.url().match(/\/instructor\/classes\/([a-z0-9]+)/)![1]!;
  const code = (await instructor.getByTestId('join-code').innerText()).trim();
  await instructor.getByLabel('Prompt', { exact: true }).selectOption({ label: promptTitle });
  await instructor.getByRole('button', { name: 'Assign prompt' }).click();
  await expect(instructor.getByRole('link', { name: 'Review students’ answers' })).toBeVisible();
  return { classId, className, code };
}

/** A new learner joins the class by its code. */
async function joinClass(student: Page, prefix: string, className: string, code: string) {
  await signInNewLearner(student, prefix);
  await student.goto('/classes');
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByText(`You joined ${className}.`)).toBeVisible();
}

/** A 15-minute practice mock on the prompt picked (the first one when none is), submitted; the attempt's id. */
async function submitPracticeAnswer(student: Page, answer: string, prompt?: RegExp): Promise<string> {
  await student.goto('/mock');
  if (prompt) await student.getByRole('radio', { name: prompt }).check();
  await student.getByRole('radio', { name: /^Practice/ }).check();
  await student.getByRole('radio', { name: '15 minutes' }).check();
  await student.getByRole('button', { name: 'Start' }).click();
  await expect(student).toHaveURL(/\/mock\/[a-z0-9]+$/);
  await student.getByRole('textbox', { name: /Your answer/ }).fill(answer);
  await expect(student.getByTestId('save-state')).toHaveText(/^Saved/);
  await student.getByRole('button', { name: 'Submit answer' }).click();
  await student.getByRole('button', { name: 'Yes, submit' }).click();
  await expect(student).toHaveURL(/\/mock\/[a-z0-9]+\/feedback$/);
  return student.url().match(/\/mock\/([a-z0-9]+)\/feedback/)![1]!;
}

test('an instructor reviews a student’s mock answer; the student sees both levels; the review exports as labelled answers', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The instructor runs a class with the prompt assigned.
  const instructor = await newPage(browser);
  const { classId, className, code } = await runClass(instructor, PROMPT_TITLE);

  // A student joins, answers, and disputes one criterion.
  const student = await newPage(browser);
  await joinClass(student, 'reviewed', className, code);
  const attemptId = await submitPracticeAnswer(student, TRAP_ANSWER);
  const firstCriterion = student.getByRole('group', { name: /^Do you agree with the level for/ }).first();
  await firstCriterion.getByRole('button', { name: 'Disagree' }).click();
  await student.getByLabel('The level you would give').first().selectOption('delights');
  await student.getByLabel('Why? (optional)').first().fill('I compared both auth models.');
  await student.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(student.getByText('Thanks — your comment is saved.')).toBeVisible();
  await expect(student.getByTestId('instructor-review')).toHaveCount(0);

  // The instructor opens it from the class, sees the dispute, and sets their own levels.
  await instructor.getByRole('link', { name: 'Review students’ answers' }).click();
  await expect(instructor.getByRole('heading', { name: 'Students’ mock answers', level: 1 })).toBeVisible();
  const row = instructor
    .getByTestId('attempts-table')
    .getByRole('row')
    .filter({ hasText: /reviewed-/ });
  await expect(row).toContainText('not yet');
  await expect(row).toContainText('1 criterion');
  await row.getByRole('link', { name: /^Review/ }).click();
  await expect(instructor).toHaveURL(new RegExp(`/attempts/${attemptId}$`));
  await expect(instructor.getByTestId('reviewed-answer')).toContainText('serverless');
  await expect(instructor.getByTestId('student-disagrees').first()).toContainText('would give delights');
  const first = instructor.locator('fieldset[data-testid^="review-"]').first();
  await first.getByRole('radio', { name: 'delights' }).check();
  await first.getByLabel('Comment for the student (optional)').fill('Yes: you compared Cognito and OIDC well.');
  await instructor.getByLabel('Overall comment for the student (optional)').fill('Solid; drop the serverless slogan.');
  await expectNoAxeViolations(instructor);
  await instructor.screenshot({ path: 'test-results/mock-review-instructor.png', fullPage: true });
  // on a phone in dark mode: nothing scrolls sideways, still accessible
  await instructor.setViewportSize({ width: 390, height: 844 });
  await instructor.emulateMedia({ colorScheme: 'dark' });
  const overflow = await instructor.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(instructor);
  await instructor.screenshot({ path: 'test-results/mock-review-instructor-mobile-dark.png' });
  await instructor.setViewportSize({ width: 1280, height: 720 });
  await instructor.emulateMedia({ colorScheme: 'light' });
  await instructor.getByRole('button', { name: 'Save review' }).click();
  await expect(instructor.getByText('Saved: the student now sees your review beside the grader’s.')).toBeVisible();
  await expect(instructor.getByRole('button', { name: 'Update review' })).toBeVisible();

  // The student sees the instructor's levels beside the grader's.
  await student.reload();
  const review = student.getByTestId('instructor-review');
  await expect(review).toContainText('Your instructor’s review');
  await expect(review).toContainText('Solid; drop the serverless slogan.');
  await expect(student.getByTestId('review-level').first()).toContainText('delights');
  await expect(student.getByTestId('review-criterion-comment').first()).toContainText('you compared Cognito and OIDC');
  await expectNoAxeViolations(student);
  await student.screenshot({ path: 'test-results/mock-review-student.png', fullPage: true });
  await student.setViewportSize({ width: 390, height: 844 });
  await student.emulateMedia({ colorScheme: 'dark' });
  await review.scrollIntoViewIfNeeded();
  await expectNoAxeViolations(student);
  await student.screenshot({ path: 'test-results/mock-review-student-mobile-dark.png' });

  // The review downloads as a labelled answer; the student is refused the download and the page.
  const labels = await instructor.request.get(`/api/instructor/classes/${classId}/labelled-answers`);
  expect(labels.status()).toBe(200);
  const exported = LabelledExportSchema.parse(await labels.json());
  expect(exported.answers[attemptId]?.note).toContain('instructor review');
  expect(exported.texts[attemptId]).toContain('serverless');
  expect((await student.request.get(`/api/instructor/classes/${classId}/labelled-answers`)).status()).toBe(403);
  await student.goto(`/instructor/classes/${classId}/attempts/${attemptId}`);
  await expect(student.getByRole('heading', { name: 'Instructors only' })).toBeVisible();
});

test('an instructor reviewing an answer sees when the grader ruled its decision out (ADR 038)', async ({ browser }) => {
  test.setTimeout(120_000);
  const instructor = await newPage(browser);
  const { classId, className, code } = await runClass(instructor, RECOVERY_TITLE);
  const student = await newPage(browser);
  await joinClass(student, 'misfit-reviewed', className, code);
  const answer = [
    "I'd go active-active in two Regions, so customers never notice an outage.",
    'Orders replicate with DynamoDB global tables and accounts with an Aurora Global Database.',
  ].join('\n\n');
  const attemptId = await submitPracticeAnswer(student, answer, /Disaster recovery across Regions/);

  await instructor.goto(`/instructor/classes/${classId}/attempts/${attemptId}`);
  const misfit = instructor.getByTestId('grader-misfit');
  await expect(misfit).toContainText('Decision the scenario rules out: Multi-site active/active');
  await expect(misfit).toContainText("I'd go active-active in two Regions");
  await expectNoAxeViolations(instructor);
  await instructor.screenshot({ path: 'test-results/mock-review-instructor-misfit.png', fullPage: true });
  await instructor.setViewportSize({ width: 390, height: 844 });
  await instructor.emulateMedia({ colorScheme: 'dark' });
  await misfit.scrollIntoViewIfNeeded();
  await expectNoAxeViolations(instructor);
  await instructor.screenshot({ path: 'test-results/mock-review-instructor-misfit-mobile-dark.png' });
});
