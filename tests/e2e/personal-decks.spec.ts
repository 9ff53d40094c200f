import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { DEMO_INSTRUCTOR, expectNoAxeViolations, signIn, signInNewLearner } from './fixtures';

const DEMO_ADMIN = { email: 'admin@example.com', password: 'delight-demo' };
const E2E_DATABASE = path.join(process.cwd(), 'var', 'e2e', 'delight.db');

async function newPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  return (await browser.newContext(options)).newPage();
}

/** Runs statements on the suite's database (as the app stores dates). */
function withDatabase<T>(work: (db: Database.Database, now: string) => T): T {
  const db = new Database(E2E_DATABASE);
  try {
    db.pragma('busy_timeout = 5000');
    return work(db, new Date().toISOString().replace('Z', '+00:00'));
  } finally {
    db.close();
  }
}

/** The demo instructor's published deck with one own card, assigned to a new class that this learner belongs to. */
function instructorCardFor(learnerEmail: string, front: string): string {
  const suffix = randomUUID().replaceAll('-', '').slice(0, 16);
  const deckId = `i.e2edeck${suffix}`;
  const cardId = `i.e2ecard${suffix}`;
  withDatabase((db, now) => {
    const instructorId = (
      db.prepare('SELECT id FROM User WHERE email = ?').get(DEMO_INSTRUCTOR.email) as { id: string }
    ).id;
    const learnerId = (db.prepare('SELECT id FROM User WHERE email = ?').get(learnerEmail) as { id: string }).id;
    const classId = `e2eclass${suffix}`;
    db.prepare(
      "INSERT INTO Deck (id, kind, title, description, ownerId, published, position, createdAt, updatedAt) VALUES (?, 'INSTRUCTOR', 'Proposals week', 'Cohort deck.', ?, 1, 0, ?, ?)",
    ).run(deckId, instructorId, now, now);
    db.prepare(
      "INSERT INTO Card (id, front, back, explanation, ownerId, contentHash, createdAt, updatedAt) VALUES (?, ?, 'Sixty seconds.', NULL, ?, 'e2e', ?, ?)",
    ).run(cardId, front, instructorId, now, now);
    db.prepare('INSERT INTO DeckCard (deckId, cardId, position) VALUES (?, ?, 0)').run(deckId, cardId);
    db.prepare('INSERT INTO Class (id, ownerId, name, joinCode, createdAt) VALUES (?, ?, ?, ?, ?)').run(
      classId,
      instructorId,
      `Proposals ${suffix}`,
      suffix.toUpperCase().slice(0, 10),
      now,
    );
    db.prepare('INSERT INTO ClassMember (classId, userId, joinedAt) VALUES (?, ?, ?)').run(classId, learnerId, now);
    db.prepare('INSERT INTO DeckAssignment (classId, deckId, assignedAt) VALUES (?, ?, ?)').run(classId, deckId, now);
  });
  return cardId;
}

const cardFront = (cardId: string) =>
  withDatabase((db) => (db.prepare('SELECT front FROM Card WHERE id = ?').get(cardId) as { front: string }).front);

