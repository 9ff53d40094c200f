/**
 * Links into the knowledge base are checked when content loads: a dimension's `knowledge`
 * attributes and a prompt concept's `facts` must exist in the comparison's base, so the page,
 * the quiz and the grader never point at nothing. Uses the second-subject fixture (SQS vs SNS).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load-content';
import { generateQuestions } from '@/lib/core/quiz/generate-questions';
import { replaceInFile } from './content-fixture';

const SECOND_SUBJECT = path.resolve(import.meta.dirname, '../../fixtures/second-subject');
let dir = '';
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

function copy(): string {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'delight-kb-')), 'content');
  cpSync(SECOND_SUBJECT, dir, { recursive: true });
  return dir;
}

async function errorsAfter(file: string, from: string, to: string): Promise<string[]> {
  const root = copy();
  replaceInFile(root, file, from, to);
  const loaded = await loadContent(root);
  return loaded.ok ? [] : loaded.errors;
}

describe('knowledge-base links', () => {
  it('load when they resolve, and the dimension’s facts become quiz questions', async () => {
    const root = copy();
    replaceInFile(root, 'comparisons/sqs-vs-sns.yaml', '  - id: persistence\n', '  - id: persistence\n    knowledge: [stores-messages]\n');
    const loaded = await loadContent(root);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const questions = generateQuestions(loaded.content, 'seed').filter((q) => q.key.startsWith('fact:'));
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.every((q) => q.dimension === 'persistence')).toBe(true);
  });

  it('reject a dimension naming an unknown attribute, or one already in another dimension', async () => {
    expect(
      await errorsAfter('comparisons/sqs-vs-sns.yaml', '  - id: persistence\n', '  - id: persistence\n    knowledge: [no-such-attribute]\n'),
    ).toEqual([expect.stringContaining('unknown attribute "no-such-attribute" in knowledge base "sqs-vs-sns"')]);
    const root = copy();
    replaceInFile(root, 'comparisons/sqs-vs-sns.yaml', '  - id: persistence\n', '  - id: persistence\n    knowledge: [fan-out]\n');
    replaceInFile(root, 'comparisons/sqs-vs-sns.yaml', '  - id: fan-out\n', '  - id: fan-out\n    knowledge: [fan-out]\n');
    const loaded = await loadContent(root);
    expect(loaded.ok ? [] : loaded.errors).toEqual([expect.stringContaining('attribute "fan-out" is already in dimension "persistence"')]);
  });

  it('reject a concept fact the base does not back', async () => {
    expect(
      await errorsAfter('prompts/sqs-vs-sns.yaml', 'facts: [sns/fan-out]', 'facts: [sns/teleports]'),
    ).toEqual([expect.stringContaining('no fact about "teleports" for "sns" (or a kind of it)')]);
  });
});
