/**
 * Collects the traps an answer asserts: one finding per misconception, quoting the first
 * sentence that asserts it, with the misconception's correction.
 */
import type { AnalysedAnswer, Misconception, TrapFinding } from './types';

function plain(markdown: string): string {
  return markdown
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function findTraps(analysed: AnalysedAnswer, misconceptions: readonly Misconception[]): TrapFinding[] {
  const byId = new Map(misconceptions.map((m) => [m.id, m]));
  const findings: TrapFinding[] = [];
  const seen = new Set<string>();
  for (const s of analysed.sentences) {
    for (const m of s.traps) {
      const id = m.phrase.id;
      if (seen.has(id)) continue;
      seen.add(id);
      const misconception = byId.get(id);
      findings.push({
        id,
        evidence: s.span.text,
        correction:
          misconception !== undefined ? plain(misconception.correction) : `This is a known misconception (${id}).`,
      });
    }
  }
  return findings;
}
