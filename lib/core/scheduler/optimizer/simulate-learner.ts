import type { Random } from '../../seeded-random';
import { getRetrievability } from '../get-retrievability';
import { scheduleReview } from '../schedule-review';
import { DEFAULT_SCHEDULER_SETTINGS, type Grade, type ReviewState, type SchedulerSettings } from '../types';
import type { AnswerRecord } from './types';

export type SimulatedLearner = {
  /** The FSRS-6 parameters the learner's memory truly follows. */
  trueParameters: readonly number[];
  cards: number;
  newPerDay: number;
  days: number;
  /** First session (the others follow a day apart, at a random minute of the next 3 hours). */
  start: Date;
  random: Random;
  /** What the app schedules with (default: the FSRS-6 defaults). */
  settings?: SchedulerSettings;
};

const SECONDS_PER_ANSWER = 15;
const FIRST_GRADES: readonly [Grade, number][] = [
  ['again', 0.25],
  ['hard', 0.15],
  ['good', 0.5],
  ['easy', 0.1],
];

function firstGrade(random: Random): Grade {
  let roll = random();
  for (const [grade, share] of FIRST_GRADES) {
    if ((roll -= share) < 0) return grade;
  }
  return 'good';
}

/**
 * A learner studying with the app: the app schedules with `settings`, while whether they recall a
 * card follows FSRS with `trueParameters` (their true memory state is replayed with those). Recalled
 * answers are hard/good/easy at 15/75/10 %. Returns the answers in time order. Pure: time and
 * randomness come in.
 */
export function simulateLearner(learner: SimulatedLearner): AnswerRecord[] {
  const appSettings = learner.settings ?? DEFAULT_SCHEDULER_SETTINGS;
  const trueSettings: SchedulerSettings = { ...appSettings, parameters: learner.trueParameters };
  const app = new Map<string, ReviewState>();
  const truth = new Map<string, ReviewState>();
  const answers: AnswerRecord[] = [];
  let nextNew = 0;
  for (let day = 0; day < learner.days; day++) {
    let now = new Date(learner.start.getTime() + day * 86_400_000 + Math.floor(learner.random() * 180) * 60_000);
    const sessionEnd = now.getTime() + 3 * 3_600_000;
    const fresh: string[] = [];
    for (let i = 0; i < learner.newPerDay && nextNew < learner.cards; i++) fresh.push(`sim-${nextNew++}`);
    // Keep answering whatever is due until nothing is due before the session ends.
    for (;;) {
      const due = [...app].filter(([, s]) => s.due.getTime() <= now.getTime()).map(([id]) => id);
      const cardId = due[0] ?? fresh.shift();
      if (!cardId) {
        const soonest = Math.min(...[...app.values()].map((s) => s.due.getTime()));
        if (soonest > sessionEnd) break;
        now = new Date(soonest);
        continue;
      }
      const before = app.get(cardId) ?? null;
      const trueBefore = truth.get(cardId) ?? null;
      let grade: Grade;
      if (!trueBefore) grade = firstGrade(learner.random);
      else {
        const recall = getRetrievability(trueBefore, now, trueSettings) ?? 0;
        if (learner.random() >= recall) grade = 'again';
        else {
          const roll = learner.random();
          grade = roll < 0.15 ? 'hard' : roll < 0.9 ? 'good' : 'easy';
        }
      }
      answers.push({ cardId, grade, reviewedAt: now, phaseBefore: before?.phase ?? 'new' });
      app.set(cardId, scheduleReview(before, grade, now, appSettings).state);
      truth.set(cardId, scheduleReview(trueBefore, grade, now, trueSettings).state);
      now = new Date(now.getTime() + SECONDS_PER_ANSWER * 1000);
    }
  }
  return answers;
}
