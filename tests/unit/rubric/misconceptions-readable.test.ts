/**
 * A misconception the grader cannot read is one it never catches (ADR 027): every misconception of a
 * comparison that has a knowledge base is one of that base's false claims, and its own claim, said plainly,
 * is flagged under each prompt on that comparison.
 */
import { describe, expect, it } from 'vitest';
import { gradeReal, realContent } from './rubric-fixture';

describe('every misconception is readable by the grader', () => {
  it('has a false claim in its comparison’s knowledge base', async () => {
    const content = await realContent();
    const unreadable: string[] = [];
    for (const m of content.misconceptions) {
      const base = content.knowledge.find((k) => k.comparison === m.comparison);
      if (base === undefined) continue;
      if (!base.falseClaims.some((f) => f.misconception === m.id)) unreadable.push(m.id);
    }
    expect(unreadable).toEqual([]);
  });

  it.each([
    ['Edge-optimized is the fastest endpoint type wherever the callers are, even in the same Region.', 'edge-optimized-always-fastest'],
    ['An edge-optimized endpoint is always the lowest-latency choice.', 'edge-optimized-always-fastest'],
    ['One ALB with a host rule and a certificate per customer will carry us to a thousand tenants.', 'alb-host-routing-any-tenant-count'],
  ])('%s → %s', async (text, id) => {
    expect((await gradeReal('apigw-vs-alb', text)).traps.map((t) => t.id)).toContain(id);
  });

  it.each([
    'Edge-optimized is the fastest choice for clients spread around the world.',
    'One ALB holds up to a hundred host rules by default, so at hundreds of tenants we shard across several ALBs.',
  ])('no trap in a true statement: %s', async (text) => {
    expect((await gradeReal('apigw-vs-alb', text)).traps).toEqual([]);
  });
});
