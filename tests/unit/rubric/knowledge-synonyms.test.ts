import { describe, expect, it } from 'vitest';
import { KnowledgeBaseSchema } from '@/lib/core/content/schema';
import { compileKnowledge } from '@/lib/core/rubric/compile-knowledge';
import { matchPhrases } from '@/lib/core/rubric/match-phrases';
import { normalizeText } from '@/lib/core/rubric/normalize-text';
import { tokenizeText } from '@/lib/core/rubric/tokenize-text';

/** A knowledge base of one entity and one attribute, with the given synonym groups. */
function knowledge(synonyms: unknown) {
  return KnowledgeBaseSchema.safeParse({
    id: 'queues',
    entities: [{ id: 'sqs', label: 'Amazon SQS', aliases: ['sqs'] }],
    attributes: [{ id: 'better-choice', label: 'the better choice', aliases: ['the obvious choice'] }],
    facts: [
      { entity: 'sqs', attribute: 'better-choice', holds: true, says: 'SQS is the better choice.', sources: ['s'] },
    ],
    synonyms,
  });
}

describe('synonyms in a knowledge base', () => {
  it('spell every attribute phrase with each word of a group in place of the others', () => {
    const parsed = knowledge([['choice', 'pick', 'option']]);
    if (!parsed.success) throw new Error(parsed.error.message);
    const trie = compileKnowledge(parsed.data).attributeTrie;
    const ids = (text: string) =>
      matchPhrases(tokenizeText(normalizeText(text)), trie, { skipFillers: true }).map((m) => m.phrase.id);
    expect(ids('SQS is the obvious pick here.')).toEqual(['better-choice']);
    expect(ids('SQS is the obvious option here.')).toEqual(['better-choice']);
    expect(ids('SQS is the obvious answer here.')).toEqual([]);
  });

  it('are none by default', () => {
    const parsed = knowledge(undefined);
    expect(parsed.success && parsed.data.synonyms).toEqual([]);
  });

  it.each([
    [[['pick']], 'a group needs two words or more'],
    [[['obvious pick', 'choice']], 'a single lower-case word'],
    [[['Pick', 'choice']], 'a single lower-case word'],
  ])('reject %j: %s', (synonyms, message) => {
    const parsed = knowledge(synonyms);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([message]);
  });
});
