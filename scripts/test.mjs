// `npm test`: every test — unit, integration (Vitest) and end-to-end (Playwright in Debian's Chromium).
// Ends with one line "tests: N passed, N failed" counted from both runners' JSON reports.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Runs a command to its end; resolves with its exit status. */
function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

// The app's production build (for the end-to-end tests) goes on while Vitest runs: both fit on two
// cores better than one after the other (the machine sits half idle in either alone). Its output
// goes to a log, shown only if it fails; the tests' web server then finds the build up to date.
mkdirSync(path.join(root, 'test-results'), { recursive: true });
const buildLog = path.join(root, 'test-results', 'build.log');
const buildOut = openSync(buildLog, 'w');
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;
const building = run(process.execPath, ['scripts/ensure-build.mjs'], {
  env: { ...env, NODE_ENV: 'production' },
  stdio: ['ignore', buildOut, buildOut],
}).then((status) => {
  console.log(`test: the app's build ended at ${seconds()}`);
  return status;
});
const vitestStatus = await run(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(reports, 'vitest.json')}`],
  { stdio: 'inherit', env },
);
console.log(`test: Vitest ended at ${seconds()}`);
const buildStatus = await building;
closeSync(buildOut);
if (buildStatus !== 0) {
  console.error(`\nThe app's build failed:\n${readFileSync(buildLog, 'utf8')}`);
}
const playwrightStatus =
  buildStatus !== 0
    ? 1
    : await run(bin('playwright'), ['test'], {
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

/**
 * The failed tests by name, with the first line of each failure, and the flaky ones (passed on retry): CI shows
 * only the end of its log, so this goes last there (.ci/run) and to test-results/failures.txt.
 */
function failures() {
  const lines = [];
  const v = path.join(reports, 'vitest.json');
  if (existsSync(v)) {
    for (const file of JSON.parse(readFileSync(v, 'utf8')).testResults ?? []) {
      const where = path.relative(root, file.name ?? '');
      for (const t of file.assertionResults ?? [])
        if (t.status === 'failed')
          lines.push(`vitest FAILED ${where} > ${t.fullName}: ${String(t.failureMessages?.[0] ?? '').split('\n')[0]}`);
      if ((file.assertionResults ?? []).length === 0 && file.status === 'failed')
        lines.push(`vitest FAILED ${where}: ${String(file.message ?? '').split('\n')[0]}`);
    }
  }
  const p = path.join(reports, 'playwright.json');
  if (existsSync(p)) {
    const walk = (suite, trail) => {
      for (const spec of suite.specs ?? [])
        for (const t of spec.tests ?? []) {
          if (t.status !== 'unexpected' && t.status !== 'flaky') continue;
          const error = t.results?.find((r) => r.error)?.error?.message ?? '';
          const label = t.status === 'flaky' ? 'flaky (passed on retry)' : 'FAILED';
          lines.push(
            `playwright ${label} ${spec.file}:${spec.line} > ${[...trail, spec.title].join(' > ')}: ${error.split('\n')[0]}`,
          );
        }
      for (const child of suite.suites ?? [])
        walk(child, suite.title && !suite.title.endsWith('.ts') ? [...trail, suite.title] : trail);
    };
    for (const suite of JSON.parse(readFileSync(p, 'utf8')).suites ?? []) walk(suite, []);
  }
  return lines.map((l) => l.replace(/\u001b\[[0-9;]*m/g, '').slice(0, 600));
}

console.log(`test: Playwright ended at ${seconds()}`);
const { passed, failed } = counts();
const ok = vitestStatus === 0 && playwrightStatus === 0;
const listed = failures();
writeFileSync(path.join(root, 'test-results', 'failures.txt'), listed.map((l) => `${l}\n`).join(''));
if (listed.length > 0) console.log(`\n${listed.join('\n')}`);
console.log(`\ntests: ${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
process.exit(ok ? 0 : 1);
