import {
  DEFAULT_DECK_CONFIG_ID,
  DEFAULT_DECK_ID,
  DELIGHT_FIELDS,
  DELIGHT_NOTETYPE_ID,
  DELIGHT_NOTETYPE_MTIME,
  DELIGHT_NOTETYPE_NAME,
} from './format';

const CSS = `.card {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: left;
  color: black;
  background-color: white;
}
.nightMode .card, .night_mode .card { color: #e6e6e6; background-color: #1e1e1e; }
.explanation { margin-top: 1em; font-size: 0.85em; opacity: 0.8; }
.source { margin-top: 1em; font-size: 0.7em; opacity: 0.7; }
pre, code { white-space: pre-wrap; }
table { border-collapse: collapse; }
td, th { border: 1px solid #888; padding: 0.2em 0.5em; }
`;

const BACK = `{{FrontSide}}

<hr id=answer>

{{Back}}
{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}`;

const field = (name: string, ord: number) => ({
  name,
  ord,
  sticky: false,
  rtl: false,
  font: 'Arial',
  size: 20,
  description: '',
  plainText: false,
  collapsed: false,
  excludeFromSearch: false,
  media: [],
});

/**
 * The "Delight" note type in schema-11 JSON (rslib/src/notetype/schema11.rs NotetypeSchema11): four
 * fields, one card template, sorted by Front. Its id and mtime are constants, so an export imported
 * again matches the note type Anki already has instead of adding "Delight-xxxxx".
 */
export function delightNotetype(deckId: number): Record<string, unknown> {
  return {
    id: DELIGHT_NOTETYPE_ID,
    name: DELIGHT_NOTETYPE_NAME,
    type: 0,
    mod: DELIGHT_NOTETYPE_MTIME,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [
      { name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: BACK, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 },
    ],
    flds: DELIGHT_FIELDS.map((name, ord) => field(name, ord)),
    css: CSS,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req: [[0, 'any', [0]]],
    tags: [],
    vers: [],
  };
}

const today = { lrnToday: [0, 0], revToday: [0, 0], newToday: [0, 0], timeToday: [0, 0] };

/** A normal deck in schema-11 JSON (rslib/src/decks/schema11.rs NormalDeckSchema11). */
export function ankiDeck(id: number, name: string, description: string, mtime: number): Record<string, unknown> {
  return {
    id,
    name,
    desc: description,
    mod: mtime,
    usn: -1,
    ...today,
    collapsed: false,
    browserCollapsed: false,
    dyn: 0,
    conf: DEFAULT_DECK_CONFIG_ID,
    extendNew: 0,
    extendRev: 0,
  };
}

/**
 * The default deck-options group (rslib/src/deckconfig/schema11.rs DeckConfSchema11) with Delight's
 * steps, and the learner's desired retention for FSRS (imported only if "import deck presets" is on).
 */
export function ankiDeckConfig(desiredRetention: number, mtime: number): Record<string, unknown> {
  return {
    id: DEFAULT_DECK_CONFIG_ID,
    name: 'Default',
    mod: mtime,
    usn: -1,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    desiredRetention,
  };
}

export type CollectionJson = { conf: string; models: string; decks: string; dconf: string; tags: string };

/**
 * The JSON columns of the `col` row. `conf` sets the v2 scheduler (`schedVer: 2`, so the importer
 * doesn't run its v1 upgrade over our cards), the day rollover hour and the creation offset, so
 * Anki counts days as the learner's study days.
 */
export function ankiCollectionJson(input: {
  deckId: number;
  deckName: string;
  deckDescription: string;
  mtime: number;
  rollover: number;
  creationOffset: number;
  desiredRetention: number;
  tags: readonly string[];
}): CollectionJson {
  const conf = {
    schedVer: 2,
    rollover: input.rollover,
    creationOffset: input.creationOffset,
    curDeck: input.deckId,
    activeDecks: [input.deckId],
    curModel: DELIGHT_NOTETYPE_ID,
    nextPos: 1,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
    newSpread: 0,
    dueCounts: true,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
  };
  const decks = {
    [DEFAULT_DECK_ID]: ankiDeck(DEFAULT_DECK_ID, 'Default', '', input.mtime),
    [input.deckId]: ankiDeck(input.deckId, input.deckName, input.deckDescription, input.mtime),
  };
  return {
    conf: JSON.stringify(conf),
    models: JSON.stringify({ [DELIGHT_NOTETYPE_ID]: delightNotetype(input.deckId) }),
    decks: JSON.stringify(decks),
    dconf: JSON.stringify({ [DEFAULT_DECK_CONFIG_ID]: ankiDeckConfig(input.desiredRetention, input.mtime) }),
    tags: JSON.stringify(Object.fromEntries(input.tags.map((t) => [t, 0]))),
  };
}

/** A deck name Anki accepts: no control characters, `::` (Anki's subdeck separator) kept out, never empty. */
export function ankiDeckName(title: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = title
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/::/g, ':')
    .replace(/\s+/g, ' ')
    .trim();
  return clean || 'Delight deck';
}
