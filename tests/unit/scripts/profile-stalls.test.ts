import { describe, expect, it } from 'vitest';
import { longestRuns, shortFrame, timeShares, type CpuProfile } from '@/scripts/lib/profile-stalls.mjs';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 9 });
// (root) → handle → compile (a 12 ms stall), (root) → (idle), (root) → runMicrotasks → parse, (root) → (garbage collector)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4, 5, 7] },
    { id: 2, callFrame: frame('handle', '/app/server/chunks/route.js'), children: [3] },
    { id: 3, callFrame: frame('compile', '/app/node_modules/.prisma/query_compiler.mjs') },
    { id: 4, callFrame: frame('(idle)') },
    { id: 5, callFrame: frame('runMicrotasks'), children: [6] },
    { id: 6, callFrame: frame('parse', '/app/lib/parse.js') },
    { id: 7, callFrame: frame('(garbage collector)') },
  ],
  // 1 ms apart: idle ×3, handle ×2, compile ×10, idle ×5, parse ×4, gc ×3, idle ×3.
  samples: [4, 4, 4, 2, 2, ...Array(10).fill(3), 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 7, 7, 4, 4, 4],
  timeDeltas: Array(30).fill(1000),
};

describe('longestRuns', () => {
  it('names the deepest frame of each stretch, with the outermost work frame around it, longest first', () => {
    const runs = longestRuns(profile);
    expect(runs[0]).toEqual({ ms: 12, atMs: 4, frame: 'handle /app/server/chunks/route.js:10', within: 'handle /app/server/chunks/route.js:10' });
    expect(runs[1]).toEqual({ ms: 10, atMs: 6, frame: 'compile /app/node_modules/.prisma/query_compiler.mjs:10', within: 'compile /app/node_modules/.prisma/query_compiler.mjs:10' });
    expect(runs.map((r) => r.frame)).toContain('parse /app/lib/parse.js:10');
    // The loop's own frames and idle time are never a stall.
    expect(runs.some((r) => /^(\(idle\)|\(root\)|runMicrotasks)/.test(r.frame))).toBe(false);
  });
  it('skips stretches that start before fromMs (start-up)', () => {
    expect(longestRuns(profile, { fromMs: 10 }).map((r) => r.frame)).toEqual(['parse /app/lib/parse.js:10', '(garbage collector)']);
  });
});

describe('timeShares', () => {
  it('sums the time under each pattern and in all', () => {
    const { seconds, total } = timeShares(profile, { prisma: /query_compiler/, idle: /^\(idle\)/, gc: /garbage/ });
    expect(total).toBeCloseTo(0.03, 6);
    expect(seconds.prisma).toBeCloseTo(0.01, 6);
    expect(seconds.idle).toBeCloseTo(0.011, 6);
    expect(seconds.gc).toBeCloseTo(0.003, 6);
  });
});

describe('shortFrame', () => {
  it('keeps the last two path segments of the file', () => {
    expect(shortFrame('compile /app/node_modules/.prisma/query_compiler.mjs:10')).toBe('compile .prisma/query_compiler.mjs:10');
    expect(shortFrame('(idle)')).toBe('(idle)');
  });
});
