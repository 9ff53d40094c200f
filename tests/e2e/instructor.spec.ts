import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_INSTRUCTOR, expectNoAxeViolations, signIn, signInNewLearner, uniqueEmail } from './fixtures';

const DEMO_ADMIN = { email: 'admin@example.com', password: 'delight-demo' };

/** A page in its own browser context (its own session; axe needs one per context). */
async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Answers the next `count` cards of the review session with Easy, by keyboard; returns their fronts. */
async function reviewCards(page: Page, count: number): Promise<string[]> {
  const fronts: string[] = [];
  for (let i = 0; i < count; i++) {
    await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
    fronts.push(await page.locator('.markdown').first().innerText());
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.keyboard.press('4');
    await expect(page.getByTestId('answer')).toHaveCount(0);
  }
  return fronts;
}

test('an instructor builds and publishes a deck, runs a class; a student joins and reviews; the dashboard shows it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const instructor = await newPage(browser);
  await signIn(instructor, DEMO_INSTRUCTOR);
  await instructor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Instructor' }).click();
  await instructor.getByRole('navigation', { name: 'Instructor' }).getByRole('link', { name: 'Decks' }).click();
  await expect(instructor.getByRole('heading', { name: 'Decks', level: 1 })).toBeVisible();

  // A new deck.
  const title = `Front doors ${Date.now()}`;
  await instructor.getByLabel('Title', { exact: true }).fill(title);
  await instructor.getByLabel('Description', { exact: true }).fill('What we covered on **Monday**.');
  await instructor.getByRole('button', { name: 'Create deck' }).click();
  await expect(instructor.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(instructor.getByText('Draft', { exact: true })).toBeVisible();
  const deckPath = new URL(instructor.url()).pathname;

  // From the library: filter by misconception, then search by word.
  await instructor
    .getByLabel('Misconception', { exact: true })
    .selectOption({ label: "An ALB can't authenticate users; you need API Gateway or app code for that." });
  await instructor.getByRole('button', { name: 'Search' }).click();
  await expect(instructor.getByTestId('library-count')).toHaveText(/^1 card matches/);
  await instructor.getByRole('button', { name: /^Add\b.*True or false/ }).click();
  await expect(instructor.getByRole('heading', { name: 'Cards in this deck (1)' })).toBeVisible();
  await instructor.getByLabel('Misconception', { exact: true }).selectOption('');
  await instructor.getByLabel('Search', { exact: true }).fill('Cognito');
  await instructor.getByLabel('Dimension', { exact: true }).selectOption({ label: 'Authentication and authorization' });
  await instructor.getByRole('button', { name: 'Search' }).click();
  const addAll = instructor.getByRole('button', { name: /^Add all \d+ shown$/ });
  const toAdd = Number((await addAll.innerText()).match(/\d+/)![0]);
  expect(toAdd).toBeGreaterThan(0);
  await addAll.click();
  await expect(instructor.getByRole('heading', { name: `Cards in this deck (${1 + toAdd})` })).toBeVisible();
  await instructor.screenshot({ path: 'test-results/deck-builder-library.png', fullPage: true });

  // Two cards of our own, with a live preview of the Markdown.
  await instructor.getByRole('link', { name: 'Write a card' }).click();
  const own = [
    {
      front: 'When is an **ALB** cheaper than API Gateway?',
      back: 'At steady, high request rates: ALB bills capacity, not requests.',
    },
    {
      front: 'Which header does ALB add after **OIDC** login?',
      back: '`x-amzn-oidc-data`, a signed JWT with the user claims.',
    },
  ];
  for (const card of own) {
    await instructor.getByLabel('Front (question)').fill(card.front);
    await instructor.getByLabel('Back (answer)').fill(card.back);
    await expect(instructor.getByRole('region', { name: 'Preview' }).locator('strong').first()).toHaveText(/ALB|OIDC/);
    await instructor.getByRole('button', { name: 'Add card' }).click();
    await expect(instructor.getByText('Card added to the end of the deck.')).toBeVisible();
  }
  const total = 1 + toAdd + 2;
  await expect(instructor.getByRole('heading', { name: `Cards in this deck (${total})` })).toBeVisible();

  // Reorder with the keyboard (pick up, move, drop): the moved card keeps the focus.
  const firstHandle = instructor
    .getByTestId('deck-cards')
    .getByRole('button', { name: /^Move “/ })
    .first();
  await firstHandle.focus();
  await instructor.keyboard.press('Space');
  await instructor.keyboard.press('ArrowDown');
  await instructor.keyboard.press('Space');
  await expect(instructor.getByTestId('deck-cards').locator(':scope > li').nth(1)).toContainText('True or false');
  await expect(
    instructor
      .getByTestId('deck-cards')
      .locator(':scope > li')
      .nth(1)
      .getByRole('button', { name: /^Move “/ }),
  ).toBeFocused();

  await instructor.getByRole('button', { name: 'Publish' }).click();
  await expect(instructor.getByText('Published', { exact: true })).toBeVisible();
  await instructor.screenshot({ path: 'test-results/deck-builder.png', fullPage: true });
  await expectNoAxeViolations(instructor);

  // A class with the deck.
  await instructor.getByRole('navigation', { name: 'Instructor' }).getByRole('link', { name: 'Classes' }).click();
  const className = `Cohort ${Date.now()}`;
  await instructor.getByLabel('Class name').fill(className);
  await instructor.getByRole('button', { name: 'Create class' }).click();
  await expect(instructor.getByRole('heading', { name: className, level: 1 })).toBeVisible();
  const classId = instructor.url().match(/\/instructor\/classes\/([a-z0-9]+)/)![1]!;
  const code = (await instructor.getByTestId('join-code').innerText()).trim();
  expect(code).toMatch(/^[23456789A-HJKMNP-TV-Z]{5}-[23456789A-HJKMNP-TV-Z]{5}$/);
  await expect(instructor.getByLabel('Join link')).toHaveValue(new RegExp(`/join/${code.replace('-', '')}$`));
  await instructor.getByLabel('Deck', { exact: true }).selectOption({ label: title });
  await instructor.getByRole('button', { name: 'Assign deck' }).click();
  await expect(instructor.getByRole('link', { name: title })).toBeVisible();

  // A new student joins with the code and reviews: the class's cards come first.
  const student = await newPage(browser);
  await signInNewLearner(student, 'student');
  await student.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes' }).click();
  await student.getByLabel('Class code').fill(code.toLowerCase());
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByText(`You joined ${className}.`)).toBeVisible();
  await expect(student.getByRole('heading', { name: className })).toBeVisible();
  await expect(student.getByText(`0 of ${total} cards studied`)).toBeVisible();
  // Each assigned deck downloads as an Anki package (ADR 031).
  await expect(student.getByRole('button', { name: `Export to Anki (${title}, .apkg)` })).toBeVisible();
  await student.screenshot({ path: 'test-results/classes-with-anki-export.png', fullPage: true });
  await expectNoAxeViolations(student);
  await student.goto('/review');
  const fronts = await reviewCards(student, total);
  for (const card of own) expect(fronts).toContain(card.front.replace(/\*\*/g, ''));
  await student.goto('/classes');
  await expect(student.getByText(`${total} of ${total} cards studied`)).toBeVisible();

  // The instructor sees the student on the dashboard.
  await instructor.reload();
  const row = instructor
    .getByTestId('students-table')
    .getByRole('row')
    .filter({ hasText: /student-/ });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').first()).toHaveText(String(total));
  await expect(instructor.getByTestId('active-students')).toHaveText('1 / 1');
  await instructor.screenshot({ path: 'test-results/class-dashboard.png', fullPage: true });
  await expectNoAxeViolations(instructor);
  await instructor.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(instructor);
  await instructor.screenshot({ path: 'test-results/class-dashboard-dark.png', fullPage: true });

  // Phone width: nothing scrolls sideways (wide tables scroll inside their own region).
  await instructor.setViewportSize({ width: 375, height: 800 });
  for (const path of [deckPath, `/instructor/classes/${classId}`]) {
    await instructor.goto(path);
    const overflow = await instructor.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await instructor.screenshot({ path: 'test-results/class-dashboard-mobile-dark.png', fullPage: true });
  await instructor.setViewportSize({ width: 1280, height: 720 });

  const csv = await instructor.request.get(`/api/instructor/classes/${classId}/dashboard?table=students`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(new RegExp(`student-.*,${total},`));

  // The student is refused the dashboard, page and CSV.
  await student.goto(`/instructor/classes/${classId}`);
  await expect(student.getByRole('heading', { name: 'Instructors only' })).toBeVisible();
  await expect(student.getByText(className)).toHaveCount(0);
  expect((await student.request.get(`/api/instructor/classes/${classId}/dashboard?table=students`)).status()).toBe(403);
});

test('importing a CSV shows row errors and writes nothing until it is fixed; the deck exports back', async ({
  page,
}) => {
  await signIn(page, DEMO_INSTRUCTOR);
  await page.goto('/instructor/decks');
  await page.getByLabel('CSV (front, back, explanation, tags; optional id)').check();
  await page
    .getByLabel('Or paste the file')
    .fill('front,back,tags\nWhat is a target group?,Where an ALB sends requests,alb\n,Missing its front,\n');
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByTestId('import-errors')).toContainText('Line 3, front: required');
  await expect(page.getByRole('button', { name: 'Import as a new deck' })).toHaveCount(0);

  const title = `Imported ${Date.now()}`;
  await page
    .getByLabel('Or paste the file')
    .fill(
      'front,back,tags\nWhat is a target group?,Where an ALB sends requests,alb\nWhat is a listener?,The port and protocol an ALB accepts,alb\n',
    );
  await page.getByLabel('Title of the new deck').fill(title);
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByTestId('import-preview')).toContainText('2 new');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Import as a new deck' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cards in this deck (2)' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(file, 'utf8');
  expect(text.split('\r\n')[0]).toBe('id,front,back,explanation,tags');
  expect(text).toMatch(/^i\.[a-z2-7]{20},What is a target group\?,Where an ALB sends requests,,alb$/m);
});

