import { describe, expect, it } from 'vitest';
import { buildGettingStarted, type GettingStartedFacts } from '@/lib/core/onboarding/build-getting-started';

const nothing: GettingStartedFacts = { interviewDateSet: false, decksPicked: false, reviewed: false, triedMock: false };

describe('buildGettingStarted', () => {
  it('lists the four first steps, in order, none done for a new account', () => {
    const g = buildGettingStarted(nothing);
    expect(g.steps.map((s) => [s.label, s.href, s.done])).toEqual([
      ['Set your interview date', '/review/settings', false],
      ['Pick your decks', '/review/settings#decks', false],
      ['Start your first review', '/review', false],
      ['Try a mock interview', '/mock', false],
    ]);
    expect(g).toMatchObject({ done: 0, complete: false });
  });

  it.each<[Partial<GettingStartedFacts>, string[], number]>([
    [{ interviewDateSet: true }, ['interview-date'], 1],
    [{ decksPicked: true }, ['decks'], 1],
    [{ reviewed: true, triedMock: true }, ['first-review', 'first-mock'], 2],
  ])('ticks each step from its own fact: %j', (facts, ticked, done) => {
    const g = buildGettingStarted({ ...nothing, ...facts });
    expect(g.steps.filter((s) => s.done).map((s) => s.id)).toEqual(ticked);
    expect(g.done).toBe(done);
    expect(g.complete).toBe(false);
  });

  it('is complete when all four are done', () => {
    expect(
      buildGettingStarted({ interviewDateSet: true, decksPicked: true, reviewed: true, triedMock: true }),
    ).toMatchObject({ done: 4, complete: true });
  });
});
