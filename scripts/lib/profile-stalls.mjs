/**
 * Reading a V8 CPU profile (`.cpuprofile`, as `node --cpu-prof` writes it) for what held the event
 * loop: the longest stretches of samples that stayed inside one function, and the share of the time
 * spent under a few named parts of the stack (ADR 028, session 13). Pure: the parsed profile is
 * passed in. Plain JavaScript so that `node scripts/profile-stalls.mjs` runs without a loader.
 */

/** Frames that are the loop itself, not work: never reported as holding it. */
const LOOP_FRAMES = /^\((?:root|program|idle)\)|^(?:processTicksAndRejections|runMicrotasks|runMicrotask|listOnTimeout|processTimers)(?: |$)/;

const frameName = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'}${url ? ` ${url}:${lineNumber + 1}` : ''}`;
};

/** A frame name with its file cut to the last two path segments, for reading. */
export const shortFrame = (name) => name.replace(/ (?:[^ ]*\/)?([^/ ]+\/[^/ ]+:\d+)$/, ' $1');

/** Sample i's time (µs since the profile's start) and its stack of frame names, root first. */
function* samplesOf(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const stacks = new Map();
  const stackOf = (id) => {
    let stack = stacks.get(id);
    if (!stack) {
      stack = [];
      for (let at = id; at !== undefined; at = parent.get(at)) stack.unshift(frameName(nodes.get(at)));
      stacks.set(id, stack);
    }
    return stack;
  };
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    yield { t, stack: stackOf(profile.samples[i]) };
  }
}

/**
 * The longest runs of consecutive samples inside one frame, after `fromMs` (skip start-up), longest
 * first. Nested frames that span the same stretch are one run, named by the deepest of them (the
 * most specific), with the outermost work frame as `within`.
 */
export function longestRuns(profile, { fromMs = 0, top = 20 } = {}) {
  const open = new Map(); // frame name -> { start, depth }
  const runs = new Map(); // "start:end" -> { ms, atMs, frame, depth, within, withinDepth }
  let previous = new Set();
  let last = 0;
  const close = (name, end) => {
    const { start, depth } = open.get(name);
    open.delete(name);
    if (start / 1000 < fromMs || LOOP_FRAMES.test(name)) return;
    const key = `${start}:${end}`;
    const run = runs.get(key) ?? { ms: (end - start) / 1000, atMs: start / 1000, frame: name, depth, within: name, withinDepth: depth };
    if (depth > run.depth) Object.assign(run, { frame: name, depth });
    if (depth < run.withinDepth) Object.assign(run, { within: name, withinDepth: depth });
    runs.set(key, run);
  };
  for (const { t, stack } of samplesOf(profile)) {
    const current = new Set(stack);
    for (const name of previous) if (!current.has(name)) close(name, t);
    stack.forEach((name, depth) => {
      if (!open.has(name)) open.set(name, { start: t, depth });
    });
    previous = current;
    last = t;
  }
  for (const name of [...open.keys()]) close(name, last);
  return [...runs.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top)
    .map(({ ms, atMs, frame, within }) => ({ ms, atMs, frame, within }));
}

/** Seconds of samples (after `fromMs`) whose stack has a frame matching each pattern, and of all samples. */
export function timeShares(profile, patterns, { fromMs = 0 } = {}) {
  const seconds = Object.fromEntries(Object.keys(patterns).map((k) => [k, 0]));
  let total = 0;
  let before = 0;
  for (const { t, stack } of samplesOf(profile)) {
    const delta = (t - before) / 1e6;
    before = t;
    if (t / 1000 < fromMs) continue;
    total += delta;
    for (const [name, pattern] of Object.entries(patterns)) if (stack.some((f) => pattern.test(f))) seconds[name] += delta;
  }
  return { seconds, total };
}
