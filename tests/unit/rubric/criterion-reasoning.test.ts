/**
 * A criterion's reasoning (grade-criterion.ts): a cause counts when it is tied to the scenario, and a
 * cause that touches one of the prompt's own scenario facts (the partner prompt's retry storm against a
 * shared database) is tied to it, even without "we", "today" or a number from the scenario text.
 */
import { describe, expect, it } from 'vitest';
import { gradeReal } from './rubric-fixture';

const CONTRACT =
  'Throttled callers receive a 429 response and the client library backs off exponentially with jitter. ';

async function contractLevel(answer: string): Promise<string | undefined> {
  const r = await gradeReal('partner-rate-limiting', answer);
  return r.criteria.find((c) => c.id === 'client-contract')?.level;
}

describe('criterion reasoning: a cause tied to a scenario fact', () => {
  it('a cause about the scenario (retries overloading the database) earns delights', async () => {
    const answer =
      CONTRACT +
      'Every write carries an idempotency key and each 429 sets a Retry-After header, so a retry cannot pile onto the database a second time.';
    expect(await contractLevel(answer)).toBe('delights');
  });

  it('the same cause about nothing in the scenario stays at meets', async () => {
    const answer =
      CONTRACT +
      'Every write carries an idempotency key and each 429 sets a Retry-After header, so the behaviour stays predictable for callers.';
    expect(await contractLevel(answer)).toBe('meets');
  });
});
