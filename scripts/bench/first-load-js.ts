/**
 * firstLoadJs: gzipped JavaScript a signed-in learner's browser downloads on a cold first visit to
 * /review, /quiz and /mock (every script response, gzipped here at level 9), measured in Chromium.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.mjs';
import { root } from '../lib/prepare.mjs';
import { signInOverHttp, startAppServer } from './app-server';

const PAGES = ['/review', '/quiz', '/mock'] as const;
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

export async function benchFirstLoadJs(): Promise<Record<(typeof PAGES)[number], number>> {
  const app = await startAppServer(3202, path.join(root, 'var', 'bench', 'first-load.db'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const cookieHeader = await signInOverHttp(app.url, 'learner@example.com', 'delight-demo');
    const cookies = cookieHeader.split('; ').map((pair) => {
      const [name, ...value] = pair.split('=');
      return { name: name!, value: value.join('='), url: app.url };
    });
    const result = {} as Record<(typeof PAGES)[number], number>;
    for (const pagePath of PAGES) {
      const context = await browser.newContext();
      await context.addCookies(cookies);
      const page = await context.newPage();
      const scripts: Promise<{ url: string; bytes: number }>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') {
          const url = new URL(response.url()).pathname;
          scripts.push(response.body().then((b) => ({ url, bytes: gzipSync(b, { level: 9 }).length }), () => ({ url, bytes: 0 })));
        }
      });
      await page.goto(`${app.url}${pagePath}`, { waitUntil: 'networkidle' });
      const loaded = (await Promise.all(scripts)).sort((a, b) => b.bytes - a.bytes);
      const kB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
      result[pagePath] = kB(loaded.reduce((sum, s) => sum + s.bytes, 0));
      // The largest chunks name where a budget overrun comes from.
      const largest = loaded.slice(0, 4).map((s) => `${path.basename(s.url)} ${kB(s.bytes)}`);
      log(`firstLoadJs ${pagePath}: ${result[pagePath]} kB gzipped in ${loaded.length} scripts (largest: ${largest.join(', ')})`);
      await context.close();
    }
    return result;
  } finally {
    await browser.close();
    await app.stop();
  }
}
