'use client';
import { useId } from 'react';
import { submitWith } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { StatusMessage } from '@/components/ui/status-message';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import type { LibraryOptions } from '@/lib/server/queries/get-library-options';
import type { BuilderCard } from '@/lib/server/queries/get-deck-builder';
import { firstTagError, type CardDraft } from './card-draft';
import { CardPreview } from './card-preview';
import { SourcesPicker } from './sources-picker';
import { useCardEditor, type CardEditorKind } from './use-card-editor';

export type CardEditorOptions = Pick<LibraryOptions, 'dimensions' | 'misconceptions' | 'sources'>;

const TEXTS = [
  { field: 'front', label: 'Front (question)', rows: 3 },
  { field: 'back', label: 'Back (answer)', rows: 4 },
  { field: 'explanation', label: 'Explanation (optional)', rows: 2 },
] as const;

/**
 * Writes or edits one of the deck's own cards: Markdown front, back and explanation with a live
 * preview, tags, an optional dimension and misconception, and sources from the library's registry.
 * The same editor writes instructors' cards and learners' personal cards (`kind`).
 */
export function CardEditor({
  deckId,
  card,
  options,
  onDone,
  kind = 'INSTRUCTOR',
  initial,
}: {
  deckId: string;
  card?: BuilderCard;
  options: CardEditorOptions;
  onDone?: () => void;
  kind?: CardEditorKind;
  initial?: CardDraft;
}) {
  const id = useId();
  const { draft, set, save, saved, pending, error, fieldErrors } = useCardEditor(deckId, card, onDone, kind, initial);
  const choices = [
    { field: 'dimension', label: 'Dimension', options: options.dimensions },
    { field: 'misconception', label: 'Misconception it tests', options: options.misconceptions },
  ] as const;

  return (
    <form
      onSubmit={submitWith(save)}
      className="flex flex-col gap-4"
      noValidate
      aria-label={card ? 'Edit card' : 'Write a card'}
    >
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="flex flex-col gap-3">
          {TEXTS.map((t) => (
            <TextArea
              key={t.field}
              id={`${id}-${t.field}`}
              label={t.label}
              name={t.field}
              value={draft[t.field]}
              onChange={(e) => set(t.field, e.target.value)}
              rows={t.rows}
              maxLength={4000}
              error={fieldErrors[t.field]?.[0]}
            />
          ))}
        </div>
        <CardPreview draft={draft} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id={`${id}-tags`}
          label="Tags"
          name="tags"
          value={draft.tags}
          onChange={(e) => set('tags', e.target.value)}
          hint="lower-case-words, separated by spaces"
          error={firstTagError(fieldErrors)}
        />
        {choices.map((c) => (
          <SelectField
            key={c.field}
            id={`${id}-${c.field}`}
            label={c.label}
            name={c.field}
            options={c.options}
            empty="None"
            value={draft[c.field]}
            onChange={(e) => set(c.field, e.target.value)}
            error={fieldErrors[c.field]?.[0]}
          />
        ))}
      </div>
      <SourcesPicker
        idPrefix={id}
        options={options.sources}
        chosen={draft.sources}
        onChange={(sources) => set('sources', sources)}
        error={fieldErrors.sources?.[0]}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : card ? 'Save card' : 'Add card'}
        </Button>
        {card && onDone ? (
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        ) : null}
        <StatusMessage error={error} success={saved} />
      </div>
    </form>
  );
}