test('personal deck: a learner creates a deck with a card in the card editor and reviews it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInNewLearner(page, 'personal');
  await page.goto('/decks');
  await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill('My ALB gaps');
  await page.getByLabel('Description', { exact: true }).fill('Things I keep **missing**.');
  await page.getByRole('button', { name: 'Create deck' }).click();
  await expect(page.getByRole('heading', { name: 'My ALB gaps', level: 1 })).toBeVisible();
  const deckUrl = page.url();
  expect(deckUrl).toMatch(/\/decks\/personal\/i\.[a-z0-9]+$/);

  const front = `What is the ALB idle timeout default? ${Date.now()}`;
  await page.getByLabel('Front (question)').fill(`What is the **ALB** idle timeout default? ${front.split('? ')[1]}`);
  await page.getByLabel('Back (answer)').fill('**60 seconds**, configurable up to 4,000.');
  await page.getByLabel('Explanation (optional)').fill('Longer than API Gateway’s 29 s integration timeout.');
  await page.getByLabel('Tags').fill('alb timeouts');
  await page.getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByText('Card added to the end of the deck.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cards in this deck (1)' })).toBeVisible();
  await expect(page.getByTestId('personal-cards')).toContainText(front);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/personal-deck-editor-desktop.png', fullPage: true });

  // Phone, dark.
  const phone = await newPage(browser, {
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
    storageState: await page.context().storageState(),
  });
  await phone.goto(deckUrl);
  await expect(phone.getByRole('heading', { name: 'My ALB gaps', level: 1 })).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(phone);
  await phone.screenshot({ path: 'test-results/personal-deck-editor-phone-dark.png', fullPage: true });

  // The deck is listed, and its card is in today's review (a new learner's own deck comes before the library).
  await page.goto('/decks');
  await expect(page.getByTestId('personal-decks')).toContainText('My ALB gaps');
  await expect(page.getByTestId('personal-decks')).toContainText('1 card');
  await page.goto('/review');
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  await expect(page.locator('main')).toContainText(front);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toContainText('60 seconds');
  await page.keyboard.press('4');
  await expect(page.locator('main')).not.toContainText(front);
});

test('add a card from a missed quiz question into a new personal deck', async ({ page }) => {
  test.setTimeout(120_000);
  await signInNewLearner(page, 'quizcard');
  await page.goto('/quiz');
  await page.getByLabel('Questions').selectOption('5');
  await page.getByLabel('Focus').selectOption('dimension:observability');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Question ${i} of 5`)).toBeVisible();
    // Pair every matching fact with the first target; else pick option 1: some answers are wrong.
    const facts = page.locator('fieldset').filter({ has: page.locator('input[type=radio]') });
    if ((await facts.count()) > 0) {
      for (let f = 0; f < (await facts.count()); f++) await facts.nth(f).locator('input[type=radio]').first().check();
    } else {
      await page.keyboard.press('1');
    }
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('feedback')).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Quiz results' })).toBeVisible();
  const add = page.getByRole('link', { name: /^Add to my deck/ }).first();
  await expect(add).toBeVisible();
  const results = await page.locator('main').innerText();
  await add.click();

  await expect(page.getByRole('heading', { name: 'Add to your deck', level: 1 })).toBeVisible();
  await expect(page.getByText('From: A quiz question you missed')).toBeVisible();

  // No deck yet: the card is previewed, and the deck is created right here; the prefilled editor then opens on it.
  await expect(page.getByRole('heading', { name: 'First, create your deck' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill('Quiz misses');
  await page.getByLabel('Description', { exact: true }).fill('Questions I got wrong.');
  await page.getByRole('button', { name: 'Create deck' }).click();
  await expect(page.getByLabel('Into your deck')).toHaveValue(/^i\./);
  const prefilled = await page.getByLabel('Front (question)').inputValue();
  expect(prefilled.length).toBeGreaterThan(10);
  // The front is the missed question as the results page showed it.
  expect(results).toContain(
    prefilled
      .replace(/^True or false: /, '')
      .replace(/[*_`]/g, '')
      .split('\n')[0]!
      .slice(0, 30),
  );
  expect(await page.getByLabel('Back (answer)').inputValue()).not.toBe('');
  await expect(page.getByLabel('Tags')).toHaveValue(/from-quiz/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByText('Card added to the end of the deck.')).toBeVisible();

  await page.getByRole('link', { name: /Open “Quiz misses”/ }).click();
  await expect(page.getByRole('heading', { name: 'Cards in this deck (1)' })).toBeVisible();
  await expect(page.getByTestId('personal-cards')).toContainText('#from-quiz');
});

