/** Shared helpers for the rubric tests: the real content (loaded once) and a small synthetic prompt. */
import { findKnowledge } from '@/lib/core/content/find-knowledge';
import path from 'node:path';
import { loadContent } from '@/lib/content/load-content';
import { PromptSchema } from '@/lib/core/content/schema';
import type { ContentBundle, KnowledgeBase, Misconception, Prompt } from '@/lib/core/content/types';
import { analyseAnswer } from '@/lib/core/rubric/analyse-answer';
import { compilePrompt } from '@/lib/core/rubric/compile-prompt';
import { gradeAnswer } from '@/lib/core/rubric/grade-answer';
import type { GradeResult } from '@/lib/core/rubric/types';
import { describe, expect, it } from 'vitest';

export const REPO = path.resolve(import.meta.dirname, '../../..');

let content: Promise<ContentBundle> | undefined;

/** content/ as the app sees it; fails the test run loudly if it is invalid. */
export function realContent(): Promise<ContentBundle> {
  content ??= loadContent(path.join(REPO, 'content')).then((r) => {
    if (!r.ok) throw new Error(`content/ is invalid:\n${r.errors.join('\n')}`);
    return r.content;
  });
  return content;
}

export async function realPrompt(
  id: string,
): Promise<{ prompt: Prompt; misconceptions: Misconception[]; knowledge: KnowledgeBase | null }> {
  const c = await realContent();
  const prompt = c.prompts.find((p) => p.id === id);
  if (prompt === undefined) throw new Error(`prompt not found: ${id}`);
  return { prompt, misconceptions: c.misconceptions, knowledge: findKnowledge(c, prompt) };
}

export async function gradeReal(id: string, answer: string): Promise<GradeResult> {
  const { prompt, misconceptions, knowledge } = await realPrompt(id);
  return gradeAnswer({ prompt, answer, misconceptions, knowledge });
}

/** A sentence and the traps it asserts; with none it must raise no trap and no error either. */
export type TrapRow = [sentence: string, asserted: string[]];

/** One test per row: the sentence graded alone on `promptId` flags exactly the traps listed (and no error when none). */
export function describeTrapRows(promptId: string, forms: Record<string, TrapRow[]>): void {
  describe.each(Object.entries(forms))('%s', (_form, rows) => {
    it.each(rows)('%s → %j', async (sentence, asserted) => {
      const r = await gradeReal(promptId, sentence);
      expect(r.traps.map((t) => t.id).sort()).toEqual([...asserted].sort());
      if (asserted.length === 0) expect(r.errors).toEqual([]);
    });
  });
}

/**
 * A small prompt that exercises the matcher without depending on content/ wording:
 * numbers with units, abbreviations, hyphenated terms, stems.
 */
export const syntheticPrompt: Prompt = PromptSchema.parse({
  id: 'synthetic',
  title: 'Choose a front door',
  scenario:
    'A startup runs Lambda today and moves to EKS next year. Choose between Amazon API Gateway and an Application Load Balancer.',
  concepts: [
    { id: 'timeout-29', label: '29 s integration timeout', terms: ['29 s', 'integration timeout'] },
    { id: 'idle-4000', label: '4000 s idle timeout', terms: ['4000 s'] },
    { id: 'throttle-10k', label: '10,000 RPS account throttle', terms: ['10,000 rps'] },
    { id: 'waf-rate', label: 'AWS WAF rate-based rules', terms: ['waf', 'rate-based rule'] },
    { id: 'authorizers', label: 'Authorizers', terms: ['lambda authorizer', 'authorizers'] },
    { id: 'alb-oidc', label: 'ALB OIDC', terms: ['alb oidc', 'oidc'] },
    { id: 'caching', label: 'Caching', terms: ['caching', 'cache'] },
    { id: 'reevaluate', label: 'Re-evaluate later', terms: ['re-evaluate', 'revisit'] },
    { id: 'blue-green', label: 'Blue/green', terms: ['blue/green'] },
    { id: 'payload', label: '10 MB payload', terms: ['10 mb'] },
    { id: 'streaming', label: '15-minute streaming', terms: ['15-minute streaming'] },
    { id: 'recommend', label: 'Recommendation', terms: ["i'd choose", 'i recommend'] },
  ],
  criteria: [
    {
      id: 'limits',
      title: 'Limits',
      meets: { description: 'Names the limits.', concepts: ['timeout-29', 'idle-4000'], min: 2 },
      delights: { description: 'Uses them.', concepts: ['throttle-10k', 'payload', 'streaming'], min: 1 },
    },
    {
      id: 'protection',
      title: 'Protection',
      meets: { description: 'Protects.', concepts: ['waf-rate'] },
      delights: { description: 'Caches.', concepts: ['caching'] },
    },
    {
      id: 'auth',
      title: 'Auth',
      meets: { description: 'Authenticates.', concepts: ['authorizers', 'alb-oidc'], min: 2 },
      delights: { description: 'Deploys safely.', concepts: ['blue-green'] },
    },
    {
      id: 'decision',
      title: 'Decision',
      meets: { description: 'Decides.', concepts: ['recommend'] },
      delights: { description: 'Says what would change it.', concepts: ['reevaluate'] },
    },
    {
      id: 'extra',
      title: 'Extra',
      meets: { description: 'Anything.', concepts: ['caching'] },
      delights: { description: 'More.', concepts: ['streaming'] },
    },
  ],
  traps: [{ misconception: 'alb-has-no-auth', cues: ["alb can't authenticate"] }],
  modelAnswers: {
    average: 'API Gateway has authorizers; the ALB has OIDC.',
    great: 'I recommend API Gateway; I would revisit at steady high load.',
  },
});

/** Concept ids asserted anywhere in `answer` for the synthetic prompt (matching and scope only, no levels). */
export function conceptsIn(answer: string): string[] {
  const analysed = analyseAnswer(answer, compilePrompt(syntheticPrompt));
  return [...new Set(analysed.sentences.flatMap((s) => s.concepts.map((m) => m.phrase.id)))].sort();
}
