import { expect, test } from '@playwright/test';

test('every page is served with security headers, and the CSP forbids eval and framing', async ({ request }) => {
  for (const path of ['/', '/sign-in', '/api/review/queue']) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});

test('the session cookie is HttpOnly and SameSite=Lax', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('learner@example.com');
  await page.getByLabel('Password').fill('delight-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const session = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});
