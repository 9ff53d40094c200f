/**
 * Reads a generated distractor as a statement about the subject a question asks about, with the same
 * claim reader and knowledge base the grader uses: a distractor that says something the base holds
 * true of that subject would be a second right answer (issue 14).
 */
import type { KnowledgeBase, Misconception, Prompt } from '@/lib/core/content/types';
import { gradeAnswer } from '../rubric/grade-answer';
import type { ClaimSummary } from '../rubric/types';

export type TruthReaderInput = {
  knowledge: KnowledgeBase;
  /** Any prompt graded against that base: the reader needs one to run, its rubric plays no part. */
  prompt: Prompt;
  misconceptions: readonly Misconception[];
};

/**
 * `(entity, text, attributes?) → true` when `text`, said of `entity` (or a kind of it), restates a fact the base
 * holds true of it: on one of `attributes` when given, on anything otherwise.
 */
export type TruthReader = (entity: string, text: string, attributes?: ReadonlySet<string>) => boolean;

/** Claims read per knowledge base and text: content is fixed for a process, so each text is read once. */
const readCache = new WeakMap<KnowledgeBase, Map<string, readonly ClaimSummary[]>>();

export function createTruthReader(input: TruthReaderInput): TruthReader {
  const parents = new Map(input.knowledge.entities.map((e) => [e.id, e.parent]));
  const isKindOf = (id: string, of: string): boolean => {
    for (let at: string | undefined = id; at !== undefined; at = parents.get(at)) if (at === of) return true;
    return false;
  };
  let cache = readCache.get(input.knowledge);
  if (cache === undefined) {
    cache = new Map();
    readCache.set(input.knowledge, cache);
  }
  const read = cache;
  return (entity, text, attributes) => {
    const answer = asStatementAbout(entityName(input.knowledge, entity), text);
    let claims = read.get(answer);
    if (claims === undefined) {
      claims = gradeAnswer({ ...input, answer }).claims;
      read.set(answer, claims);
    }
    return claims.some(
      (c) => c.correct && isKindOf(c.entity, entity) && (attributes === undefined || attributes.has(c.attribute)),
    );
  };
}

function entityName(kb: KnowledgeBase, entity: string): string {
  const e = kb.entities.find((x) => x.id === entity);
  return e?.aliases[0] ?? e?.label ?? entity;
}

/** "Routes on method + path." said of "alb" → "The alb routes on method + path.": the subject the reader needs. */
function asStatementAbout(subject: string, text: string): string {
  const plain = text.trim();
  // lower-case an ordinary first word ("Routes"), never an acronym or a name ("REST", "AWS")
  const opening = /^[A-Z][a-z]/.test(plain) ? plain.charAt(0).toLowerCase() + plain.slice(1) : plain;
  return `The ${subject} ${opening}`;
}
