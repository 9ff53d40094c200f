import { expect, test, type APIRequestContext } from '@playwright/test';
import { ROUTES, type RouteEntry } from './route-matrix';

const ACCOUNTS = {
  learner: { email: 'learner@example.com', password: 'delight-demo' },
  instructor: { email: 'instructor@example.com', password: 'delight-demo' },
  admin: { email: 'admin@example.com', password: 'delight-demo' },
};
type Role = 'anonymous' | keyof typeof ACCOUNTS;
const RANK: Record<Role, number> = { anonymous: 0, learner: 1, instructor: 2, admin: 3 };
const NEEDS: Record<RouteEntry['access'], number> = { public: 0, 'signed-in': 1, instructor: 2, admin: 3 };

async function signIn(request: APIRequestContext, role: keyof typeof ACCOUNTS) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, ...ACCOUNTS[role], json: 'true' },
    maxRedirects: 0,
  });
  expect(res.status()).toBeLessThan(400);
}

async function call(request: APIRequestContext, route: RouteEntry) {
  const options = { maxRedirects: 0, failOnStatusCode: false } as const;
  return route.method === 'POST'
    ? request.post(route.path, { ...options, data: route.body ?? {} })
    : request.get(route.path, options);
}

for (const role of ['anonymous', 'learner', 'instructor', 'admin'] as const) {
  test(`permission matrix as ${role}: every route either serves or refuses, as listed`, async ({
    playwright,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const request = await playwright.request.newContext({ baseURL });
    if (role !== 'anonymous') await signIn(request, role);
    const problems: string[] = [];
    for (const route of ROUTES) {
      const allowed = RANK[role] >= NEEDS[route.access];
      const res = await call(request, route);
      const status = res.status();
      const location = res.headers()['location'] ?? '';
      const body = route.kind === 'page' && status === 200 ? await res.text() : '';
      let ok: boolean;
      if (!allowed && role === 'anonymous') {
        ok =
          route.kind === 'api'
            ? status === 401
            : (status === 307 || status === 303 || status === 302) && location.includes('/sign-in');
      } else if (!allowed) {
        ok =
          route.kind === 'api'
            ? status === 403 || status === 404
            : status === 404 || /data-testid="forbidden"/.test(body);
      } else if (route.redirectsSignedIn && role !== 'anonymous') {
        ok = status === 307 && location.endsWith('/dashboard');
      } else if (route.resource) {
        ok = status === 404; // an id that isn't the caller's (or doesn't exist)
      } else {
        ok =
          route.kind === 'api'
            ? status < 500 && status !== 401 && status !== 403
            : status === 200 && !/data-testid="forbidden"/.test(body);
      }
      if (!ok) problems.push(`${route.method ?? 'GET'} ${route.path} → ${status} ${location}`);
    }
    expect(problems).toEqual([]);
    await request.dispose();
  });
}
