/**
 * A small, context-free inflectional stemmer: the same word always gets the same stem,
 * in answers and in concept terms alike. It folds plurals, -ing, -ed and a final -e
 * ("caches", "caching", "cached", "cache" → "cach"; "authorizers" → "authorizer"), and
 * -ation onto its verb ("authentication", "authenticate" → "authenticat"),
 * and maps the forms of be/have/do. Words with digits are left alone. Results are
 * memoised (a pure function of the word, so the cache cannot change an answer).
 */
const IRREGULAR: Record<string, string> = {
  is: 'be',
  are: 'be',
  was: 'be',
  were: 'be',
  am: 'be',
  been: 'be',
  being: 'be',
  be: 'be',
  has: 'have',
  had: 'have',
  having: 'have',
  does: 'do',
  did: 'do',
  done: 'do',
  doing: 'do',
  went: 'go',
  gone: 'go',
  goes: 'go',
  made: 'make',
  paid: 'pay',
  ran: 'run',
  built: 'build',
  sent: 'send',
  spent: 'spend',
  chose: 'choose',
  chosen: 'choose',
  kept: 'keep',
  lost: 'lose',
  met: 'meet',
  held: 'hold',
  wrote: 'write',
  written: 'write',
  said: 'say',
  says: 'say',
  thought: 'think',
  told: 'tell',
  knew: 'know',
  known: 'know',
  heard: 'hear',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  got: 'get',
  bought: 'buy',
  brought: 'bring',
  fell: 'fall',
  fallen: 'fall',
  data: 'data',
  media: 'media',
  criteria: 'criterion',
};
/** Words that end in -s but are not plurals. */
const KEEP_S = new Set([
  'https',
  'always',
  'perhaps',
  'across',
  'less',
  'unless',
  'series',
  'news',
  'analysis',
  'status',
  'kubernetes',
  'mtls',
  'ddos',
  'iops',
  'cors',
  'aws',
  'dns',
  'tls',
  'sls',
  'redis',
  'this',
  'thus',
  'plus',
  'bus',
  'gas',
  'yes',
  'whereas',
  'besides',
  'sometimes',
  'afterwards',
  'towards',
  'nevertheless',
  'ecs',
  'eks',
  'sqs',
  'sns',
  'kms',
  'sms',
  'ms',
  'rps',
  'vs',
  'versus',
  'chaos',
  'canvas',
  'alias',
  'bias',
  'atlas',
  'lens',
  'its',
  'has',
  'was',
  'does',
  'goes',
]);
const VOWEL = /[aeiouy]/;

function undouble(s: string): string {
  const n = s.length;
  if (n >= 3 && s[n - 1] === s[n - 2] && !'lsz'.includes(s[n - 1] ?? '') && !VOWEL.test(s[n - 1] ?? ''))
    return s.slice(0, -1);
  return s;
}

const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

export function stemWord(input: string): string {
  const hit = memo.get(input);
  if (hit !== undefined) return hit;
  const stem = computeStem(input);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(input, stem);
  return stem;
}

function computeStem(input: string): string {
  const w = input.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (w.length <= 3 || /\d/.test(w) || !/^[a-z]+\+?$/.test(w)) return w;
  let s = w;
  if (!KEEP_S.has(s)) {
    if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
    else if (s.endsWith('sses')) s = s.slice(0, -2);
    else if (s.endsWith('ss') || s.endsWith('us') || s.endsWith('is')) {
      /* not a plural */
    } else if (/(?:[sxz]|ch|sh)es$/.test(s) && s.length > 4) s = s.slice(0, -2);
    else if (s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  }
  if (s.endsWith('ation') && s.length >= 8) return s.slice(0, -3); // authentication ~ authenticate
  if (s.endsWith('ing') && s.length >= 6 && VOWEL.test(s.slice(0, -3))) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && !s.endsWith('eed') && s.length >= 5 && VOWEL.test(s.slice(0, -2)))
    s = undouble(s.slice(0, -2));
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}
