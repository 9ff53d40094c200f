import { answerPart, isFieldEmpty, renderAnkiTemplate } from './import-render-template';
import type { AnkiCollection, AnkiNoteProblem, MappedAnkiCard, MappedAnkiCollection } from './import-types';

const SOUND = /\[sound:([^\]]*)\]/g;
const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;

/** The media a field names (`<img src>`, `[sound:…]`), and the field without its sound tags. */
export function findMedia(html: string): { names: string[]; html: string } {
  const names: string[] = [];
  for (const m of html.matchAll(IMG_SRC)) names.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of html.matchAll(SOUND)) names.push(m[1] ?? '');
  return { names: names.filter((n) => n !== ''), html: html.replace(SOUND, '').replace(IMG_SRC, '') };
}

const list = (names: string[]) => {
  const shown = names
    .slice(0, 3)
    .map((n) => `“${n}”`)
    .join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
};

/**
 * Maps an Anki collection's cards to Delight cards (still HTML): one Delight card per Anki card —
 * a normal note type gives one per template that made a card (basic: one, basic-and-reversed: two),
 * a cloze note type one per cloze number. Each side is the card's template rendered the way Anki
 * renders it; the back keeps the answer only (what follows `{{FrontSide}}` / `<hr id=answer>`).
 * Media are dropped with one notice per note; a card whose front or back is empty is an error.
 */
export function mapAnkiCollection(collection: AnkiCollection): MappedAnkiCollection {
  const noteTypes = new Map(collection.noteTypes.map((t) => [t.id, t]));
  const notes = new Map(collection.notes.map((n, i) => [n.id, { note: n, index: i + 1 }]));
  const cards: MappedAnkiCard[] = [];
  const errors: AnkiNoteProblem[] = [];
  const notices: AnkiNoteProblem[] = [];
  const noticed = new Set<string>();
  const notice = (p: AnkiNoteProblem) => {
    const key = `${p.noteIndex}|${p.field}`;
    if (noticed.has(key)) return;
    noticed.add(key);
    notices.push(p);
  };

  const ordered = [...collection.cards].sort((a, b) => {
    const ia = notes.get(a.noteId)?.index ?? 0;
    const ib = notes.get(b.noteId)?.index ?? 0;
    return ia - ib || a.ord - b.ord;
  });
  for (const card of ordered) {
    const found = notes.get(card.noteId);
    if (!found) continue; // a card without its note: Anki's "check database" removes these
    const { note, index } = found;
    const type = noteTypes.get(note.noteTypeId);
    if (!type) {
      errors.push({ noteIndex: index, field: 'note type', message: 'its note type is missing from the package' });
      continue;
    }
    const template = type.kind === 'cloze' ? type.templates[0] : type.templates.find((t) => t.ord === card.ord);
    if (!template) {
      errors.push({ noteIndex: index, field: 'template', message: `card ${card.ord + 1} has no template` });
      continue;
    }
    const fields = new Map<string, string>();
    const media: string[] = [];
    type.fields.forEach((name, i) => {
      const { names, html } = findMedia(note.fields[i] ?? '');
      media.push(...names);
      fields.set(name, html);
    });
    if (media.length > 0) {
      notice({
        noteIndex: index,
        field: 'media',
        message: `${media.length === 1 ? 'a media file was' : `${media.length} media files were`} dropped (${list([...new Set(media)])}): Delight cards hold text only`,
      });
    }
    const ctx = {
      fields,
      tags: note.tags,
      noteTypeName: type.name,
      deckName: card.deckName,
      templateName: template.name,
      cloze: type.kind === 'cloze' ? card.ord + 1 : null,
      frontSide: '',
    };
    const front = renderAnkiTemplate(template.qfmt, { ...ctx, side: 'front' });
    const back = renderAnkiTemplate(template.afmt, { ...ctx, side: 'back' });
    const label = type.kind === 'cloze' ? `cloze ${card.ord + 1}` : `“${template.name}”`;
    const broken = front.brokenSection ?? back.brokenSection;
    if (broken) {
      errors.push({
        noteIndex: index,
        field: 'template',
        message: `card ${label}: its template has ${broken} without a partner (Anki shows an error for this card too)`,
      });
      continue;
    }
    const unknown = [...new Set([...front.unknownFields, ...back.unknownFields])];
    if (unknown.length > 0) {
      notice({
        noteIndex: index,
        field: 'template',
        message: `the “${template.name}” template names ${unknown.length === 1 ? 'a field' : 'fields'} the note doesn’t have (${list(unknown)}), shown as empty`,
      });
    }
    const backHtml = answerPart(back.html);
    if (isFieldEmpty(front.html)) {
      errors.push({
        noteIndex: index,
        field: 'front',
        message: `card ${label}: the front is empty${media.length ? ' without its media' : ''}`,
      });
      continue;
    }
    if (isFieldEmpty(backHtml)) {
      errors.push({
        noteIndex: index,
        field: 'back',
        message: `card ${label}: the back is empty${media.length ? ' without its media' : ''}`,
      });
      continue;
    }
    cards.push({
      noteIndex: index,
      noteGuid: note.guid,
      ord: card.ord,
      frontHtml: front.html,
      backHtml,
      tags: note.tags,
    });
  }
  return { cards, errors, notices };
}
