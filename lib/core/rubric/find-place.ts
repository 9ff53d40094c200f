/**
 * Where a mentioned thing is placed, when the sentence says it: a Region or an account named around its mention
 * ("the us-east-1 ALB", "the ALB in us-west-2", "the recovery account's ALB", "Region B ALB", "the standby ALB",
 * "the Lambda functions that are still deployed in the primary Region"). Two places compare only when they are
 * named the same way (two Region codes, two letters, two sides of a failover, primary / standby, or two named
 * accounts), or when both are accounts; "us-east-1" and "the primary Region" may be the same place, so they never
 * differ.
 */
import type { Token } from './types';

/** Where a thing is: how the place is named, the name, and whether it is an account. */
export type Place = { kind: 'code' | 'letter' | 'side' | 'named'; key: string; account?: boolean };

/**
 * Two places named the same way and differently are apart; so are two accounts, one named by its side and one by its
 * purpose ("the DR account", "the tooling account").
 */
export function placesApart(a: Place, b: Place): boolean {
  if (a.kind === b.kind) return a.key !== b.key;
  return a.account === true && b.account === true;
}

const REGION_PREFIXES = new Set(['us', 'eu', 'ap', 'sa', 'ca', 'me', 'af', 'il', 'mx', 'cn']);
const DIRECTIONS = new Set([
  'east',
  'west',
  'north',
  'south',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);
/** The two sides of a failover, however they are called. */
const SIDES: ReadonlyMap<string, string> = new Map([
  ...['primary', 'production', 'prod', 'main', 'active', 'home', 'first', 'original'].map(
    (w) => [w, 'primary'] as const,
  ),
  ...['standby', 'secondary', 'second', 'recovery', 'dr', 'failover', 'backup', 'passive'].map(
    (w) => [w, 'standby'] as const,
  ),
]);
const PLACE_NOUNS = new Set(['region', 'account']);
const LETTERS = new Set(['a', 'b', 'c', 'd', '1', '2', '3']);
const SKIPPED_DETERMINERS = new Set(['the', 'our', 'your', 'their', 'its', 'that']);
/** Words between a thing and the "in" that places it: "functions (that are still deployed) in …". */
const PLACING_WORDS = new Set([
  'that',
  'which',
  'already',
  'is',
  'are',
  'still',
  'deployed',
  'running',
  'live',
  'lives',
  'sit',
  'sits',
  'sitting',
  'hosted',
  'remain',
  'back',
  'over',
  'left',
]);
const PLACING_REACH = 4;
/** Nouns a named thing may head before its place: "a Lambda target in us-west-2", "the function ARN in …". */
const HEAD_NOUNS = new Set(['target', 'targets', 'function', 'functions', 'arn', 'arns', 'copy', 'copies', 'version']);

function glued(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k]?.breakBefore !== 'none') return false;
  return true;
}

/** A Region code spelled at [k, k + 3): "us east 1" (tokenised from "us-east-1"). */
function regionCodeAt(tokens: readonly Token[], k: number): Place | null {
  const [a, b, c] = [tokens[k]?.word ?? '', tokens[k + 1]?.word ?? '', tokens[k + 2]?.word ?? ''];
  if (!REGION_PREFIXES.has(a) || !DIRECTIONS.has(b) || !/^\d$/.test(c) || !glued(tokens, k, k + 3)) return null;
  return { kind: 'code', key: `${a}-${b}-${c}` };
}

/** A place phrase starting at k, with its end: a Region code, "Region B", "<word> Region / account". */
function placeFrom(tokens: readonly Token[], k: number): { place: Place; end: number } | null {
  const code = regionCodeAt(tokens, k);
  if (code !== null) return { place: code, end: k + 3 };
  const w = tokens[k]?.word ?? '';
  const next = tokens[k + 1]?.word ?? '';
  if (PLACE_NOUNS.has(w) && LETTERS.has(next) && glued(tokens, k, k + 2))
    return { place: { kind: 'letter', key: `${w} ${next}` }, end: k + 2 };
  // a hyphenated name of an account: "the shared-tools account"
  if (tokens[k]?.joinStem != null && tokens[k + 2]?.word === 'account' && glued(tokens, k, k + 3))
    return { place: { kind: 'named', key: `${w}-${next}`, account: true }, end: k + 3 };
  if (PLACE_NOUNS.has(next) && glued(tokens, k, k + 2)) {
    const side = SIDES.get(w);
    const account = next === 'account';
    if (side !== undefined) return { place: { kind: 'side', key: side, account }, end: k + 2 };
    if (account && w.length > 2 && !SKIPPED_DETERMINERS.has(w))
      return { place: { kind: 'named', key: w, account }, end: k + 2 };
  }
  return null;
}

/** The place named right before a mention ("the us-east-1 ALB", "the recovery account's ALB", "the standby ALB"). */
function placeBefore(tokens: readonly Token[], start: number): Place | null {
  if (tokens[start]?.breakBefore !== 'none') return null;
  for (const width of [3, 2]) {
    const found = placeFrom(tokens, start - width);
    if (found !== null && found.end === start && glued(tokens, start - width, start + 1)) return found.place;
  }
  const side = SIDES.get(tokens[start - 1]?.word ?? '');
  return side !== undefined ? { kind: 'side', key: side } : null;
}

/** The place named after a mention: "… in us-west-2", "… that are still deployed in the primary Region". */
function placeAfter(tokens: readonly Token[], end: number): Place | null {
  let k = HEAD_NOUNS.has(tokens[end]?.word ?? '') ? end + 1 : end;
  const from = k;
  while (k < from + PLACING_REACH && PLACING_WORDS.has(tokens[k]?.word ?? '')) k++;
  if (tokens[k]?.word !== 'in' || !glued(tokens, end - 1, k + 1)) return null;
  k++;
  while (SKIPPED_DETERMINERS.has(tokens[k]?.word ?? '') && tokens[k]?.breakBefore === 'none') k++;
  const found = tokens[k]?.breakBefore === 'none' ? placeFrom(tokens, k) : null;
  return found?.place ?? null;
}

export function findPlace(tokens: readonly Token[], start: number, end: number): Place | null {
  return placeBefore(tokens, start) ?? placeAfter(tokens, end);
}
