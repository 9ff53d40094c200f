/**
 * The app server as `npm start` runs it, for a port; run it with `process.execPath` and the
 * repository root as cwd: `scripts/serve.mjs`, a node:http server around Next's handler that sets
 * the trusted client address (ADR 025) and keeps idle connections 65 s (ADR 008). No imports: the
 * end-to-end specs load this file too, and Playwright's loader can't load an .mjs that imports
 * (prepare.mjs).
 */
export function nextStartArgs(port) {
  return ['scripts/serve.mjs', '--port', String(port)];
}
