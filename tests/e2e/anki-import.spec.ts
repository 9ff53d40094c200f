import { expect, test } from '@playwright/test';
import { ankiFixture } from '../support/anki-fixtures';
import { expectNoAxeViolations, signInNewLearner } from './fixtures';

test('anki import: a learner uploads templates.apkg to a personal deck, previews counts and notices, imports, and the cards appear', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signInNewLearner(page, 'anki');
  await page.goto('/decks');
  await page.getByLabel('Title', { exact: true }).fill('From Anki');
  await page.getByLabel('Description', { exact: true }).fill('My Anki deck, imported.');
  await page.getByRole('button', { name: 'Create deck' }).click();
  await expect(page.getByRole('heading', { name: 'From Anki', level: 1 })).toBeVisible();
  const deckUrl = page.url();

  await page.getByLabel('Anki package (.apkg)').setInputFiles(ankiFixture('templates.apkg'));
  await page.getByRole('button', { name: 'Preview Anki import' }).click();
  const summary = page.getByTestId('anki-summary');
  await expect(summary).toContainText('48 notes and 146 cards in the package (collection.anki2)');
  await expect(summary).toContainText(
    '109 new cards, 0 already imported, 3 duplicates and 34 cards with problems (skipped)',
  );
  await expect(summary).toContainText('The package’s 102 review-log rows are not imported.');
  await expect(page.getByTestId('import-preview')).toContainText('media files were dropped');
  await expect(page.getByTestId('import-preview')).toContainText('the front is empty without its media');
  await expect(page.getByRole('heading', { name: 'Cards in this deck (0)' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/anki-import-preview-desktop.png', fullPage: true });

  await page.getByRole('button', { name: 'Import 109 cards' }).click();
  await expect(
    page.getByText('Imported 109 new cards; 3 duplicates skipped; 34 cards with problems skipped.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cards in this deck (109)' })).toBeVisible();
  await expect(page.getByTestId('personal-cards')).toContainText(
    'Which movements result from the contraction of Deltoid?',
  );

  const phone = await (
    await browser.newContext({
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
      storageState: await page.context().storageState(),
    })
  ).newPage();
  await phone.goto(deckUrl);
  await phone.getByLabel('Anki package (.apkg)').setInputFiles(ankiFixture('templates.apkg'));
  await phone.getByRole('button', { name: 'Preview Anki import' }).click();
  await expect(phone.getByTestId('anki-summary')).toContainText('0 new cards, 109 already imported');
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(phone);
  await phone.getByTestId('anki-summary').scrollIntoViewIfNeeded();
  await phone.screenshot({ path: 'test-results/anki-import-preview-phone-dark.png' });
});