test('propose a fix to an instructor card from the review screen; the instructor accepts it and the learner sees the outcome', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const learner = await signInNewLearner(page, 'proposer');
  const front = `What is the default ALB idle timeout (${Date.now()})?`;
  const cardId = instructorCardFor(learner.email, front);

  await page.goto('/review');
  await expect(page.locator('main')).toContainText(front);
  await page.keyboard.press('Space');
  await page.getByRole('link', { name: 'Something wrong? Propose a fix' }).click();
  await expect(page.getByRole('heading', { name: 'Propose a fix', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Front (question)')).toHaveValue(front);
  await page.getByLabel('Back (answer)').fill('**60 seconds** by default, configurable from 1 to 4,000 s.');
  await page.getByLabel(/^Why/).fill('The answer leaves out that it can be changed, and the range.');
  await page.getByRole('button', { name: 'Send proposal' }).click();
  await expect(page.getByText('Thank you: your proposal was sent.')).toBeVisible();

  const instructor = await newPage(browser);
  await signIn(instructor, DEMO_INSTRUCTOR);
  await instructor.goto('/instructor');
  await instructor
    .getByRole('navigation', { name: 'Instructor' })
    .getByRole('link', { name: 'Proposed fixes' })
    .click();
  await expect(instructor.getByRole('heading', { name: 'For your cards' })).toBeVisible();
  const item = instructor.getByTestId('proposals-to-decide').getByRole('listitem').filter({ hasText: cardId });
  await expect(item).toContainText('Waiting for an answer');
  await expect(item).toContainText('configurable from 1 to 4,000 s');
  await expect(item).toContainText('The answer leaves out that it can be changed');
  await expectNoAxeViolations(instructor);
  await instructor.screenshot({ path: 'test-results/proposals-instructor-desktop.png', fullPage: true });
  await item.getByLabel('Note to the learner (optional)').fill('Good catch, thank you!');
  await item.getByRole('button', { name: 'Accept and update the card' }).click();
  await expect(item).toContainText('Accepted');
  expect(cardFront(cardId)).toBe(front);
  expect(
    withDatabase((db) => (db.prepare('SELECT back FROM Card WHERE id = ?').get(cardId) as { back: string }).back),
  ).toBe('**60 seconds** by default, configurable from 1 to 4,000 s.');

  await page.goto('/proposals');
  const mine = page.getByTestId('my-proposals').getByRole('listitem').filter({ hasText: cardId });
  await expect(mine).toContainText('Accepted');
  await expect(mine).toContainText('Good catch, thank you!');
});

test('propose a fix to a library card from the deck view; an admin sees it with the content/ file to change', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInNewLearner(page, 'libfix');
  await page.goto('/decks/operating-albs');
  const first = page.locator('main ol > li').first();
  const cardId = await first.getAttribute('id');
  await first.getByRole('link', { name: /Propose a fix/ }).click();
  await expect(page.getByRole('heading', { name: 'Propose a fix', level: 1 })).toBeVisible();
  const reason = `The default is worth a link to the docs (${Date.now()}).`;
  const explanation = page.getByLabel('Explanation');
  await explanation.fill(`${await explanation.inputValue()} See the ALB target group docs.`);
  await page.getByLabel(/^Why/).fill(reason);
  await page.getByRole('button', { name: 'Send proposal' }).click();
  await expect(page.getByText('Thank you: your proposal was sent.')).toBeVisible();

  // Not the instructor's to answer.
  const instructor = await newPage(browser);
  await signIn(instructor, DEMO_INSTRUCTOR);
  await instructor.goto('/proposals');
  await expect(instructor.getByText(reason)).toHaveCount(0);

  const adminDesktop = await newPage(browser);
  await signIn(adminDesktop, DEMO_ADMIN);
  const admin = await newPage(browser, {
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
    storageState: await adminDesktop.context().storageState(),
  });
  await admin.goto('/proposals');
  await expect(admin.getByRole('heading', { name: 'For library cards and your cards' })).toBeVisible();
  const item = admin.getByTestId('proposals-to-decide').getByRole('listitem').filter({ hasText: reason });
  await expect(item).toContainText('Library card');
  await expect(item).toContainText(cardId!);
  await expect(item.getByTestId('content-location')).toContainText(/content\/decks\/operating-albs\.yaml:\d+/);
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(admin);
  await admin.screenshot({ path: 'test-results/proposals-admin-phone-dark.png', fullPage: true });
  await item.getByRole('button', { name: /^Accept/ }).click();
  await expect(item).toContainText('Accepted');
  await expect(item.getByTestId('content-location')).toContainText('Make this change in');
});
