/**
 * Benchmark: time for one optimizer run (ADR 032) on 1,000 and 10,000 reviews — what a run does:
 * fsrs-rs fits parameters on the whole history, then the time-series evaluation (five more fits)
 * and the current parameters' evaluation. The history is the simulated learner's (seeded), cut to
 * the first N answers; building the training items is timed too (it is in the run).
 *
 *   npm run bench -- --only fsrsOptimize
 */
import { DEFAULT_FSRS_PARAMETERS } from '../../lib/core/scheduler/fsrs';
import { buildTrainingItems } from '../../lib/core/scheduler/optimizer/build-training-items';
import { simulateLearner } from '../../lib/core/scheduler/optimizer/simulate-learner';
import { createSeededRandom } from '../../lib/core/seeded-random';
import { fitFsrsParameters } from '../../lib/server/fsrs-optimizer/fit-fsrs-parameters';
import { loadFsrsBinding } from '../../lib/server/fsrs-optimizer/fsrs-binding';
import { SIMULATED_TRUE_PARAMETERS } from '../../tests/factories/simulated-history';

const SIZES = [1_000, 10_000] as const;
const RUNS = 3;

export async function benchFsrsOptimize(): Promise<Record<string, number> | { unavailable: string }> {
  const binding = loadFsrsBinding();
  if (!binding.native) return { unavailable: binding.reason };
  const answers = simulateLearner({
    trueParameters: SIMULATED_TRUE_PARAMETERS,
    cards: 1_500,
    newPerDay: 10,
    days: 300,
    start: new Date('2026-01-01T08:00:00Z'),
    random: createSeededRandom('bench'),
  });
  const result: Record<string, number> = {};
  for (const size of SIZES) {
    if (answers.length < size) throw new Error(`the simulation gave ${answers.length} answers, fewer than ${size}`);
    const times: number[] = [];
    let items = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const built = buildTrainingItems(answers.slice(0, size), 'UTC', 4);
      await fitFsrsParameters(binding.native, built, DEFAULT_FSRS_PARAMETERS, () => {});
      times.push(performance.now() - started);
      items = built.length;
    }
    times.sort((a, b) => a - b);
    const key = size === 1_000 ? '1k' : '10k';
    result[`reviews${key}`] = size;
    result[`items${key}`] = items;
    result[`medianMs${key}`] = Math.round(times[Math.floor(RUNS / 2)]!);
    console.error(`fsrsOptimize: ${size} reviews (${items} items): ${times.map((t) => Math.round(t)).join(', ')} ms`);
  }
  return result;
}
