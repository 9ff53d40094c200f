/**
 * Collects the traps an answer asserts: one finding per misconception, quoting the first
 * sentence whose claim matches one of the knowledge base's false claims, with the
 * misconception's correction.
 */
import { markdownToPlain } from './markdown-to-plain';
import type { AnalysedAnswer, Misconception, TrapFinding } from './types';

export function findTraps(analysed: AnalysedAnswer, misconceptions: readonly Misconception[]): TrapFinding[] {
  const byId = new Map(misconceptions.map((m) => [m.id, m]));
  const findings: TrapFinding[] = [];
  for (const claim of analysed.claims) {
    const id = claim.misconception;
    if (id === null || findings.some((f) => f.id === id)) continue;
    const misconception = byId.get(id);
    findings.push({
      id,
      evidence: analysed.sentences[claim.sentence]?.span.text ?? '',
      correction:
        misconception !== undefined
          ? markdownToPlain(misconception.correction)
          : `This is a known misconception (${id}).`,
    });
  }
  return findings;
}
