/**
 * Graceful overload (ADR 028): whether the app server admits a request or answers 503 with
 * Retry-After, from its own measure of pressure. Pure: the measurements and the time are passed in.
 * Plain JavaScript with no imports, because the app server (scripts/serve.mjs) runs under plain
 * Node without a TypeScript loader; the types are in admission.d.mts.
 */

/** The defaults, per worker process; measured in ADR 028. */
export const DEFAULT_OVERLOAD_BUDGET = Object.freeze({ maxInFlight: 32, maxLagMs: 60 });

/**
 * What a request is, for shedding: `asset` (build output, icons: cheap, and a page already admitted
 * needs them) is never shed; `sign-in` (the sign-in page and next-auth's endpoints) is shed last,
 * because a learner who can't sign in can do nothing, while a signed-in client retries by itself;
 * everything else (`work`: pages, the JSON API, server actions) is shed first.
 */
export function classifyRequest(pathname) {
  if (
    pathname.startsWith('/_next/static/') ||
    pathname.startsWith('/_next/image') ||
    /^\/(?:favicon\.ico|icon[^/]*|apple-icon[^/]*|robots\.txt|manifest\.webmanifest)$/.test(pathname)
  )
    return 'asset';
  if (pathname === '/sign-in' || pathname.startsWith('/api/auth/')) return 'sign-in';
  return 'work';
}

/**
 * The event-loop lag right now: the worst lag the sampler saw in its last window, or, when the
 * sampler's own tick is overdue (the loop is blocked or saturated, so it couldn't run), how overdue
 * it is: a lower bound on the lag the next request will see.
 */
export function currentLagMs({ windowLagMs, lastTickAt, tickMs, now }) {
  return Math.max(windowLagMs, now - lastTickAt - tickMs, 0);
}

/**
 * Admit or shed. Pressure is the larger of in-flight requests over their budget and event-loop lag
 * over its budget; `work` is shed at pressure 1, `sign-in` at 2, `asset` never. Lag counts only while
 * at least a quarter of the in-flight budget is busy: a lone stall (a route's first load, a GC) with
 * nothing queued behind it is not overload, and shedding then would help no one.
 *
 * @returns {{ admit: true } | { admit: false, retryAfterSeconds: number, pressure: number }}
 */
export function decideAdmission({ kind, inFlight, lagMs }, budget = DEFAULT_OVERLOAD_BUDGET) {
  if (kind === 'asset' || budget.maxInFlight <= 0) return { admit: true };
  const byRequests = inFlight / budget.maxInFlight;
  const byLag = inFlight * 4 >= budget.maxInFlight ? lagMs / budget.maxLagMs : 0;
  const pressure = Math.max(byRequests, byLag);
  const limit = kind === 'sign-in' ? 2 : 1;
  if (pressure < limit) return { admit: true };
  // Come back in 1 s just past the budget, later the further past it (at most 5 s); the clients
  // add their own jitter so that the retries don't arrive together.
  const retryAfterSeconds = Math.min(5, Math.max(1, Math.ceil(pressure - limit + 0.5)));
  return { admit: false, retryAfterSeconds, pressure };
}

/**
 * The budget from the environment: OVERLOAD=off disables shedding; OVERLOAD_MAX_IN_FLIGHT and
 * OVERLOAD_MAX_LAG_MS override the defaults. Throws with a one-line message on a bad value.
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
  return {
    maxInFlight: read('OVERLOAD_MAX_IN_FLIGHT', DEFAULT_OVERLOAD_BUDGET.maxInFlight, 10_000),
    maxLagMs: read('OVERLOAD_MAX_LAG_MS', DEFAULT_OVERLOAD_BUDGET.maxLagMs, 60_000),
  };
}
