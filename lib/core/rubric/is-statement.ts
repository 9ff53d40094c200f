/**
 * Decides whether a sentence is a statement rather than a fragment or a list of terms.
 * A statement has at least four words, is not a comma list of short items, and has a
 * verb: an auxiliary, modal or copula settles it cheaply; otherwise wink's part-of-speech
 * tagger looks for one outside the matched concept terms (keyword lists are made of
 * terms such as "rate limiting" and "usage plans"), a common verb the tagger tends to read
 * as a noun ("routes", "supports", "caps") counts, and so does a sentence held together by
 * function words ("Route 53 failover records point at them").
 */
import { getWink } from './get-wink';
import type { PhraseMatch, Token } from './types';

const MIN_WORDS = 4;
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'into',
  'onto',
  'through',
  'it',
  'them',
  'they',
  'we',
  'us',
  'i',
  'you',
  'he',
  'she',
  'this',
  'that',
  'these',
  'those',
  'which',
  'who',
  'what',
  'when',
  'where',
  'there',
  'not',
  'if',
  'so',
  'because',
  'than',
  'as',
  'our',
  'their',
  'its',
  'my',
  'your',
  'then',
  'before',
  'after',
  'each',
  'every',
  'up',
  'all',
  'some',
  'any',
  'between',
  'across',
  'behind',
  'about',
  'only',
  'also',
  'via',
  'within',
  'without',
  'until',
  'while',
  'since',
  'how',
  'why',
  'just',
  'both',
]);
/** Third-person verbs that wink's tagger often reads as plural nouns ("API Gateway routes on …"). */
const COMMON_VERBS = new Set([
  'supports',
  'routes',
  'charges',
  'costs',
  'returns',
  'uses',
  'handles',
  'scales',
  'gives',
  'takes',
  'sends',
  'runs',
  'works',
  'fails',
  'matches',
  'validates',
  'checks',
  'caps',
  'limits',
  'blocks',
  'protects',
  'replicates',
  'reaches',
  'creates',
  'moves',
  'goes',
  'keeps',
  'lets',
  'means',
  'allows',
  'adds',
  'calls',
  'invokes',
  'stores',
  'serves',
  'sits',
  'lives',
  'lasts',
  'expires',
  'retries',
  'throttles',
  'rejects',
  'drops',
  'wins',
  'beats',
  'needs',
  'requires',
  'depends',
  'includes',
  'covers',
  'offers',
  'provides',
  'lacks',
  'owns',
  'gets',
  'pays',
  'bills',
  'counts',
  'stops',
  'starts',
  'ends',
  'grows',
  'shrinks',
  'crosses',
  'points',
  'forwards',
  'terminates',
  'integrates',
  'connects',
]);

export function isStatement(
  tokens: readonly Token[],
  normalized: string,
  lexicon: readonly PhraseMatch[],
  concepts: readonly PhraseMatch[],
): boolean {
  if (tokens.length < MIN_WORDS) return false;
  const hasAux = lexicon.some((m) => m.phrase.kind === 'aux');
  let segments = 1;
  for (const t of tokens) if (t.breakBefore !== 'none') segments++;
  if (!hasAux && segments >= 3 && tokens.length / segments <= 3.5) return false;
  if (hasAux) return true;
  let functionWords = 0;
  for (const t of tokens) if (FUNCTION_WORDS.has(t.word)) functionWords++;
  if (functionWords / tokens.length >= 0.2) return true;
  const conceptWords = new Set<string>();
  for (const m of concepts) for (let i = m.start; i < m.end; i++) conceptWords.add(tokens[i]?.word ?? '');
  if (tokens.some((t) => COMMON_VERBS.has(t.word) && !conceptWords.has(t.word))) return true;
  const nlp = getWink();
  const doc = nlp.readDoc(normalized);
  const words = doc.tokens().out(nlp.its.normal);
  const pos = doc.tokens().out(nlp.its.pos);
  for (let i = 0; i < pos.length; i++) {
    const tag = pos[i];
    if ((tag === 'VERB' || tag === 'AUX') && !conceptWords.has(String(words[i] ?? '').toLowerCase())) return true;
  }
  return false;
}