test('an admin promotes a learner to instructor, who then gets the instructor area', async ({ browser }) => {
  const learner = await newPage(browser);
  const account = await signInNewLearner(learner, 'promoted');
  await learner.goto('/instructor');
  await expect(learner.getByRole('heading', { name: 'Instructors only' })).toBeVisible();
  await learner.goto('/admin/users');
  await expect(learner.getByRole('heading', { name: 'Administrators only' })).toBeVisible();

  const admin = await newPage(browser);
  await signIn(admin, DEMO_ADMIN);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await admin.getByLabel('Email or name').fill(account.email);
  await admin.getByRole('button', { name: 'Find' }).click();
  const row = admin.getByRole('row').filter({ hasText: account.email });
  await expect(row).toContainText('learner');
  await row.getByRole('button', { name: /^Make instructor/ }).click();
  await expect(row).toContainText('instructor');
  await expectNoAxeViolations(admin);

  // A change of role ends the user's sessions (ADR 025): they sign in again, now as an instructor.
  await learner.goto('/instructor');
  await expect(learner).toHaveURL(/\/sign-in\?callbackUrl=%2Finstructor/);
  await learner.getByLabel('Email').fill(account.email);
  await learner.getByLabel('Password').fill(account.password);
  await learner.getByRole('button', { name: 'Sign in' }).click();
  await expect(learner.getByRole('heading', { name: 'Instructor', exact: true })).toBeVisible();
  await expect(
    learner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Instructor' }),
  ).toBeVisible();
});

