import type { ContentBundle, KnowledgeBase, Prompt } from './types';

/** The knowledge base a prompt's answers are checked against: its comparison's (null when it has none). */
export function findKnowledge(content: Pick<ContentBundle, 'knowledge'>, prompt: Pick<Prompt, 'comparison'>): KnowledgeBase | null {
  if (prompt.comparison === undefined) return null;
  return content.knowledge.find((k) => (k.comparison ?? k.id) === prompt.comparison) ?? null;
}
