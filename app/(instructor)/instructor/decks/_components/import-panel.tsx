'use client';
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import { ImportFailure, ImportPreviewTable } from './import-preview-table';
import { useDeckImport } from './use-deck-import';

const FORMATS = [
  { value: 'yaml', label: 'YAML (content format)' },
  { value: 'csv', label: 'CSV (front, back, explanation, tags; optional id)' },
] as const;
const MODES = [
  { value: 'merge', label: 'Keep them (merge: update by id, add the rest)' },
  { value: 'replace', label: 'Remove them (replace: the deck becomes the file, in its order; progress is kept)' },
] as const;

/**
 * Import a deck file (YAML in the content format, or CSV): choose or paste it, preview what it
 * would do — or every problem, by line and field — then import. `deckId` null: a new deck.
 */
export function ImportPanel({ deckId }: { deckId: string | null }) {
  const id = useId();
  const { state, dispatch, pending, readFile, preview, runImport } = useDeckImport(deckId);
  const newDeck = deckId === null;

  return (
    <div className="flex flex-col gap-4">
      <RadioGroup
        legend="Format"
        name={`${id}-format`}
        options={FORMATS}
        value={state.format}
        onChange={(format) => dispatch({ type: 'format', format })}
        className="flex flex-wrap gap-4"
      />
      <Field id={`${id}-file`} label="File">
        <input
          id={`${id}-file`}
          type="file"
          accept=".yaml,.yml,.csv,text/csv,application/yaml"
          onChange={(e) => void readFile(e.target.files?.[0])}
          className="text-sm"
        />
        {state.fileName ? (
          <p className="text-xs text-fg-muted">
            Read {state.fileName} ({state.text.length} characters). You can also edit it below.
          </p>
        ) : null}
      </Field>
      <TextArea
        id={`${id}-text`}
        label="Or paste the file"
        name="import-text"
        value={state.text}
        onChange={(e) => dispatch({ type: 'text', text: e.target.value })}
        rows={6}
        spellCheck={false}
      />
      {newDeck && state.format === 'csv' ? (
        <TextField
          label="Title of the new deck"
          name="import-title"
          value={state.title}
          onChange={(e) => dispatch({ type: 'title', title: e.target.value })}
          maxLength={120}
        />
      ) : null}
      {newDeck ? null : (
        <RadioGroup
          legend="Cards of this deck that the file doesn’t list"
          name={`${id}-mode`}
          options={MODES}
          value={state.mode}
          onChange={(mode) => dispatch({ type: 'mode', mode })}
          className="flex flex-col gap-1"
        />
      )}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={preview} disabled={pending || state.text.trim() === ''}>
          {pending && !state.preview ? 'Checking…' : 'Preview import'}
        </Button>
        {state.preview ? (
          <Button onClick={runImport} disabled={pending}>
            {pending ? 'Importing…' : newDeck ? 'Import as a new deck' : 'Import into this deck'}
          </Button>
        ) : null}
      </div>
      <div aria-live="polite" className="flex flex-col gap-3">
        {state.done ? <p className="text-sm text-success">{state.done}</p> : null}
        {state.failure ? <ImportFailure failure={state.failure} /> : null}
        {state.preview ? <ImportPreviewTable preview={state.preview} /> : null}
      </div>
    </div>
  );
}
