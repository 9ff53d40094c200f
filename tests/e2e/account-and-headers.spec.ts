import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_INSTRUCTOR, expectNoAxeViolations, signIn, signInNewLearner } from './fixtures';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** The instructor makes a class through the UI; returns its id and code. */
async function makeClass(instructor: Page, name: string): Promise<{ classId: string; code: string }> {
  await instructor.goto('/instructor/classes');
  await instructor.getByLabel('Class name').fill(name);
  await instructor.getByRole('button', { name: 'Create class' }).click();
  await expect(instructor.getByRole('heading', { name, level: 1 })).toBeVisible();
  const classId = instructor.url().match(/\/instructor\/classes\/([a-z0-9]+)/)![1]!;
  const code = (await instructor.getByTestId('join-code').innerText()).trim();
  return { classId, code };
}

async function joinClass(student: Page, code: string, name: string) {
  await student.goto('/classes');
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByText(`You joined ${name}.`)).toBeVisible();
}

test('pages get a fresh nonce-based CSP with no inline-script allowance, and still hydrate (issue 17 §10)', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  const first = await page.goto('/sign-in');
  const csp = first!.headers()['content-security-policy'] ?? '';
  const scripts = csp.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
  expect(scripts).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
  expect(scripts).not.toContain('unsafe-inline');
  expect(first!.headers()['strict-transport-security']).toBeUndefined(); // http://localhost: no HSTS
  const again = await page.request.get('/sign-in');
  expect(again.headers()['content-security-policy']).not.toBe(csp); // a new nonce per response
  // The inline scripts Next writes carry the nonce, and the page works (hydrated form, client navigation).
  const nonce = scripts.match(/'nonce-([^']+)'/)![1]!;
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(inline.length).toBeGreaterThan(0);
  expect(inline.every((n) => n === nonce)).toBe(true);
  await page.getByLabel('Email').fill('learner@example.com');
  await page.getByLabel('Password').fill('delight-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible({ timeout: 30_000 }); // first sign-in of a cold server
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats' }).click();
  await expect(page).toHaveURL(/\/stats$/);
  expect(violations).toEqual([]);
  // The JSON API sends no HTML: it gets a policy that allows nothing.
  expect((await page.request.get('/api/review/queue')).headers()['content-security-policy']).toContain(
    "default-src 'none'",
  );
});

test('a server action over the body limit is answered 413, not 500 (issue 17 §12)', async ({ request }) => {
  const res = await request.post('/instructor/decks', {
    headers: { 'Next-Action': '0'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8' },
    data: 'x'.repeat(5 * 1024 * 1024),
    failOnStatusCode: false,
  });
  expect(res.status()).toBe(413);
});

test('the class dashboard says it counts only activity since joining; the join link ignores X-Forwarded-Host (issue 17 §5, §12)', async ({
  browser,
  baseURL,
}) => {
  const instructor = await newPage(browser);
  await signIn(instructor, DEMO_INSTRUCTOR);
  const { code } = await makeClass(instructor, `Scope ${Date.now()}`);
  await expect(instructor.getByTestId('dashboard-scope')).toHaveText(
    /only what each student did after joining this class, on the decks and prompts assigned to it/,
  );
  await instructor.context().setExtraHTTPHeaders({ 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' });
  await instructor.reload();
  await expect(instructor.getByLabel('Join link')).toHaveValue(`${baseURL}/join/${code.replace('-', '')}`);
});

test('your data: download it as JSON, leave a class, delete the account with its password (issue 17 §14)', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const instructor = await newPage(browser);
  await signIn(instructor, DEMO_INSTRUCTOR);
  const stay = `Stay ${Date.now()}`;
  const leave = `Leave ${Date.now()}`;
  const stayClass = await makeClass(instructor, stay);
  const leaveClass = await makeClass(instructor, leave);

  const student = await newPage(browser);
  const account = await signInNewLearner(student, 'mydata');
  await joinClass(student, stayClass.code, stay);
  await joinClass(student, leaveClass.code, leave);

  // Leave one class: its instructor no longer sees the student.
  student.once('dialog', (d) => void d.accept());
  await student.getByRole('button', { name: `Leave ${leave}` }).click();
  await expect(student.getByRole('heading', { name: leave })).toHaveCount(0);
  await instructor.goto(`/instructor/classes/${leaveClass.classId}`);
  await expect(instructor.getByText('No students yet.')).toBeVisible();

  // Your data: what deleting would take from instructors, named before anything happens.
  await student.getByRole('link', { name: 'Your data' }).click();
  await expect(student.getByRole('heading', { name: 'Your data', level: 1 })).toBeVisible();
  await expect(student.getByTestId('delete-consequences')).toContainText(
    `Your instructors in ${stay} will no longer see you`,
  );
  await expectNoAxeViolations(student);
  await student.screenshot({ path: 'test-results/your-data.png', fullPage: true });
  await student.emulateMedia({ colorScheme: 'dark' });
  await student.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(student);
  await student.screenshot({ path: 'test-results/your-data-phone-dark.png', fullPage: true });
  await student.setViewportSize({ width: 1280, height: 720 });
  await student.emulateMedia({ colorScheme: 'light' });

  const [download] = await Promise.all([
    student.waitForEvent('download'),
    student.getByRole('link', { name: 'Download my data (JSON)' }).click(),
  ]);
  const exported = JSON.parse(
    await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
  ) as {
    account: { email: string };
    classes: { name: string }[];
  };
  expect(exported.account.email).toBe(account.email);
  expect(exported.classes.map((c) => c.name)).toEqual([stay]);

  // Deleting needs the password and the tick.
  const cookies = await student.context().cookies();
  await student.getByLabel('Your password').fill('not-my-password');
  await student.getByRole('checkbox').check();
  await student.getByRole('button', { name: 'Delete my account' }).click();
  await expect(student.getByText('That is not your password.').first()).toBeVisible();
  await student.getByLabel('Your password').fill(account.password);
  await student.getByRole('button', { name: 'Delete my account' }).click();
  await expect(student).toHaveURL(/\/\?account=deleted$/);
  await expect(student.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();

  // The instructor no longer sees the student; the copied cookie signs nobody in.
  await instructor.goto(`/instructor/classes/${stayClass.classId}`);
  await expect(instructor.getByText('No students yet.')).toBeVisible();
  const stale = await browser.newContext();
  await stale.addCookies(cookies);
  expect((await stale.request.get('/api/review/queue')).status()).toBe(401);
  await stale.close();
});
