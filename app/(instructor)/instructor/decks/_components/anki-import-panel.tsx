'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ANKI_IMPORT_LIMITS } from '@/lib/core/anki/import-limits';
import { ApiError, requestJson } from '@/lib/client/request-json';
import type { AnkiImportAnswer } from '@/lib/server/anki/import-anki-package';
import type { AnkiImportPreview } from '@/lib/server/anki/import-plan-anki';
import { ImportFailure, ImportPreviewTable } from './import-preview-table';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Import an Anki package (.apkg) into a deck (ADR 030): choose the file, preview what it would do
 * — the package's counts, each note's problems and dropped media, one row per card — then import.
 * The file is sent to the upload route twice (preview, commit); nothing is written before the second.
 */
export function AnkiImportPanel({ deckId, kind }: { deckId: string; kind: 'instructor' | 'personal' }) {
  const id = useId();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<AnkiImportPreview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const url = (step: 'preview' | 'commit') => `/api/anki/import?${new URLSearchParams({ deck: deckId, kind, step })}`;
  const clear = () => {
    setPreview(null);
    setFailure(null);
    setDone(null);
  };
  const send = (step: 'preview' | 'commit') =>
    startTransition(async () => {
      if (!file) return;
      clear();
      try {
        const answer = await requestJson<AnkiImportAnswer>(url(step), { file });
        if (answer.step === 'preview') setPreview(answer.preview);
        else {
          const { report, anki } = answer;
          setDone(
            `Imported ${plural(report.created, 'new card')}` +
              (anki.alreadyImported
                ? `; ${plural(anki.alreadyImported, 'card was', 'cards were')} already imported`
                : '') +
              (anki.duplicates ? `; ${plural(anki.duplicates, 'duplicate')} skipped` : '') +
              (anki.errors ? `; ${plural(anki.errors, 'card')} with problems skipped` : '') +
              '.',
          );
          router.refresh();
        }
      } catch (error) {
        setFailure(error instanceof ApiError ? error.message : 'The upload failed. Nothing was imported.');
      }
    });

  const tooLarge = file !== null && file.size > ANKI_IMPORT_LIMITS.maxUploadBytes;
  const a = preview?.anki;
  return (
    <div className="flex flex-col gap-4">
      <Field id={`${id}-apkg`} label="Anki package (.apkg)">
        <input
          id={`${id}-apkg`}
          type="file"
          accept=".apkg,application/octet-stream,application/zip"
          onChange={(e) => {
            clear();
            setFile(e.target.files?.[0] ?? null);
          }}
          className="text-sm"
        />
      </Field>
      {tooLarge ? (
        <p className="text-sm text-danger">
          The package must be at most {ANKI_IMPORT_LIMITS.maxUploadBytes / (1024 * 1024)} MB.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => send('preview')} disabled={pending || !file || tooLarge}>
          {pending && !preview ? 'Reading the package…' : 'Preview Anki import'}
        </Button>
        {preview ? (
          <Button onClick={() => send('commit')} disabled={pending || preview.anki.newCards === 0}>
            {pending ? 'Importing…' : `Import ${plural(preview.anki.newCards, 'card')}`}
          </Button>
        ) : null}
      </div>
      <div aria-live="polite" className="flex flex-col gap-3">
        {done ? <p className="text-sm text-success">{done}</p> : null}
        {failure ? <ImportFailure failure={{ message: failure, errors: [] }} /> : null}
        {a ? (
          <p className="text-sm" data-testid="anki-summary">
            {plural(a.notes, 'note')} and {plural(a.cards, 'card')} in the package ({a.collection}):{' '}
            {plural(a.newCards, 'new card')}, {a.alreadyImported} already imported, {plural(a.duplicates, 'duplicate')}{' '}
            and {plural(a.errors, 'card')} with problems (skipped).{' '}
            {a.notesWithMedia > 0
              ? `Media dropped from ${plural(a.notesWithMedia, 'note')}: cards hold text only. `
              : ''}
            {a.reviewLogRows > 0 ? `The package’s ${plural(a.reviewLogRows, 'review-log row')} are not imported.` : ''}
          </p>
        ) : null}
        {preview ? <ImportPreviewTable preview={preview} lineLabel="Note" /> : null}
      </div>
    </div>
  );
}
