'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type ChangeEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import type { RowError } from '@/lib/core/deck-io/types';
import { importDeckAction } from '@/lib/server/actions/import-deck-action';
import { previewDeckImportAction } from '@/lib/server/actions/preview-deck-import-action';
import type { ImportPreview, ImportPreviewRow } from '@/lib/server/instructor/import-result';

type Format = 'yaml' | 'csv';

const ACTION_LABEL: Record<ImportPreviewRow['action'], string> = {
  new: 'New card',
  update: 'Update',
  unchanged: 'Unchanged',
  restore: 'Restore',
  'library-add': 'Add library card',
  'library-keep': 'Library card (kept)',
};

const where = (e: RowError) => `${e.line === null ? 'File' : `Line ${e.line}`}, ${e.field}`;

/**
 * Import a deck file (YAML in the content format, or CSV): choose or paste it, preview what it
 * would do — or every problem, by line and field — then import. `deckId` null: a new deck.
 */
export function ImportPanel({ deckId }: { deckId: string | null }) {
  const router = useRouter();
  const id = useId();
  const [format, setFormat] = useState<Format>('yaml');
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [errors, setErrors] = useState<RowError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const reset = () => {
    setPreview(null);
    setErrors([]);
    setMessage(null);
    setDone(null);
  };

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    reset();
    if (!file) return;
    setFileName(file.name);
    if (/\.csv$/i.test(file.name)) setFormat('csv');
    else if (/\.ya?ml$/i.test(file.name)) setFormat('yaml');
    setText(await file.text());
  }

  const input = () => ({
    deckId,
    format,
    mode,
    text,
    ...(deckId === null && format === 'csv' && title.trim() ? { title } : {}),
  });

  function onPreview() {
    reset();
    startTransition(async () => {
      const result = await previewDeckImportAction(input());
      if (result.ok) setPreview(result.data);
      else {
        setMessage(result.message);
        setErrors(result.errors ?? []);
      }
    });
  }

  function onImport() {
    startTransition(async () => {
      const result = await importDeckAction(input());
      if (!result.ok) {
        setPreview(null);
        setMessage(result.message);
        setErrors(result.errors ?? []);
        return;
      }
      const r = result.data;
      setPreview(null);
      setDone(
        `Imported: ${r.created} new, ${r.updated} updated, ${r.added} library cards added, ${r.removed} removed.`,
      );
      if (deckId === null) router.push(`/instructor/decks/${r.deckId}`);
      else router.refresh();
    });
  }

  const counts = preview
    ? {
        new: preview.rows.filter((r) => r.action === 'new').length,
        update: preview.rows.filter((r) => r.action === 'update' || r.action === 'restore').length,
        library: preview.rows.filter((r) => r.action === 'library-add').length,
      }
    : null;

  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-sm font-medium">Format</legend>
        {(['yaml', 'csv'] as const).map((f) => (
          <label key={f} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-format`}
              value={f}
              checked={format === f}
              onChange={() => {
                setFormat(f);
                reset();
              }}
            />
            {f === 'yaml' ? 'YAML (content format)' : 'CSV (front, back, explanation, tags; optional id)'}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-file`} className="text-sm font-medium">
          File
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".yaml,.yml,.csv,text/csv,application/yaml"
          onChange={(e) => void onFile(e)}
          className="text-sm"
        />
        {fileName ? (
          <p className="text-xs text-fg-muted">
            Read {fileName} ({text.length} characters). You can also edit it below.
          </p>
        ) : null}
      </div>
      <TextArea
        id={`${id}-text`}
        label="Or paste the file"
        name="import-text"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          reset();
        }}
        rows={6}
        spellCheck={false}
      />
      {deckId === null && format === 'csv' ? (
        <TextField
          label="Title of the new deck"
          name="import-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={120}
        />
      ) : null}
      {deckId !== null ? (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium">Cards of this deck that the file doesn’t list</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-mode`}
              value="merge"
              checked={mode === 'merge'}
              onChange={() => {
                setMode('merge');
                reset();
              }}
            />
            Keep them (merge: update by id, add the rest)
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-mode`}
              value="replace"
              checked={mode === 'replace'}
              onChange={() => {
                setMode('replace');
                reset();
              }}
            />
            Remove them (replace: the deck becomes the file, in its order; progress is kept)
          </label>
        </fieldset>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onPreview} disabled={pending || text.trim() === ''}>
          {pending && !preview ? 'Checking…' : 'Preview import'}
        </Button>
        {preview ? (
          <Button onClick={onImport} disabled={pending}>
            {pending ? 'Importing…' : deckId === null ? 'Import as a new deck' : 'Import into this deck'}
          </Button>
        ) : null}
      </div>

      <div aria-live="polite" className="flex flex-col gap-3">
        {done ? <p className="text-sm text-success">{done}</p> : null}
        {message ? (
          <div className="rounded-lg border border-danger p-3" data-testid="import-errors">
            <p className="text-sm font-medium text-danger">{message}</p>
            {errors.length > 0 ? (
              <ul className="mt-2 flex flex-col gap-1 text-sm">
                {errors.map((e, i) => (
                  <li key={i}>
                    <span className="font-medium">{where(e)}:</span> {e.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {preview && counts ? (
          <div className="flex flex-col gap-3" data-testid="import-preview">
            <p className="text-sm">
              <strong>{preview.newDeck ? `New deck “${preview.title}”` : 'This deck'}</strong>: {counts.new} new,{' '}
              {counts.update} updated, {counts.library} library cards added, {preview.removals.length} removed.
              {preview.titleChanged ? ` Title becomes “${preview.title}”.` : ''}
              {preview.descriptionChanged ? ' The description changes.' : ''} Nothing is written until you import.
            </p>
            {preview.warnings.length > 0 ? (
              <ul className="flex flex-col gap-1 text-sm text-warning">
                {preview.warnings.map((w, i) => (
                  <li key={i}>
                    {where(w)}: {w.message}
                  </li>
                ))}
              </ul>
            ) : null}
            <div
              className="relative max-h-80 overflow-auto rounded-lg border border-border"
              tabIndex={0}
              role="region"
              aria-label="Import preview"
            >
              <table className="w-full text-left text-sm">
                <caption className="sr-only">What the import does to each card</caption>
                <thead className="bg-muted text-xs text-fg-muted">
                  <tr>
                    <th scope="col" className="px-2 py-1">
                      Line
                    </th>
                    <th scope="col" className="px-2 py-1">
                      Action
                    </th>
                    <th scope="col" className="px-2 py-1">
                      Card
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((row) => (
                    <tr key={`${row.line}-${row.id ?? row.front}`} className="border-t border-border">
                      <td className="px-2 py-1 tabular-nums">{row.line}</td>
                      <td className="px-2 py-1 whitespace-nowrap">
                        {ACTION_LABEL[row.action]}
                        {row.changed.length > 0 ? (
                          <span className="text-fg-muted"> ({row.changed.join(', ')})</span>
                        ) : null}
                      </td>
                      <td className="px-2 py-1">{row.front}</td>
                    </tr>
                  ))}
                  {preview.removals.map((r) => (
                    <tr key={`remove-${r.id}`} className="border-t border-border">
                      <td className="px-2 py-1">–</td>
                      <td className="px-2 py-1 text-danger">{r.own ? 'Remove (retire)' : 'Remove from deck'}</td>
                      <td className="px-2 py-1">{r.front}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
