/**
 * Writes what a criterion's next level needs, in words: the missing concepts by label,
 * and for delights the reasoning that turns concepts into a decision. Null at delights.
 */
import { countInWords } from '../count-in-words';
import { formatList } from '../format-list';
import { markdownToPlain } from './markdown-to-plain';
import type { CompiledPrompt, NextStepInput } from './types';

function labels(ids: readonly string[], compiled: CompiledPrompt, conjunction: 'and' | 'or'): string {
  return formatList(
    ids.map((id) => compiled.concepts.get(id)?.label ?? id),
    conjunction,
  );
}

/** "X and Y" when all of the missing are needed, else "one of these: X, Y or Z" / "two of these: …". */
function whatToAdd(need: number, missing: readonly string[], compiled: CompiledPrompt): string {
  if (missing.length <= need) return labels(missing, compiled, 'and');
  return `${countInWords(need)} of these: ${labels(missing, compiled, 'or')}`;
}

export function describeNextStep(input: NextStepInput): string | null {
  const { criterion, level, compiled, meetsFound, delightsFound, reasoning, keywordDump, stuffed, unusedMentions } =
    input;
  if (level === 'delights') return null;
  const parts: string[] = [];
  if (input.answer === 'empty') parts.push('The answer is empty.');
  else if (input.answer === 'off-topic') {
    parts.push(`The answer doesn't address the question yet: ${markdownToPlain(compiled.prompt.scenario)}`);
  }
  if (keywordDump) {
    parts.push('Write the answer as reasoning in full sentences: a list of terms does not show how you would decide.');
  } else if (stuffed) {
    parts.push(
      'Say something checkable about each thing you name (what it does, a limit or price, how it fits this scenario): sentences that only name terms, or say they matter, show no judgement.',
    );
  }
  if (level === 'miss') {
    const missing = criterion.meets.concepts.filter((id) => !meetsFound.has(id));
    const need = Math.max(1, criterion.meets.min - meetsFound.size);
    parts.push(`To meet "${criterion.title}": ${markdownToPlain(criterion.meets.description)}`);
    if (meetsFound.size > 0) {
      parts.push(
        `You covered ${labels([...meetsFound], compiled, 'and')}. Also cover ${whatToAdd(need, missing, compiled)}.`,
      );
    } else {
      parts.push(`Cover ${missing.length <= need ? '' : 'at least '}${whatToAdd(need, missing, compiled)}.`);
    }
    const unused = [...unusedMentions].filter((id) => criterion.meets.concepts.includes(id));
    if (unused.length > 0 && !keywordDump) {
      parts.push(
        `(${labels(unused, compiled, 'and')} came up only in a heading, a question, a negated or reported claim, or a sentence that says nothing about it.)`,
      );
    }
    return parts.join(' ');
  }
  parts.push(`To delight: ${markdownToPlain(criterion.delights.description)}`);
  const missing = criterion.delights.concepts.filter((id) => !delightsFound.has(id));
  const need = criterion.delights.min - delightsFound.size;
  if (need > 0) parts.push(`To get there, also bring in ${whatToAdd(need, missing, compiled)}.`);
  if (!reasoning) {
    parts.push(
      'Use these points to decide rather than listing them: a condition ("if traffic becomes…"), a number compared with another, a trade-off named on both sides, or what would change your choice, tied to this scenario.',
    );
  }
  return parts.join(' ');
}