test('the join link sends a signed-out visitor to sign in, and back', async ({ page, browser }) => {
  const owner = await newPage(browser);
  await signIn(owner, DEMO_INSTRUCTOR);
  await owner.goto('/instructor/classes');
  await owner.getByLabel('Class name').fill(`Link class ${Date.now()}`);
  await owner.getByRole('button', { name: 'Create class' }).click();
  const link = await owner.getByLabel('Join link').inputValue();
  const path = new URL(link).pathname;

  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fjoin%2F/);
  await page.getByLabel('Email').fill(DEMO_ADMIN.email);
  await page.getByLabel('Password').fill(DEMO_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('heading', { name: 'Join a class' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^Join / }).click();
  await expect(page).toHaveURL(/\/classes$/);

  owner.once('dialog', (dialog) => void dialog.accept());
  await owner.getByRole('button', { name: 'Rotate code' }).click();
  await expect(owner.getByLabel('Join link')).not.toHaveValue(link);
  await page.goto(path);
  await expect(page.getByText('This link doesn’t match a class.')).toBeVisible();
});

test('a signed-out newcomer opening a join link creates an account and lands on the class invitation', async ({
  page,
  browser,
}) => {
  const owner = await newPage(browser);
  await signIn(owner, DEMO_INSTRUCTOR);
  await owner.goto('/instructor/classes');
  const className = `Invite class ${Date.now()}`;
  await owner.getByLabel('Class name').fill(className);
  await owner.getByRole('button', { name: 'Create class' }).click();
  const path = new URL(await owner.getByLabel('Join link').inputValue()).pathname;

  // Signed out: the link asks to sign in; the newcomer has no account and creates one.
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fjoin%2F/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  await expect(page.getByText('you come back to your class invitation')).toBeVisible();
  // Changing their mind keeps the invite too.
  await expect(page.getByText('Already have an account?').getByRole('link', { name: 'Sign in' })).toHaveAttribute(
    'href',
    `/sign-in?callbackUrl=${encodeURIComponent(path)}`,
  );
  await expectNoAxeViolations(page);
  await page.getByLabel('Email').fill(uniqueEmail('invited'));
  await page.getByLabel('Password').fill('invited-password-1');
  await page.getByRole('button', { name: 'Create account' }).click();

  // They land on the invitation, not the dashboard, and one click puts them in the class.
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('heading', { name: 'Join a class' })).toBeVisible();
  await page.getByRole('button', { name: `Join ${className}` }).click();
  await expect(page).toHaveURL(/\/classes$/);
  await expect(page.getByRole('heading', { name: className })).toBeVisible();
});

