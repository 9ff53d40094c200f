/**
 * lighthouse: Lighthouse performance and accessibility scores (0–100) of the signed-out landing page
 * and of /review, /quiz and /mock signed in as the demo learner, against the production build.
 * Lighthouse's defaults: mobile form factor, simulated throttling. Each page runs RUNS times; the
 * median performance score is reported (accessibility is deterministic). One Chromium, started by
 * chrome-launcher (Lighthouse's own launcher) with our flags; Lighthouse drives it over its DevTools port, and the session cookie goes in
 * as an extra Cookie header. The median run's full report is kept in var/bench/lighthouse/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import type { Flags, Result } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.mjs';
import { root } from '../lib/prepare.mjs';
import { signInOverHttp, startAppServer } from './app-server';

const PAGES = ['/', '/review', '/quiz', '/mock'] as const;
type Page = (typeof PAGES)[number];
const SIGNED_OUT: ReadonlySet<Page> = new Set<Page>(['/']);
const RUNS = 3;
const PORT = 3203;

export type LighthouseScores = { performance: number; accessibility: number };

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

export async function benchLighthouse(): Promise<Record<Page, LighthouseScores>> {
  const { default: lighthouse } = await import('lighthouse');
  const chromium = await launchChromium();
  let app: Awaited<ReturnType<typeof startAppServer>> | undefined;
  try {
    app = await startAppServer(PORT, path.join(root, 'var', 'bench', 'lighthouse.db'));
    const cookie = await signInOverHttp(app.url, 'learner@example.com', 'delight-demo');
    const reports = path.join(root, 'var', 'bench', 'lighthouse');
    mkdirSync(reports, { recursive: true });
    const result = {} as Record<Page, LighthouseScores>;
    for (const pagePath of PAGES) {
      const url = `${app.url}${pagePath}`;
      const runs: Result[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const flags: Flags = {
          port: chromium.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          ...(SIGNED_OUT.has(pagePath) ? {} : { extraHeaders: { Cookie: cookie } }),
        };
        const lhr = (await lighthouse(url, flags))?.lhr;
        if (!lhr) throw new Error(`lighthouse returned no result for ${url}`);
        checkRun(lhr, pagePath);
        const { performance, accessibility } = scoresOf(lhr);
        log(`lighthouse ${pagePath} run ${run}/${RUNS}: performance ${performance}, accessibility ${accessibility}`);
        runs.push(lhr);
      }
      const median = [...runs].sort((a, b) => scoresOf(a).performance - scoresOf(b).performance)[(RUNS - 1) >> 1]!;
      const accessibilities = new Set(runs.map((r) => scoresOf(r).accessibility));
      if (accessibilities.size > 1)
        log(`lighthouse ${pagePath}: accessibility varied across runs: ${[...accessibilities].join(', ')}`);
      result[pagePath] = scoresOf(median);
      const file = path.join(reports, `${pagePath === '/' ? 'home' : pagePath.slice(1)}.json`);
      writeFileSync(file, JSON.stringify(median, null, 1));
      log(
        `lighthouse ${pagePath}: performance ${result[pagePath].performance} (median of ${runs.map((r) => scoresOf(r).performance).join(', ')}), accessibility ${result[pagePath].accessibility}; report ${path.relative(root, file)}`,
      );
      logDetails(pagePath, median);
    }
    return result;
  } finally {
    await app?.stop();
    chromium.kill(); // Chromium's process group and its temporary profile
  }
}

function scoresOf(lhr: Result): LighthouseScores {
  const score = (id: string) => {
    const value = lhr.categories[id]?.score;
    if (typeof value !== 'number') throw new Error(`lighthouse ${lhr.finalDisplayedUrl}: no ${id} score`);
    return Math.round(value * 100);
  };
  return { performance: score('performance'), accessibility: score('accessibility') };
}

/** A run that errored, or a signed-in page that bounced to sign-in, must not produce a score. */
function checkRun(lhr: Result, pagePath: Page): void {
  if (lhr.runtimeError)
    throw new Error(`lighthouse ${pagePath}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const landed = new URL(lhr.finalDisplayedUrl).pathname;
  if (landed !== pagePath)
    throw new Error(`lighthouse ${pagePath}: ended on ${lhr.finalDisplayedUrl} (not signed in?)`);
  for (const warning of lhr.runWarnings) log(`lighthouse ${pagePath} warning: ${stringOf(warning)}`);
}

type Node = { selector?: string; nodeLabel?: string; snippet?: string };
type Item = { node?: Node; url?: string; wastedMs?: number; wastedBytes?: number; subItems?: { items?: Item[] } };

function logDetails(pagePath: Page, lhr: Result): void {
  const audit = (id: string) => lhr.audits[id];
  const metrics = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ];
  log(
    `lighthouse ${pagePath} metrics: ${metrics
      .map((id) => `${id} ${audit(id)?.displayValue ?? '?'} (score ${audit(id)?.score ?? '?'})`)
      .join(', ')}; benchmarkIndex ${lhr.environment.benchmarkIndex}`,
  );
  const lcpNodes = itemsOf(audit('largest-contentful-paint-element')).flatMap((item) => (item.node ? [item.node] : []));
  for (const node of lcpNodes) log(`lighthouse ${pagePath} LCP element: ${describe(node)}`);

  const a11y = lhr.categories.accessibility?.auditRefs ?? [];
  for (const ref of a11y) {
    const result = audit(ref.id);
    if (!result || result.score === null || result.score >= 1) continue;
    log(`lighthouse ${pagePath} accessibility FAIL ${ref.id}: ${result.title}`);
    for (const item of itemsOf(result)) {
      if (item.node) log(`    ${describe(item.node)}`);
      for (const sub of item.subItems?.items ?? []) if (sub.node) log(`      related: ${describe(sub.node)}`);
    }
  }

  const opportunities = (lhr.categories.performance?.auditRefs ?? [])
    .map((ref) => audit(ref.id))
    .filter((a) => a && a.details?.type === 'opportunity' && (a.score ?? 1) < 1)
    .map((a) => {
      const details = a!.details as { overallSavingsMs?: number; overallSavingsBytes?: number };
      return { audit: a!, savings: details.overallSavingsMs ?? 0, bytes: details.overallSavingsBytes ?? 0 };
    })
    .filter((o) => o.savings > 0 || o.bytes > 0)
    .sort((a, b) => b.savings - a.savings)
    .slice(0, 5);
  for (const { audit: a, savings } of opportunities) {
    log(
      `lighthouse ${pagePath} opportunity ${a.id}: ${a.title} — ${a.displayValue ?? ''} (~${Math.round(savings)} ms)`,
    );
    for (const item of itemsOf(a).slice(0, 3)) {
      const bytes = item.wastedBytes ? ` ${Math.round(item.wastedBytes / 1024)} KiB` : '';
      const ms = item.wastedMs ? ` ${Math.round(item.wastedMs)} ms` : '';
      log(`    ${item.url ?? (item.node ? describe(item.node) : '?')}${bytes}${ms}`);
    }
  }
  const diagnostics = (lhr.categories.performance?.auditRefs ?? [])
    .filter((ref) => ref.weight === 0)
    .map((ref) => audit(ref.id))
    .filter(
      (a) =>
        a &&
        a.details?.type !== 'opportunity' &&
        a.score !== null &&
        a.score < 0.9 &&
        a.scoreDisplayMode !== 'informative',
    );
  for (const a of diagnostics)
    log(`lighthouse ${pagePath} diagnostic ${a!.id}: ${a!.title}${a!.displayValue ? ` — ${a!.displayValue}` : ''}`);
}

function itemsOf(audit: Result['audits'][string] | undefined): Item[] {
  const details = audit?.details as { items?: unknown[] } | undefined;
  return (details?.items ?? []).flatMap((entry) => {
    const item = entry as Item & { type?: string; items?: Item[] };
    // The LCP-element audit nests its node in a table inside a list.
    return item.type === 'table' && item.items ? item.items : [item];
  });
}

function describe(node: Node): string {
  const label = node.nodeLabel ? ` "${node.nodeLabel.replace(/\s+/g, ' ').slice(0, 80)}"` : '';
  return `${node.selector ?? '?'}${label} ${node.snippet?.slice(0, 160) ?? ''}`.trimEnd();
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Headless Debian Chromium with our flags on a free DevTools port (chrome-launcher); fails loudly when it cannot start. */
async function launchChromium(): Promise<LaunchedChrome> {
  const chromePath = process.env.CHROME_PATH ?? CHROMIUM_PATH;
  if (!existsSync(chromePath)) {
    throw new Error(`lighthouse needs Chromium at ${chromePath} (set CHROME_PATH); not found`);
  }
  const chromium = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'error' });
  log(`lighthouse: Chromium ${chromePath} on DevTools port ${chromium.port}`);
  return chromium;
}
