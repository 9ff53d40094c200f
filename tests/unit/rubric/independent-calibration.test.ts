/**
 * Calibration against answers written and labelled independently of the grader (ADR 010):
 * shared/grader-dev (when present) and tests/fixtures/grader-independent/{ia,ic,sentences} — the
 * tuning part. Each session's held-back set is written blind, graded once before and once after
 * the session's grader changes (ADR 034), and only then joins the fixtures (ib, ie … im), which have
 * floors of their own.
 *
 * The floors are the figures the grader reached, so a regression fails; the targets of issue 12
 * (85% agreement, no false trap flag, 80% of asserted traps caught) are not met yet.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLabelledAnswers, type LabelledAnswer } from '@/lib/content/labelled-answers';
import { judgeLabelledAnswer } from '@/lib/core/rubric/judge-labelled-answer';
import { REPO, realContent } from './rubric-fixture';

const INDEPENDENT = path.join(REPO, 'tests', 'fixtures', 'grader-independent');
const DEV = path.join(REPO, '..', 'shared', 'grader-dev');
const SETS = [
  path.join(INDEPENDENT, 'ia'),
  path.join(INDEPENDENT, 'ic'),
  path.join(INDEPENDENT, 'sentences', 'sentences.json'),
  ...(existsSync(path.join(DEV, 'labels.json')) ? [DEV] : []),
];
const MIN_AGREEMENT = 0.93;
const MAX_FALSE_FLAGS = 0;
const MIN_TRAP_RECALL = 0.88;
const BANK_MIN_CAUGHT = 301;
const BANK_MAX_FALSE_FLAGS = 1;
/** The blind corpus (session 14): 19 misconceptions x 25 asserting + 25 near misses, first graded at 249 and 10. */
const CORPUS_MIN_CAUGHT = 260;
const CORPUS_MAX_FALSE_FLAGS = 1;
/** The former held-back sets (ib, ie … iz, with their sentences), tuned on since they were graded blind. */
const LATER_SETS = [
  'ib',
  'ie',
  'if',
  'ig',
  'ih',
  'ik',
  'il',
  'im',
  'in',
  'io',
  'ip',
  'iq',
  'ir',
  'is',
  'it',
  'iu',
  'iv',
  'iw',
  'iz',
  'ix',
  'iy',
];
// il and im joined in session 12 at 48/60 verdicts, 46/90 traps, 7 false flags (the rest: 149/165, 148/194, 5).
// Session 13 (ADR 034): false flags 12 -> 1 and verdicts 197 -> 199; indirect readings took traps caught 194 -> 211;
// then in and io joined at 51/60 verdicts, 46/94 traps, 2 false flags, and ip at 22/30, 17/46, 6 (as graded blind).
// Session 14 (recall): traps caught 274 -> 298 here, 52 -> 54 of 61 on the tuning part, bank 283 -> 285; flags unchanged.
// Session 14 (verdicts): causes tied to scenario facts, conclusion labels, term-list density, symbol bullets: 272 -> 278.
// Then iq and ir joined at 49/60 verdicts, 44/92 traps, 6 false flags (as graded blind after session 14's round).
// Session 15 (false flags by kind, claim-reader-precision.test.ts): false flags 15 -> 5 here, corpus 10 -> 6, traps
// unchanged; one verdict lost (IL27: a false flag had held an answer with two unread myths at meets).
// Then is joined at 21/30 verdicts, 17/46 traps, 2 false flags (as graded blind, before and after that round).
// Session 15 (verdicts, ADR 035): an asserted trap costs a level, a decision in a heading with a colon or a table
// row marked "Chosen", prompt text not counted as the candidate's statements, hourly billing vocabulary: 349 -> 360.
// Then it joined at 27/30 verdicts, 17/46 traps, 0 false flags (graded blind: 24/30 before that verdict round).
// Then false errors (VPC link objects, rps loads), breadth in substance and opening imperatives (ADR 035): 388 -> 395.
// Session 16 (recall, ADR 036): traps caught 377 -> 402 here, bank 285 -> 286, corpus 249 -> 252.
// Then iu joined at 24/30 verdicts, 21/41 traps, 0 false flags (graded blind: 24/30, 20/41, 0 before that round).
// Session 16 (ADR 036) went on: work left to the things behind, rhetorical why-questions, adequacy in substance,
// decisions in plan tables and concluding "So:" lines; then iv joined at 26/30, 23/47, 3 (graded blind: 24/30, 21/47, 3
// with session 15's grader); then false flags by kind again (iv's three among them): 10 -> 4 on the whole tuning set.
// Session 17 (recall): past/beyond a duration, "keep … out", "gateway-only", "the only one that": 455 -> 462 here,
// bank 286 -> 293, corpus 252 -> 255; then iw joined at 28/30, 27/46, 0 (graded blind: 28/30, 24/46, 0 with
// session 15's grader, 28/30, 26/46, 0 with session 16's). A pronoun after a comma splice read as the subject's, not
// the predicate noun's, took IV28's two false errors away: it now gets delights where its label says meets (485 -> 484).
// Then a second factual error makes a miss (ADR 037): IL18 and IO16 right, IP07 (two false errors) wrong: 484 -> 486.
// Then API keys as a sentence's only security, bare denials in consequences: 489 -> 496 traps, 486 -> 487 verdicts.
// Then iz (written and graded blind mid-session: 27/30, 23/46, 0; 27/30, 22/46, 0 with session 16's grader) joined;
// an item that opens with a quoted myth is the writer's own after the quote: 514 -> 515.
// Session 17's later rounds (topics, 'nothing but', dropped upgrades …): 519 -> 530 traps. Then ix joined at 23/30,
// 24/46, 2 (graded blind after those rounds; 23/30, 23/46, 2 with session 16's grader); one of its false flags
// fixed by kind (someone else's view is a report), one left: API keys that 'tell the usage plan who's calling'.
// Session 18 (ADR 038): decisions judged (a misfit option costs a level; "I'd want to know" asks; choice labels, "X
// now", "… territory"), a denied embedded question, accounts named two ways: 538 -> 546 verdicts, 554 -> 555 traps,
// false flags 5 -> 3 here; corpus false flags 6 -> 1. Then iy joined at 24/30, 24/41, 0 (graded blind after the
// round, as after session 17's; 23/30, 21/41, 0 with session 16's grader).
const LATER_MIN_AGREED = 570;
const LATER_MIN_CAUGHT = 579;
const LATER_MAX_FALSE_FLAGS = 3;

