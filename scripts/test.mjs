// `npm test`: every test — unit, integration (Vitest) and end-to-end (Playwright in Debian's Chromium).
// Ends with one line "tests: N passed, N failed" counted from both runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH as chromium } from './lib/chromium.mjs';
import { root } from './lib/prepare.mjs';

function ensureChromium() {
  if (existsSync(chromium)) return;
  const canApt =
    process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!canApt) {
    console.error(
      `Chromium was not found at ${chromium}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to a Chromium binary).`,
    );
    process.exit(1);
  }
  console.log('Chromium is missing: installing it with apt-get (one time)…');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']]) {
    const r = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) {
      console.error('apt-get failed; install Chromium by hand: apt-get install -y chromium');
      process.exit(1);
    }
  }
}

const reports = path.join(root, 'test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

ensureChromium();

const vitest = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(reports, 'vitest.json')}`],
  {
    cwd: root,
    stdio: 'inherit',
    env,
  },
);
const playwright = spawnSync(bin('playwright'), ['test'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, 'playwright.json') },
});

function counts() {
  let passed = 0;
  let failed = 0;
  const v = path.join(reports, 'vitest.json');
  if (existsSync(v)) {
    const r = JSON.parse(readFileSync(v, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
  }
  const p = path.join(reports, 'playwright.json');
  if (existsSync(p)) {
    const s = JSON.parse(readFileSync(p, 'utf8')).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
  }
  return { passed, failed };
}

const { passed, failed } = counts();
const ok = vitest.status === 0 && playwright.status === 0;
console.log(`\ntests: ${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
process.exit(ok ? 0 : 1);
