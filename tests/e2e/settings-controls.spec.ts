import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signInNewLearner } from './fixtures';

const ACCENT = { light: 'rgb(79, 70, 229)', dark: 'rgb(165, 180, 252)' } as const;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test(`settings controls use the app’s colours and the time zone is picked from a searchable list (${colorScheme})`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await signInNewLearner(page, `settings-${colorScheme}`);
      await page.goto('/review/settings');
      await expect(page.getByRole('heading', { name: 'Review settings' })).toBeVisible();
      for (const control of [page.getByRole('checkbox').first(), page.getByLabel(/Desired retention/)]) {
        expect(await control.evaluate((el) => getComputedStyle(el).accentColor)).toBe(ACCENT[colorScheme]);
      }

      // Type to filter, arrows and Enter to pick.
      const zone = page.getByRole('combobox', { name: 'Time zone' });
      await zone.fill('new york');
      await expect(page.getByRole('listbox', { name: 'Time zone' })).toBeVisible();
      await expect(page.getByRole('option', { name: 'America/New York' })).toBeVisible();
      await zone.fill('berl');
      const options = page.getByRole('listbox', { name: 'Time zone' }).getByRole('option');
      await expect(options).toHaveText(['Europe/Berlin']);
      await page.screenshot({ path: `test-results/settings-${colorScheme}.png`, fullPage: true });
      await expectNoAxeViolations(page);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(zone).toHaveValue('Europe/Berlin');
      await expect(page.getByRole('listbox', { name: 'Time zone' })).toBeHidden();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByText('Settings saved.')).toBeVisible();
      await page.reload();
      await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Berlin');

      // Escape puts the saved zone back; a zone that isn't on the list is refused by the server.
      await zone.fill('Tok');
      await page.keyboard.press('Escape');
      await expect(zone).toHaveValue('Europe/Berlin');
      await zone.fill('Mars/Olympus');
      await zone.blur();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByText('Choose a time zone from the list.')).toBeVisible();
    });
  });
}
