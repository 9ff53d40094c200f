import { DIMENSION_TAG_PREFIX, MISCONCEPTION_TAG_PREFIX } from './format';

const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/**
 * Anki's base-91 spelling of a 64-bit number, most significant digit first (rslib/src/notes/mod.rs
 * `anki_base91` / `to_base_n`): the form of the GUIDs Anki gives notes.
 */
export function ankiBase91(n: bigint): string {
  let rest = BigInt.asUintN(64, n);
  let out = '';
  while (rest > 0n) {
    out = BASE91[Number(rest % 91n)] + out;
    rest /= 91n;
  }
  return out;
}

/**
 * A note's stable GUID from the SHA-1 (hex) of `DELIGHT_GUID_PREFIX + cardId`: its first 64 bits in
 * Anki's base 91. The same card gets the same GUID in every export, so Anki updates the note on
 * re-import instead of adding a duplicate.
 */
export function ankiGuidFromSha1(sha1Hex: string): string {
  return ankiBase91(BigInt(`0x${sha1Hex.slice(0, 16)}`)) || 'a';
}

/** `notes.csum`: the first 8 hex digits of the SHA-1 of the stripped first field, as an integer. */
export function checksumFromSha1(sha1Hex: string): number {
  return Number.parseInt(sha1Hex.slice(0, 8), 16);
}

// rslib/src/text.rs `HTML`: comments, style and script blocks, then any tag.
const HTML = /(<!--[\s\S]*?-->)|(<style[\s\S]*?>[\s\S]*?<\/style>)|(<script[\s\S]*?>[\s\S]*?<\/script>)|(<[\s\S]*?>)/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Anki's `strip_html` (rslib/src/text.rs): tags removed, entities decoded, no-break spaces made
 * spaces. Decodes numeric references and the few named ones; that is every reference our
 * renderer writes (hast-util-to-html writes numeric ones).
 */
export function stripHtmlLikeAnki(html: string): string {
  const text = html.replace(HTML, '');
  if (!text.includes('&')) return text;
  return text
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code =
          ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED[ref.toLowerCase()] ?? whole;
    })
    .replace(/\u00a0/g, ' ');
}

/** One Anki tag: no spaces (Anki splits tags on whitespace), no empty tag. */
export function ankiTag(raw: string): string {
  return raw.trim().replace(/\s+/g, '_');
}

/**
 * A card's tags for Anki: its own tags, its dimension and its misconception (under `delight::`),
 * de-duplicated and sorted, in `notes.tags` form (space-separated with a space at each end, or '').
 */
export function ankiTags(card: { tags: readonly string[]; dimension: string | null; misconception: string | null }): {
  tags: string[];
  column: string;
} {
  const all = new Set<string>();
  for (const t of card.tags) if (t.trim()) all.add(ankiTag(t));
  if (card.dimension) all.add(ankiTag(DIMENSION_TAG_PREFIX + card.dimension));
  if (card.misconception) all.add(ankiTag(MISCONCEPTION_TAG_PREFIX + card.misconception));
  const tags = [...all].sort();
  return { tags, column: tags.length ? ` ${tags.join(' ')} ` : '' };
}
