/**
 * No false accusations, by construction (ADR 010): every true statement the content makes —
 * comparison cells, card backs and explanations, misconception corrections, the knowledge base's
 * own `says`, and the model answers — graded under every prompt, is flagged neither as a trap nor
 * as an error.
 */
import { describe, expect, it } from 'vitest';
import { realContent, gradeReal } from './rubric-fixture';

describe('the content never accuses itself', () => {
  it('finds no trap and no error in any true statement of the content', async () => {
    const content = await realContent();
    const statements = [
      ...content.comparisons.flatMap((c) => c.dimensions.flatMap((d) => [d.a, d.b, d.nuance])),
      ...content.decks.flatMap((d) => d.cards.flatMap((c) => [c.back, c.explanation ?? ''])),
      ...content.misconceptions.map((m) => m.correction),
      ...content.knowledge.flatMap((k) => k.facts.map((f) => f.says)),
      ...content.prompts.flatMap((p) => [p.modelAnswers.average, p.modelAnswers.great]),
    ].filter((s) => s.trim() !== '');
    expect(statements.length).toBeGreaterThan(300);
    const accused: string[] = [];
    for (const prompt of content.prompts) {
      for (const text of statements) {
        const r = await gradeReal(prompt.id, text);
        for (const t of r.traps) accused.push(`${prompt.id}: trap ${t.id}: ${t.evidence}`);
        for (const e of r.errors) accused.push(`${prompt.id}: error ${e.claim}: ${e.evidence}`);
      }
    }
    expect(accused).toEqual([]);
  }, 120_000); // every statement of the content under every prompt: seconds of work, more as the content grows
});
