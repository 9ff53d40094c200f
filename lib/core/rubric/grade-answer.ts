/**
 * Grades a mock-interview answer against its prompt's rubric and the comparison's knowledge
 * base (DESIGN.md §7, ADR 004 and its successor ADR 010).
 *
 * Each criterion gets miss / meets / delights from the concepts asserted in the answer's
 * sentences and the reasoning around them (see gradeCriterion); a sentence that states a
 * false claim earns nothing. The score is the weighted mean of criterion points (miss 0,
 * meets 1, delights 2) on 0–100: 50 is "meets on every criterion". Verdict: delights at 70+
 * with at most one criterion missed (or three criteria at delights, or — from 50 — most of the prompt's concepts
 * credited: ADR 035) and a decision reasoned from the scenario; meets at 35+;
 * else miss. Asserted traps and factual errors pull it down: each trap lowers the ceiling by a
 * level, and one trap also costs the verdict a level (delights → meets → miss; ADR 035); one factual
 * error is allowed, and a second makes the answer a miss (ADR 037). A keyword
 * dump, a keyword-stuffed answer (sentences that name concepts without saying anything about
 * them: weigh-substance.ts), an answer that asks its grader for a verdict ("Please grade it as
 * delights"), or an answer that could not be assessed (not English, too short, off the prompt), is
 * a miss — with `unassessed` saying why when it could not be assessed.
 *
 * Pure and deterministic: the same input gives the same output.
 */
import { analyseAnswer } from './analyse-answer';
import { assessability } from './assessability';
import { compileKnowledge } from './compile-knowledge';
import { compilePrompt } from './compile-prompt';
import { describeClaim } from './describe-claim';
import { findContradictions } from './find-contradictions';
import { findTraps } from './find-traps';
import { gradeCriterion } from './grade-criterion';
import { scoreLevels } from './verdict-scale';
import { LEVELS } from '@/lib/core/content/schema';
import type { AnalysedAnswer, ClaimError, ClaimSummary, GradeInput, GradeResult, Level } from './types';

export { DELIGHTS_AT, MEETS_AT } from './verdict-scale';
/** The least weighted score at which most criteria met and a decision make an answer adequate (ADR 036). */
const ADEQUATE_SCORE = 25;
/** Share of a prompt's concepts, credited with substance, that makes a reasoned meets-level answer delights. */
const BROAD_SHARE = 0.64;
/** "Meets on every criterion" on average: breadth does not make up for criteria missed. */
const BROAD_SCORE = 50;
/** Levels off the ceiling for each factual error after the first: two errors make a miss (ADR 037). */
const ERROR_WEIGHT = 2;

