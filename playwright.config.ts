import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node scripts/start.mjs',
    url: `${baseURL}/sign-in`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      DATABASE_URL: 'file:./var/e2e/delight.db',
      DEMO_DATA: '1',
      FRESH_DB: '1',
      TEST_SHORT_TIMERS: '1',
      // The weekly FSRS sweep would optimize seeded learners behind the tests' backs (ADR 032).
      DELIGHT_SCHEDULED_JOBS: '0',
      // One app-server process, as before ADR 028 (npm start's default is one per core); the
      // multi-worker behaviour has its own spec (workers.spec.ts).
      WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? '1',
      // Shedding (ADR 028) judges this server's own event-loop lag; here two Chromiums and the runner
      // share its two cores, and a 60 ms lag is the box, not learners: CI saw a page and a server action
      // shed mid-journey. The journeys are tested, not the policy (unit tests and npm run loadtest).
      OVERLOAD_MAX_LAG_MS: '400',
      NEXTAUTH_URL: baseURL,
    },
  },
});
