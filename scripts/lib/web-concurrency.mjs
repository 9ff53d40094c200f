/** How many app-server workers to run (ADR 028). No imports: the Playwright specs load this file. */

/** WEB_CONCURRENCY as the server reads it: unset means `fallback`; `auto` means one per core; else 1–64. */
export function parseWebConcurrency(value, cores, fallback = 1) {
  if (value === undefined || value === '') return fallback;
  if (value === 'auto') return Math.max(1, cores);
  if (!/^[1-9][0-9]?$/.test(value) || Number(value) > 64)
    throw new Error(`WEB_CONCURRENCY: must be "auto" or a whole number from 1 to 64 (got ${JSON.stringify(value)})`);
  return Number(value);
}
