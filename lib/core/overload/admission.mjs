/**
 * Graceful overload (ADR 028): whether the app server admits a request or answers 503 with
 * Retry-After, from its own measure of pressure. Pure: the measurements and the time are passed in.
 * Plain JavaScript with no imports, because the app server (scripts/serve.mjs) runs under plain
 * Node without a TypeScript loader; the types are in admission.d.mts.
 */

/** The defaults, per worker process; measured in ADR 028. */
export const DEFAULT_OVERLOAD_BUDGET = Object.freeze({ maxInFlight: 32, maxLagMs: 60, maxPassMs: 60 });

/**
 * What a request is, for shedding: `asset` (build output, icons: cheap, and a page already admitted
 * needs them) is never shed; `sign-in` (the sign-in page and next-auth's endpoints) is shed last,
 * because a learner who can't sign in can do nothing, while a signed-in client retries by itself;
 * `action` (a server action: a POST carrying Next's `Next-Action` header, sent by a form or button
 * such as "Archive deck") is shed last too, because Next's client cannot retry one — shed, the user's
 * write is lost behind an error page; everything else (`work`: pages, the JSON API, whose review,
 * quiz and mock clients retry) is shed first.
 */
export function classifyRequest(pathname, { method = 'GET', serverAction = false } = {}) {
  if (
    pathname.startsWith('/_next/static/') ||
    pathname.startsWith('/_next/image') ||
    /^\/(?:favicon\.ico|icon[^/]*|apple-icon[^/]*|robots\.txt|manifest\.webmanifest)$/.test(pathname)
  )
    return 'asset';
  if (pathname === '/sign-in' || pathname.startsWith('/api/auth/')) return 'sign-in';
  if (method === 'POST' && serverAction) return 'action';
  return 'work';
}

/**
 * The standing event-loop lag: the smallest lag among the sampler's recent ticks. A queue that
 * persists shows in every tick (when the loop is saturated each tick is late by about one pass of
 * it), while a lone stall (a route's first load, a GC pause) shows in one and is ignored: the
 * minimum over a window, not the maximum, as CoDel judges a network queue by its minimum delay.
 * Under synchronous work (SQLite) few requests are in flight at once while the rest wait in the
 * kernel's accept queue, out of sight, so this is the measure that sees that queue (ADR 028).
 */
export function standingLagMs(recentLagsMs) {
  return recentLagsMs.length === 0 ? 0 : Math.max(0, Math.min(...recentLagsMs));
}

/**
 * The lag a request decided now should count: the standing lag, or how overdue the sampler's tick is
 * once the current pass of the loop has run longer than that, has already handled at least a quarter
 * of the in-flight budget in requests, *and* spent at least half of its time on this process's own
 * CPU work. Node handles every request that arrived during one pass of the loop in that pass; under
 * load a pass grows to hundreds of milliseconds, and while it runs no new connection is accepted (a
 * cluster worker takes one per pass). Counting the pass so far sheds the tail of such a burst
 * cheaply, which keeps passes short. Not counted:
 * - a long pass with few requests in it: a lone stall (a GC pause, a route's first load);
 * - a pass that was long because the process was off the CPU (the operating system ran something
 *   else: on a 2-core box, the other worker, the load or a backup): the requests queued behind that
 *   stall have already waited, and serving them costs no more than usual, while shedding them turns
 *   a 100–300 ms delay into an error and a retry a second later (ADR 028, session 13).
 * `passCpuMs`: the process's CPU time (all threads) since the tick that began the pass.
 *
 * A pass has its own budget, `maxPassMs` (by default the same as `maxLagMs`): a burst that makes one
 * pass long in a loop that otherwise keeps time is not yet a queue, so a budget may let it run longer.
 * Once the standing lag is past half its budget the loop is already falling behind, and a long pass is
 * cut at `maxLagMs` again: that is what keeps the served requests' latency down past capacity (ADR 028,
 * session 14). The pass counts as a lag scaled to `maxLagMs`, so that a pass at its budget is pressure 1.
 */
export function currentLagMs(
  { recentLagsMs, lastTickAt, tickMs, now, requestsThisPass, passCpuMs },
  budget = DEFAULT_OVERLOAD_BUDGET,
) {
  const standing = standingLagMs(recentLagsMs);
  const passMs = now - lastTickAt;
  if (requestsThisPass * 4 < budget.maxInFlight || passCpuMs * 2 < passMs) return standing;
  const passBudgetMs = standing * 2 >= budget.maxLagMs ? budget.maxLagMs : budget.maxPassMs;
  const passScale = budget.maxLagMs / passBudgetMs;
  return Math.max(standing, (passMs - tickMs) * passScale, 0);
}

/**
 * Admit or shed. Pressure is the larger of in-flight requests over their budget and the event-loop
 * lag (currentLagMs) over its budget; `work` is shed at pressure 1, `sign-in` and `action` at 2, `asset` never.
 *
 * @returns {{ admit: true } | { admit: false, retryAfterSeconds: number, pressure: number }}
 */
export function decideAdmission({ kind, inFlight, lagMs }, budget = DEFAULT_OVERLOAD_BUDGET) {
  if (kind === 'asset' || budget.maxInFlight <= 0) return { admit: true };
  const pressure = Math.max(inFlight / budget.maxInFlight, lagMs / budget.maxLagMs);
  const limit = kind === 'sign-in' || kind === 'action' ? 2 : 1;
  if (pressure < limit) return { admit: true };
  // Come back in 1 s just past the budget, later the further past it (at most 5 s); the clients
  // add their own jitter so that the retries don't arrive together.
  const retryAfterSeconds = Math.min(5, Math.max(1, Math.ceil(pressure - limit + 0.5)));
  return { admit: false, retryAfterSeconds, pressure };
}

/**
 * The budget from the environment: OVERLOAD=off disables shedding; OVERLOAD_MAX_IN_FLIGHT,
 * OVERLOAD_MAX_LAG_MS and OVERLOAD_MAX_PASS_MS override the defaults. Throws with a one-line message on a bad value.
 */
export function parseOverloadBudget(env) {
  if (env.OVERLOAD === 'off' || env.OVERLOAD === '0') return null;
  const read = (name, fallback, max) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if (!/^[1-9][0-9]*$/.test(value) || Number(value) > max)
      throw new Error(`${name}: must be a whole number from 1 to ${max} (got ${JSON.stringify(value)})`);
    return Number(value);
  };
  const maxLagMs = read('OVERLOAD_MAX_LAG_MS', DEFAULT_OVERLOAD_BUDGET.maxLagMs, 60_000);
  // the pass budget follows a lag budget that was set, unless it is set itself
  const passFallback = env.OVERLOAD_MAX_LAG_MS ? maxLagMs : DEFAULT_OVERLOAD_BUDGET.maxPassMs;
  return {
    maxInFlight: read('OVERLOAD_MAX_IN_FLIGHT', DEFAULT_OVERLOAD_BUDGET.maxInFlight, 10_000),
    maxLagMs,
    maxPassMs: read('OVERLOAD_MAX_PASS_MS', passFallback, 60_000),
  };
}
