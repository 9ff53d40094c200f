import type { Prompt } from './schema';

/** A prompt's decision concepts (`detect: decision`) and the options its decision chooses between. */
export function decisionOptions(prompt: Pick<Prompt, 'concepts' | 'criteria'>): {
  decisionConcepts: string[];
  options: Set<string>;
} {
  const decisionConcepts = prompt.concepts.filter((c) => c.detect === 'decision').map((c) => c.id);
  // the options a decision chooses between are the ones its criterion asks the candidate to know
  const options = new Set(
    prompt.criteria
      .filter((c) => c.meets.concepts.some((id) => decisionConcepts.includes(id)))
      .flatMap((c) => c.meets.concepts)
      .filter((id) => !decisionConcepts.includes(id)),
  );
  return { decisionConcepts, options };
}