test('sign-up refuses a callbackUrl that leaves the site', async ({ page }) => {
  await page.goto('/sign-up?callbackUrl=%2F%2Fevil.example.com%2Fjoin%2FX');
  await page.getByLabel('Email').fill(uniqueEmail('offsite'));
  await page.getByLabel('Password').fill('offsite-password-1');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/dashboard$/);
});

test('the class dashboard shows the whole join link on a phone and a desktop, explains “known”, and its Cards CSV is plain text', async ({
  page,
}) => {
  await signIn(page, DEMO_INSTRUCTOR);
  await page.goto('/instructor/classes');
  await page.getByLabel('Class name').fill(`Dashboard class ${Date.now()}`);
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByLabel('Join link')).toHaveValue(/\/join\/[0-9A-Z]{10}$/);
  const classId = page.url().match(/\/instructor\/classes\/([a-z0-9]+)/)![1]!;
  await page.getByLabel('Deck', { exact: true }).selectOption({ label: 'Limits and numbers' });
  await page.getByRole('button', { name: 'Assign deck' }).click();
  await expect(page.getByRole('button', { name: 'Unassign Limits and numbers' })).toBeVisible();

  const link = page.getByLabel('Join link');
  const value = await link.inputValue();
  for (const [name, size] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await link.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/i15-class-dashboard-${name}-${scheme}.png` });
      // Nothing of the link is scrolled out of sight: the box shows all of it.
      const fits = await link.evaluate(
        (el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1,
      );
      expect(fits, `join link cut off on ${name}`).toBe(true);
    }
  }
  expect(await link.inputValue()).toBe(value);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(
    page.getByText(/“Knows” a card: FSRS puts the chance of still recalling it 7 days from now at 90% or more/),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const csv = await (await page.request.get(`/api/instructor/classes/${classId}/dashboard?table=cards`)).text();
  expect(csv).toContain(
    'What is the default integration timeout range for an API Gateway REST API, and can it be raised?',
  );
  expect(csv).not.toMatch(/\*\*|`/);
});