const report: string[] = [];
afterAll(() => process.stdout.write(`\nIndependent calibration (tuning part):\n${report.join('\n')}\n`));

describe('calibration on independently written answers', () => {
  it('agrees with the labels, catches asserted traps and accuses almost no one', async () => {
    const content = await realContent();
    const answers: LabelledAnswer[] = (await Promise.all(SETS.map((s) => readLabelledAnswers(s)))).flat();
    expect(answers.length).toBeGreaterThanOrEqual(120);
    let judged = 0;
    let agreed = 0;
    let traps = 0;
    let caught = 0;
    const falseFlags: string[] = [];
    for (const a of answers) {
      const { result: r, agreed: ok, caught: hits, falseFlags: wrong } = judgeLabelledAnswer(content, a);
      traps += a.traps.length;
      caught += hits.length;
      falseFlags.push(...wrong.map((t) => `${a.id}: ${t}`));
      if (ok !== null) {
        judged++;
        if (ok) agreed++;
        else report.push(`  XX ${a.id}: grader ${r.verdict} ${String(r.score)}, label ${a.verdicts.join('/')}`);
      }
    }
    report.push(
      `  verdicts ${String(agreed)}/${String(judged)}, traps caught ${String(caught)}/${String(traps)}, false flags ${String(falseFlags.length)} ${falseFlags.join('; ')}`,
    );
    expect(agreed / judged).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    expect(caught / traps).toBeGreaterThanOrEqual(MIN_TRAP_RECALL);
    expect(falseFlags.length).toBeLessThanOrEqual(MAX_FALSE_FLAGS);
  });

  // the sets graded blind in earlier sessions are tuning sets now; floors at the figures reached (ADR 034, session 12)
  it('keeps its figures on the former held-back sets', async () => {
    const content = await realContent();
    const locations = await Promise.all(
      LATER_SETS.map(async (set) => {
        const sentences = path.join(INDEPENDENT, `${set}-sentences`);
        const files = existsSync(sentences) ? (await readdir(sentences)).filter((f) => f.endsWith('.json')) : [];
        return [path.join(INDEPENDENT, set), ...files.map((f) => path.join(sentences, f))];
      }),
    );
    let judged = 0;
    let agreed = 0;
    let traps = 0;
    let caught = 0;
    let falseFlags = 0;
    for (const location of locations.flat()) {
      for (const a of await readLabelledAnswers(location)) {
        const j = judgeLabelledAnswer(content, a);
        traps += a.traps.length;
        caught += j.caught.length;
        falseFlags += j.falseFlags.length;
        if (j.agreed !== null) judged++;
        if (j.agreed === true) agreed++;
      }
    }
    report.push(
      `  former held-back sets: verdicts ${String(agreed)}/${String(judged)}, traps caught ${String(caught)}/${String(traps)}, false flags ${String(falseFlags)}`,
    );
    expect(agreed).toBeGreaterThanOrEqual(LATER_MIN_AGREED);
    expect(caught).toBeGreaterThanOrEqual(LATER_MIN_CAUGHT);
    expect(falseFlags).toBeLessThanOrEqual(LATER_MAX_FALSE_FLAGS);
  }, 60_000);

  // 912 single sentences written blind (ADR 027 addendum, session 8): per misconception, 24 that assert it and 24
  // near misses on the same topic that don't. Floors at the figures reached, so a regression fails.
  it('reads the misconception bank: asserted traps caught, near misses left alone', async () => {
    const bank = await readLabelledAnswers(path.join(INDEPENDENT, 'bank', 'sentences.json'));
    const { traps, caught, falseFlags } = await judgeSentences('bank', bank);
    expect(traps).toBe(456);
    expect(caught).toBeGreaterThanOrEqual(BANK_MIN_CAUGHT);
    expect(falseFlags).toBeLessThanOrEqual(BANK_MAX_FALSE_FLAGS);
  }, 60_000);

  // 950 single sentences written blind in session 14 (tests/fixtures/grader-corpus/README.md)
  it('reads the blind corpus: asserted traps caught, sentences in the same words left alone', async () => {
    const folder = path.join(REPO, 'tests', 'fixtures', 'grader-corpus');
    const files = (await readdir(folder)).filter((f) => f.endsWith('.json'));
    const corpus = (await Promise.all(files.map((f) => readLabelledAnswers(path.join(folder, f))))).flat();
    const { traps, caught, falseFlags } = await judgeSentences('corpus', corpus);
    expect(corpus.length).toBe(950);
    expect(traps).toBe(475);
    expect(caught).toBeGreaterThanOrEqual(CORPUS_MIN_CAUGHT);
    expect(falseFlags).toBeLessThanOrEqual(CORPUS_MAX_FALSE_FLAGS);
  }, 60_000);
});

/** Traps asserted, caught and falsely flagged over single labelled sentences; the totals go into the report. */
async function judgeSentences(
  name: string,
  sentences: readonly LabelledAnswer[],
): Promise<{ traps: number; caught: number; falseFlags: number }> {
  const content = await realContent();
  let traps = 0;
  let caught = 0;
  let falseFlags = 0;
  for (const a of sentences) {
    const j = judgeLabelledAnswer(content, a);
    traps += a.traps.length;
    caught += j.caught.length;
    falseFlags += j.falseFlags.length;
  }
  report.push(
    `  ${name}: traps caught ${String(caught)}/${String(traps)}, false flags ${String(falseFlags)} on ${String(sentences.length - traps)} near misses`,
  );
  return { traps, caught, falseFlags };
}
