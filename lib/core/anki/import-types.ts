/** What an Anki collection holds, as far as an import reads it (ADR 030). Pure types. */

export type AnkiTemplate = { ord: number; name: string; qfmt: string; afmt: string };

export type AnkiNoteType = {
  id: string;
  name: string;
  kind: 'normal' | 'cloze';
  /** Field names in order. */
  fields: string[];
  templates: AnkiTemplate[];
};

export type AnkiNote = {
  id: string;
  guid: string;
  noteTypeId: string;
  /** Field values (HTML), in the note type's field order. */
  fields: string[];
  tags: string[];
};

/** A card of the collection: which note, and which template (normal) or cloze number − 1 (cloze). */
export type AnkiCardRef = { id: string; noteId: string; ord: number; deckName: string };

export type AnkiCollection = {
  noteTypes: AnkiNoteType[];
  notes: AnkiNote[];
  cards: AnkiCardRef[];
  reviewLogRows: number;
};

/** One card an Anki card becomes, still in HTML (the server turns it into Markdown). */
export type MappedAnkiCard = {
  /** 1-based position of the note in the package: the preview's "line". */
  noteIndex: number;
  noteGuid: string;
  ord: number;
  frontHtml: string;
  backHtml: string;
  tags: string[];
};

/** A note-level problem or notice, naming the note (1-based position) and what it is about. */
export type AnkiNoteProblem = { noteIndex: number; field: string; message: string };

export type MappedAnkiCollection = {
  cards: MappedAnkiCard[];
  /** Cards that can't be imported, one message each. */
  errors: AnkiNoteProblem[];
  /** What the import leaves out but still imports the note: media dropped, unknown fields (one per note and kind). */
  notices: AnkiNoteProblem[];
};
