import { expect, test, type Page } from '@playwright/test';
import { DEMO_INSTRUCTOR, signIn, signInNewLearner } from './fixtures';

// Each payload would run script if its markup were interpreted; shown as text, it is harmless.
const PAYLOAD_FRONT = 'Is <img src=x onerror="window.__xss=1"> safe? <script>window.__xss=1</script>';
const PAYLOAD_BACK = '[click me](javascript:window.__xss=1) and <a href="javascript:window.__xss=1" onclick="window.__xss=1">this</a>';

/** Fails the test on any dialog, and records whether any payload ran. */
function watchForScript(page: Page): void {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
}

async function expectPayloadInert(page: Page, where: ReturnType<Page['locator']>): Promise<void> {
  await expect(where.getByText('<img src=x onerror="window.__xss=1">', { exact: false }).first()).toBeVisible();
  await expect(where.locator('img, script, [onerror], [onclick], a[href^="javascript:" i]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

test("an XSS payload in an instructor's card is shown as text: builder preview, deck list and a student's review", async ({ browser }) => {
  test.setTimeout(120_000);
  const instructor = await (await browser.newContext()).newPage();
  watchForScript(instructor);
  await signIn(instructor, DEMO_INSTRUCTOR);
  await instructor.goto('/instructor/decks');
  const title = `XSS drill ${Date.now()}`;
  await instructor.getByLabel('Title', { exact: true }).fill(title);
  await instructor.getByLabel('Description', { exact: true }).fill('Payload: <script>window.__xss=1</script>');
  await instructor.getByRole('button', { name: 'Create deck' }).click();
  await expect(instructor.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await instructor.getByText('Title and description').click();
  await expect(instructor.locator('.markdown').getByText('Payload: <script>window.__xss=1</script>')).toBeVisible();

  // The live preview (rendered in the browser) shows the markup as text.
  await instructor.getByRole('link', { name: 'Write a card' }).click();
  await instructor.getByLabel('Front (question)').fill(PAYLOAD_FRONT);
  await instructor.getByLabel('Back (answer)').fill(PAYLOAD_BACK);
  const preview = instructor.getByRole('region', { name: 'Preview' });
  await expectPayloadInert(instructor, preview);
  await expect(preview.getByText('click me')).toBeVisible();
  await instructor.getByRole('button', { name: 'Add card' }).click();
  await expect(instructor.getByText('Card added to the end of the deck.')).toBeVisible();
  await expectPayloadInert(instructor, instructor.getByTestId('deck-cards'));
  await instructor.getByRole('button', { name: 'Publish' }).click();
  await expect(instructor.getByText('Published', { exact: true })).toBeVisible();

  await instructor.goto('/instructor/classes');
  await instructor.getByLabel('Class name').fill(`XSS class ${Date.now()}`);
  await instructor.getByRole('button', { name: 'Create class' }).click();
  const code = (await instructor.getByTestId('join-code').innerText()).trim();
  await instructor.getByLabel('Deck', { exact: true }).selectOption({ label: title });
  await instructor.getByRole('button', { name: 'Assign deck' }).click();
  await expect(instructor.getByRole('link', { name: title })).toBeVisible();

  // The student's review screen (HTML rendered on the server, injected by the client) shows text too.
  const student = await (await browser.newContext()).newPage();
  watchForScript(student);
  await signInNewLearner(student, 'xss');
  await student.goto('/classes');
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByText(/You joined/)).toBeVisible();
  await student.goto('/review');
  const card = student.getByRole('main');
  await expectPayloadInert(student, card);
  await student.keyboard.press('Space');
  await expect(student.getByTestId('answer')).toBeVisible();
  await expect(card.getByText('click me')).toBeVisible();
  await expectPayloadInert(student, card);
});
