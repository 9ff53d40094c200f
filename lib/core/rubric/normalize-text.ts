/**
 * Rewrites text so that different spellings of the same thing become the same words:
 * contractions ("can't" → "can not"), thousands separators ("4,000" → "4000"), k-suffixes
 * ("10k" → "10000"), units glued to or hyphenated with numbers ("29s", "29-second",
 * "29 seconds" → "29 s"), request rates ("10,000 requests per second", "10k TPS" →
 * "10000 rps") and dashes. Case is kept (the tokenizer records capitals, then lower-cases).
 *
 * Used for answers and for concept terms and trap cues alike, so both sides meet in the
 * same form. Pure and deterministic.
 */
const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  ninety: '90',
  hundred: '100',
};
const UNIT_AHEAD =
  '(?=\\s*-?\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|megabytes?|mb|gb|kb)\\b)';
const NUMBER_WORD_RE = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})${UNIT_AHEAD}`, 'gi');
/** Every unit UNIT_AHEAD looks for contains one of these (a guard: the number-word pattern is slow). */
const UNIT_WORD_HINT = /sec|min|hour|hr|day|week|month|year|megabyte|mb|gb|kb/i;

const BARE_NEGATIVES: Record<string, string> = {
  cant: 'can',
  dont: 'do',
  doesnt: 'does',
  isnt: 'is',
  arent: 'are',
  wasnt: 'was',
  werent: 'were',
  didnt: 'did',
  wouldnt: 'would',
  shouldnt: 'should',
  couldnt: 'could',
  hasnt: 'has',
  havent: 'have',
  hadnt: 'had',
  wont: 'will',
};
const BARE_NEGATIVE_RE = new RegExp(`\\b(${Object.keys(BARE_NEGATIVES).join('|')})\\b`, 'gi');
/** "cannot" and every bare negative end in "not" or "nt" (a guard: most sentences have neither). */
const NEGATIVE_HINT = /n(?:o)?t\b/i;

const UNIT_RE =
  /(\d)\s*-?\s*(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|megabytes?|mib|mb|kilobytes?|kib|kb|gigabytes?|gib|gb)\b/gi;

function unitOf(unit: string): string {
  const u = unit.toLowerCase();
  if (u.startsWith('mil') || u.startsWith('ms')) return 'ms';
  if (u.startsWith('min')) return 'min';
  if (u.startsWith('s')) return 's';
  if (u.startsWith('h')) return 'h';
  if (u.startsWith('d')) return 'day';
  if (u.startsWith('me') || u.startsWith('mi') || u === 'mb') return 'mb';
  if (u.startsWith('k')) return 'kb';
  return 'gb';
}

/** Every string `rates` rewrites contains one of these (a guard: most sentences name no rate). */
const RATE_HINT = /req|call|transaction|quer|\/s|ps\b/i;

function rates(s: string): string {
  if (!RATE_HINT.test(s)) return s;
  return s
    .replace(/\b(?:requests?|reqs?|calls?|transactions?|queries)\s*(?:per|an?|\/)\s*(?:second|sec|s)\b/gi, 'rps')
    .replace(/\b(?:req|r)\/s(?:ec)?\b/gi, 'rps')
    .replace(/\b(?:tps|qps|rps)\b/gi, 'rps');
}

const SPECIAL =
  /[\u2018\u2019\u02bc\u0060\u00b4\u201c\u201d\u00ab\u00bb\u2013\u2014\u2015~\u2248\u223c\u00d7&\u2192]|--|->|=>|\s-\s|\/|\.\S|vs\.|etc\./i;

function characters(input: string): string {
  let s = input;
  s = s.replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'").replace(/[\u201c\u201d\u00ab\u00bb]/g, '"');
  s = s.replace(/(\d)\s*[\u2013\u2014]\s*(\d)/g, '$1-$2'); // 60–600 s: a range
  s = s.replace(/\s*(?:[\u2013\u2014\u2015]|--+)\s*/g, ' \u2014 ').replace(/\s-\s/g, ' \u2014 ');
  s = s
    .replace(/[~\u2248\u223c]/g, ' ')
    .replace(/[\u00d7]/g, ' x ')
    .replace(/&/g, ' and ');
  s = s.replace(/(?:->|=>|\u2192)/g, ' to ');
  s = s
    .replace(/\bw\/o\b/gi, 'without')
    .replace(/\bw\/(?=\s)/gi, 'with')
    .replace(/\bb\/c\b/gi, 'because');
  s = s
    .replace(/\bvs\.(?=\s)/gi, 'vs')
    .replace(/\be\.g\.(?=\W)/gi, 'eg')
    .replace(/\bi\.e\.(?=\W)/gi, 'ie');
  s = s.replace(/\betc\.(?=\s+[a-z(])/g, 'etc');
  return s;
}

function scaled(value: string, factor: number): string {
  const n = Number(value) * factor;
  return Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : value;
}

export function normalizeText(input: string): string {
  let s = input;
  // ---- characters (most sentences have none of these)
  if (SPECIAL.test(s)) s = characters(s);
  const quote = s.includes("'");
  // ---- contractions (each of them ends in "nt" or "not")
  if (NEGATIVE_HINT.test(s))
    s = s
      .replace(/\bcannot\b/gi, 'can not')
      .replace(BARE_NEGATIVE_RE, (m: string) => `${BARE_NEGATIVES[m.toLowerCase()] ?? m} not`);
  if (quote) {
    s = s.replace(/\bcan't\b/gi, 'can not').replace(/\bwon't\b/gi, 'will not');
    s = s.replace(/\bshan't\b/gi, 'shall not').replace(/\bain't\b/gi, 'is not');
    s = s.replace(/n't\b/gi, ' not');
    s = s.replace(/\blet's\b/gi, 'let us');
    s = s.replace(/\b(it|that|there|what|here|who|he|she|this|where|how|which)'s\b/gi, '$1 is');
    s = s.replace(/'s\b/g, '').replace(/(\w)s'(?=\s|$|[.,;:!?)])/g, '$1s');
    s = s.replace(/'re\b/gi, ' are').replace(/'ve\b/gi, ' have').replace(/'ll\b/gi, ' will');
    s = s.replace(/'d\b/gi, ' would').replace(/\bi'm\b/gi, 'i am');
  }
  if (UNIT_WORD_HINT.test(s)) s = s.replace(NUMBER_WORD_RE, (m: string) => NUMBER_WORDS[m.toLowerCase()] ?? m);
  if (!/\d/.test(s)) return rates(s);
  // ---- numbers (each rewrite only where its own character or word is there at all)
  if (s.includes('$'))
    s = s.replace(
      /\$\s?(\d[\d,]*(?:\.\d+)?)(\s?[kKmM]\b)?/g,
      (_m, n: string, k: string | undefined) => `${n}${k ?? ''} usd`,
    );
  if (s.includes('%')) s = s.replace(/(\d)\s*%/g, '$1 percent');
  if (s.includes(',')) s = s.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  if (/k\b/i.test(s)) s = s.replace(/\b(\d+(?:\.\d+)?)\s?k\b/gi, (_m, n: string) => scaled(n, 1000));
  if (/thousand/i.test(s)) s = s.replace(/\b(\d+(?:\.\d+)?)\s+thousand\b/gi, (_m, n: string) => scaled(n, 1000));
  if (/[x*]/i.test(s)) s = s.replace(/(\d)\s*[x*]\s*(\d)/gi, '$1 x $2');
  // ---- rates, then units
  s = rates(s);
  if (/\/|second/i.test(s)) s = s.replace(/(\d)\s*(?:\/\s*(?:second|sec|s)|(?:per|a)\s+second)\b/gi, '$1 rps');
  s = s.replace(UNIT_RE, (_m, d: string, unit: string) => `${d} ${unitOf(unit)}`);
  return s;
}
