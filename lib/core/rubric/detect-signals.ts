/**
 * Reasoning signals in one sentence (DESIGN.md §7): a condition ("if traffic becomes
 * steady…", "unless", "once we…"), a number used in a comparison ("29 s vs 4000 s", "at
 * 100 rps … cheaper"), a trade-off named on both sides ("…, but …", "at the cost of"), a
 * cause ("because", "so"), and a tie to the scenario ("we", "today", the scenario's proper
 * nouns and numbers, or a cause whose words touch one of the scenario's facts). Recommendations are paired with a change condition across
 * sentences by the caller; here they are only flagged.
 */
import { matchPhrases } from './match-phrases';
import type { PhraseMatch, SentenceSignals, SignalKind, Token, TrieNode } from './types';

const NUMBER = /^\d+(?:\.\d+)?$/;
/** A number followed by one of these is a quantity; "429" or "Route 53" alone is not. */
const UNITS = new Set([
  's',
  'ms',
  'min',
  'h',
  'day',
  'week',
  'month',
  'year',
  'mb',
  'kb',
  'gb',
  'rps',
  'usd',
  'percent',
  'million',
  'billion',
  'thousand',
  'request',
  'call',
  'partner',
  'customer',
  'user',
  'tenant',
  'region',
  'az',
  'lcu',
  'x',
  'time',
  'hour',
  'minute',
  'second',
  'order',
  'write',
  'connection',
  'function',
  'service',
  'node',
  'pod',
  'instance',
]);

function quantities(tokens: readonly Token[]): number {
  let count = 0;
  tokens.forEach((t, i) => {
    if (!NUMBER.test(t.word)) return;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if ((next !== undefined && next.breakBefore === 'none' && UNITS.has(next.stem)) || prev?.word === 'x') count++;
  });
  return count;
}

export function detectSignals(
  tokens: readonly Token[],
  lexicon: readonly PhraseMatch[],
  anchors: ReadonlySet<string>,
  scenarioFacts: TrieNode,
): SentenceSignals {
  const signals = new Set<SignalKind>();
  const n = tokens.length;
  const numbers = quantities(tokens);
  let recommends = false;
  let changes = false;
  for (const m of lexicon) {
    switch (m.phrase.kind) {
      case 'condition':
        if (n - m.end >= 2) signals.add('condition');
        break;
      case 'comparator':
        if (numbers >= 1) signals.add('comparison');
        break;
      case 'tradeoff':
        signals.add('tradeoff');
        break;
      case 'contrast':
        if (m.start >= 3 && n - m.end >= 3) signals.add('tradeoff');
        break;
      case 'cause':
        if (n - m.end >= 2) signals.add('cause');
        break;
      case 'situation':
        signals.add('scenario');
        break;
      case 'recommend':
        recommends = true;
        break;
      case 'change':
        changes = true;
        break;
      default:
        break;
    }
  }
  if (!signals.has('scenario') && tokens.some((t) => anchors.has(t.stem))) signals.add('scenario');
  if (signals.has('cause') && !signals.has('scenario') && causeTouchesScenario(tokens, lexicon, scenarioFacts)) {
    signals.add('scenario');
  }
  return { signals, recommends, changes };
}

/**
 * What follows a cause touches one of the scenario's facts ("…, so a retry storm can't reach the shared
 * database"): the reason is tied to the scenario even without its proper nouns or numbers. Only the words
 * after the cue count: the terms a criterion names before it ("retries with jitter, so …") are often the
 * scenario's words too.
 */
function causeTouchesScenario(
  tokens: readonly Token[],
  lexicon: readonly PhraseMatch[],
  scenarioFacts: TrieNode,
): boolean {
  let from = tokens.length;
  for (const m of lexicon) if (m.phrase.kind === 'cause' && m.end < from) from = m.end;
  if (from >= tokens.length) return false;
  return matchPhrases(tokens.slice(from), scenarioFacts, { skipFillers: true }).length > 0;
}