export function gradeAnswer(input: GradeInput): GradeResult {
  const compiled = compilePrompt(input.prompt);
  const knowledge = input.knowledge === null ? undefined : compileKnowledge(input.knowledge);
  const analysed = analyseAnswer(input.answer, compiled, knowledge);
  const criteria = input.prompt.criteria.map((c) => gradeCriterion(c, analysed, compiled));
  const traps = findTraps(analysed, input.misconceptions);

  const errors: ClaimError[] = [];
  const claims: ClaimSummary[] = [];
  const seen = new Set<string>();
  for (const c of analysed.claims) {
    if (c.modality !== 'asserted' || c.correct === null || c.entity === null || knowledge === undefined) continue;
    const evidence = analysed.sentences[c.sentence]?.span.text ?? '';
    const key = `${c.entity}/${c.attribute}/${String(c.holds)}/${String(c.value)}`;
    if (seen.has(key)) continue; // a claim repeated counts once
    seen.add(key);
    claims.push({
      entity: c.entity,
      attribute: c.attribute,
      holds: c.holds,
      value: c.value,
      correct: c.correct,
      evidence,
    });
    if (c.correct || c.misconception !== null || c.fact === null) continue;
    errors.push({
      evidence,
      entity: c.entity,
      attribute: c.attribute,
      claim: describeClaim(knowledge, c),
      correction: c.fact.says,
      sources: [...c.fact.sources],
    });
  }

  // the same thing said to hold and not to hold: the candidate hears that they said both
  const contradictions = findContradictions(analysed.claims, (i) => analysed.sentences[i]?.span.text ?? '').map(
    (c) => ({
      ...c,
      claim:
        knowledge === undefined
          ? `${c.entity}: ${c.attribute}`
          : describeClaim(knowledge, {
              entity: c.entity,
              attribute: c.attribute,
              holds: true,
              value: null,
              maximum: false,
            }),
    }),
  );

  const scale = scoreLevels(
    input.prompt.criteria.map((c, i) => ({ level: criteria[i]?.level ?? 'miss', weight: c.weight })),
  );
  const score = scale.score;
  // a stuffed answer is on the prompt's topics; it just says nothing about them
  const anyConcept = criteria.some((c) => c.concepts.length > 0) || analysed.stuffed;
  const unassessed = assessability(input.answer, analysed, anyConcept);
  if (unassessed?.reason === 'language') {
    // claims read from another language are guesses: report none
    traps.length = 0;
    errors.length = 0;
    claims.length = 0;
    contradictions.length = 0;
  }

  // breadth in substance (ADR 035): most of the prompt's concepts credited, every criterion met on average and the
  // decision reasoned from the scenario is how seniors answer when no single criterion goes deep
  const broad =
    scale.verdict === 'meets' &&
    score >= BROAD_SCORE &&
    analysed.decision.reasoned &&
    new Set(criteria.flatMap((c) => c.concepts)).size >= BROAD_SHARE * input.prompt.concepts.length;
  // adequate in substance (ADR 036): most criteria met and a decision make a correct, decided answer — "meets",
  // though no criterion goes deep enough to lift the weighted score (a second error still makes it a miss, below)
  const met = criteria.filter((c) => c.level !== 'miss').length;
  const adequate =
    scale.verdict === 'miss' && score >= ADEQUATE_SCORE && analysed.decision.made && 2 * met > criteria.length;
  // the grader's scale, then its own rules: delights needs a decision reasoned from the scenario
  let verdict: Level = adequate
    ? 'meets'
    : broad
      ? 'delights'
      : scale.verdict === 'delights' && analysed.decision.required && !analysed.decision.reasoned
        ? 'meets'
        : scale.verdict;
  // one slip is allowed; a second factual error is a wrong answer (35 of the 37 tuning answers with two or more
  // errors are labelled miss)
  // a decision the scenario rules out costs a level, as a trap does (ADR 038): 19 of the 19 tuning answers that
  // chose active/active for an hour's RTO are labelled miss
  const misfit = unassessed?.reason === 'language' ? null : findMisfit(input.prompt, analysed);
  const slips = traps.length + (misfit === null ? 0 : 1);
  const penalties = slips + ERROR_WEIGHT * Math.max(0, errors.length - 1);
  const ceiling = LEVELS[Math.max(0, LEVELS.length - 1 - penalties)] ?? 'miss';
  if (LEVELS.indexOf(verdict) > LEVELS.indexOf(ceiling)) verdict = ceiling;
  else if (slips > 0) verdict = LEVELS[Math.max(0, LEVELS.indexOf(verdict) - 1)] ?? 'miss';
  // no decision, no bar met: the prompt asks for one ("it depends" is not an answer)
  const undecided = analysed.decision.required && !analysed.decision.made;
  // an answer that asks its grader for a verdict is gaming, whatever else it says
  if (analysed.keywordDump || analysed.stuffed || analysed.pleads || !anyConcept || unassessed !== null || undecided)
    verdict = 'miss';

  return {
    prompt: input.prompt.id,
    verdict,
    score,
    criteria,
    traps,
    errors,
    contradictions,
    claims,
    misfit,
    unassessed,
    wordCount: analysed.wordCount,
  };
}

/** The option the answer decided on, when the prompt says the scenario rules it out. */
function findMisfit(prompt: GradeInput['prompt'], analysed: AnalysedAnswer): GradeResult['misfit'] {
  const chosen = analysed.decision.chosen;
  const misfit = chosen === null ? undefined : prompt.misfits.find((m) => m.choice === chosen.option);
  if (chosen === null || misfit === undefined) return null;
  return {
    choice: misfit.choice,
    label: prompt.concepts.find((c) => c.id === misfit.choice)?.label ?? misfit.choice,
    evidence: analysed.sentences[chosen.sentence]?.span.text ?? '',
    why: misfit.why,
  };
}
