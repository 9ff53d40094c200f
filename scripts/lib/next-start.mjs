/**
 * `next start` as `npm start` runs it, for a port; run it with the repository root as cwd. Idle
 * keep-alive connections stay open 65 s (Node's default is 5 s): longer than a load balancer's idle
 * timeout (ALB: 60 s), so the proxy never reuses a connection the app just closed, and learners pausing
 * 2–5 s between answers don't reconnect each time (ADR 008). No imports: the end-to-end specs load this
 * file too, and Playwright's loader can't load an .mjs that imports (prepare.mjs).
 */
export function nextStartArgs(port) {
  return ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '--keepAliveTimeout', '65000'];
}
