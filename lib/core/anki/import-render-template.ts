import { renderCloze } from './import-render-cloze';

/**
 * Renders one side of an Anki card template (rslib/src/template.rs, the subset real decks use):
 * `{{Field}}`, filters `{{mod:mod:Field}}` (`cloze:` renders deletions, `text:` strips HTML,
 * `type:` — an answer box — renders nothing, other filters such as `hint:` or `furigana:` show the
 * field), sections `{{#Field}}…{{/Field}}` (shown when the field isn't empty) and
 * `{{^Field}}…{{/Field}}` (when it is), and the special fields `{{Tags}}`, `{{Type}}`, `{{Deck}}`,
 * `{{Subdeck}}`, `{{Card}}` and `{{FrontSide}}`. On a cloze card, `{{#cN}}` is true for its own number.
 */
export type TemplateContext = {
  fields: ReadonlyMap<string, string>;
  tags: string[];
  noteTypeName: string;
  deckName: string;
  templateName: string;
  /** The card's cloze number (1-based), on a cloze note type. */
  cloze: number | null;
  side: 'front' | 'back';
  /** What `{{FrontSide}}` becomes (the back of a Delight card holds the answer only: empty). */
  frontSide: string;
};

/** `brokenSection`: a `{{#…}}`, `{{^…}}` or `{{/…}}` without its partner — Anki shows an error for such a card. */
export type RenderedTemplate = { html: string; unknownFields: string[]; brokenSection: string | null };

const stripHtml = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ');
/** Anki's "is this field empty": nothing but whitespace once the HTML is gone. */
export const isFieldEmpty = (html: string) => stripHtml(html).trim() === '';

const SECTION = /\{\{([#^])\s*([^{}]+?)\s*\}\}([\s\S]*?)\{\{\/\s*\2\s*\}\}/;
const TAG = /\{\{\s*([^{}#^/][^{}]*?)\s*\}\}/g;

export function renderAnkiTemplate(template: string, ctx: TemplateContext): RenderedTemplate {
  const unknownFields = new Set<string>();
  const special = (name: string): string | undefined => {
    switch (name) {
      case 'FrontSide':
        return ctx.frontSide;
      case 'Tags':
        return ctx.tags.join(' ');
      case 'Type':
        return ctx.noteTypeName;
      case 'Deck':
        return ctx.deckName;
      case 'Subdeck':
        return ctx.deckName.split('::').at(-1) ?? '';
      case 'Card':
        return ctx.templateName;
      case 'CardFlag':
      case 'CardID':
        return '';
    }
    return undefined;
  };
  const nonEmpty = (name: string) => {
    const cloze = /^c(\d+)$/.exec(name);
    if (cloze && !ctx.fields.has(name)) return Number(cloze[1]) === ctx.cloze;
    const value = ctx.fields.get(name) ?? special(name);
    return value !== undefined && !isFieldEmpty(value);
  };

  // Sections, innermost first (a section's body has no section of the same name in it).
  let html = template;
  for (let guard = 0; guard < 1000; guard += 1) {
    const m = SECTION.exec(html);
    if (!m) break;
    const [whole, kind, name, body] = m;
    const show = kind === '#' ? nonEmpty(name!) : !nonEmpty(name!);
    html = html.slice(0, m.index) + (show ? body! : '') + html.slice(m.index + whole!.length);
  }

  const broken = /\{\{\s*[#^/][^{}]*\}\}/.exec(html);
  if (broken) return { html, unknownFields: [], brokenSection: broken[0] };

  html = html.replace(TAG, (_whole, inner: string) => {
    const parts = inner.split(':').map((p) => p.trim());
    const name = parts.pop()!;
    const filters = parts;
    let value = ctx.fields.get(name) ?? special(name);
    if (value === undefined) {
      unknownFields.add(name);
      return '';
    }
    if (filters.includes('type')) return '';
    if (filters.includes('cloze')) value = ctx.cloze === null ? '' : renderCloze(value, ctx.cloze, ctx.side);
    if (filters.includes('text')) value = stripHtml(value);
    return value;
  });
  return { html, unknownFields: [...unknownFields], brokenSection: null };
}

/** The answer part of a rendered back: what follows `<hr id=answer>`, when the template has one. */
export function answerPart(html: string): string {
  const m = /<hr[^>]*id\s*=\s*["']?answer["']?[^>]*>/i.exec(html);
  return m ? html.slice(m.index + m[0].length) : html;
}
