/** What a learner has done so far, read from their data (never from a "seen the tour" flag). */
export type GettingStartedFacts = {
  /** An interview date is saved in the review settings. */
  interviewDateSet: boolean;
  /** They chose which decks to study, or joined a class (whose decks come first). */
  decksPicked: boolean;
  /** At least one review answer (not undone). */
  reviewed: boolean;
  /** At least one mock interview started. */
  triedMock: boolean;
};

export type GettingStartedStep = {
  id: 'interview-date' | 'decks' | 'first-review' | 'first-mock';
  label: string;
  detail: string;
  href: string;
  done: boolean;
};

export type GettingStarted = { steps: GettingStartedStep[]; done: number; complete: boolean };

/**
 * A new account's checklist, in the order that makes sense on day one; each step ticks itself from
 * `facts`. `complete` once all are done (the dashboard then drops the list).
 */
export function buildGettingStarted(facts: GettingStartedFacts): GettingStarted {
  const steps: GettingStartedStep[] = [
    {
      id: 'interview-date',
      label: 'Set your interview date',
      detail: 'Every card is scheduled to come back before that day.',
      href: '/review/settings',
      done: facts.interviewDateSet,
    },
    {
      id: 'decks',
      label: 'Pick your decks',
      detail: 'Choose what to study in the review settings, or join your instructor’s class.',
      href: '/review/settings#decks',
      done: facts.decksPicked,
    },
    {
      id: 'first-review',
      label: 'Start your first review',
      detail: 'A few minutes a day: show the answer, then say how well you knew it.',
      href: '/review',
      done: facts.reviewed,
    },
    {
      id: 'first-mock',
      label: 'Try a mock interview',
      detail: 'Answer a real prompt against the clock and get feedback per criterion.',
      href: '/mock',
      done: facts.triedMock,
    },
  ];
  const done = steps.filter((s) => s.done).length;
  return { steps, done, complete: done === steps.length };
}
