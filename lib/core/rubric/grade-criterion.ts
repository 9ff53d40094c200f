/**
 * Grades one criterion from an analysed answer.
 * - meets: at least `meets.min` of its meets concepts asserted in eligible sentences;
 * - delights: meets, plus at least `delights.min` delights concepts, plus reasoning in the
 *   criterion's evidence, found only in statements (a sentence with a verb, never a bare
 *   list): one of its evidence statements, or the statement right after one in the same
 *   paragraph, has a condition, a number compared, a trade-off named on both sides or a
 *   recommendation with what would change it; or a cause tied to the scenario.
 * Evidence quotes the sentences that earned the level: the fewest that cover the concepts
 * found, plus the one carrying the reasoning.
 */
import { describeNextStep } from './describe-next-step';
import type {
  AnalysedAnswer,
  AnalysedSentence,
  CompiledPrompt,
  Criterion,
  CriterionResult,
  Level,
  SignalKind,
} from './types';

const STRONG: readonly SignalKind[] = ['condition', 'comparison', 'tradeoff', 'recommendation'];
const MAX_EVIDENCE = 5;

function reasons(s: AnalysedSentence): boolean {
  return STRONG.some((k) => s.signals.has(k)) || (s.signals.has('cause') && s.signals.has('scenario'));
}

export function gradeCriterion(
  criterion: Criterion,
  analysed: AnalysedAnswer,
  compiled: CompiledPrompt,
): CriterionResult {
  const own = new Set([...criterion.meets.concepts, ...criterion.delights.concepts]);
  const meetsIds = new Set(criterion.meets.concepts);
  const delightsIds = new Set(criterion.delights.concepts);
  const meetsFound = new Set<string>();
  const delightsFound = new Set<string>();
  const found = new Set<string>();
  const evidence: { sentence: AnalysedSentence; ids: string[] }[] = [];
  const mentioned = new Set<string>();

  for (const s of analysed.sentences) {
    if (!s.eligible) continue;
    // a list only for a sentence that names one of this criterion's concepts: this runs for every sentence of
    // every criterion, and most sentences name none
    let ids: string[] | undefined;
    for (const m of s.concepts) if (own.has(m.phrase.id)) (ids ??= []).push(m.phrase.id);
    if (ids === undefined) continue;
    evidence.push({ sentence: s, ids });
    for (const id of ids) {
      found.add(id);
      if (meetsIds.has(id)) meetsFound.add(id);
      if (delightsIds.has(id)) delightsFound.add(id);
    }
  }
  for (const s of analysed.sentences) for (const id of s.mentions) if (own.has(id) && !found.has(id)) mentioned.add(id);

  // reasoning: in an evidence statement, or the statement right after it in the same block
  let reasoningSentence: AnalysedSentence | undefined;
  for (const { sentence } of evidence) {
    if (!sentence.prose) continue;
    const next = analysed.sentences[sentence.index + 1];
    if (reasons(sentence)) {
      reasoningSentence = sentence;
      break;
    }
    if (next !== undefined && next.prose && next.span.block === sentence.span.block && reasons(next)) {
      reasoningSentence = next;
      break;
    }
  }

  let level: Level = 'miss';
  if (meetsFound.size >= criterion.meets.min) {
    level = delightsFound.size >= criterion.delights.min && reasoningSentence !== undefined ? 'delights' : 'meets';
  }

  const quoted: AnalysedSentence[] = [];
  if (level !== 'miss') {
    const wanted = level === 'delights' ? own : meetsIds;
    const covered = new Set<string>();
    for (const e of evidence) {
      if (quoted.length >= MAX_EVIDENCE) break;
      if (e.ids.some((id) => wanted.has(id) && !covered.has(id))) {
        quoted.push(e.sentence);
        for (const id of e.ids) covered.add(id);
      }
    }
    if (level === 'delights' && reasoningSentence !== undefined && !quoted.includes(reasoningSentence)) {
      if (quoted.length >= MAX_EVIDENCE) quoted.pop();
      quoted.push(reasoningSentence);
    }
    quoted.sort((a, b) => a.index - b.index);
  }

  return {
    id: criterion.id,
    title: criterion.title,
    level,
    score: level === 'delights' ? 2 : level === 'meets' ? 1 : 0,
    evidence: quoted.map((s) => s.span.text),
    concepts: [...own].filter((id) => found.has(id)),
    next: describeNextStep({
      criterion,
      level,
      compiled,
      meetsFound,
      delightsFound,
      reasoning: reasoningSentence !== undefined,
      keywordDump: analysed.keywordDump,
      stuffed: analysed.stuffed,
      unusedMentions: mentioned,
      answer:
        analysed.wordCount === 0
          ? 'empty'
          : analysed.sentences.some((s) => s.mentions.length > 0)
            ? 'on-topic'
            : 'off-topic',
    }),
  };
}
