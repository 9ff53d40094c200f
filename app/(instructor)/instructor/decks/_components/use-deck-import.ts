'use client';
import { useRouter } from 'next/navigation';
import { useReducer, useTransition } from 'react';
import { importDeckAction } from '@/lib/server/actions/import-deck-action';
import { previewDeckImportAction } from '@/lib/server/actions/preview-deck-import-action';
import { IMPORT_LIMITS, type RowError } from '@/lib/core/deck-io/types';
import { deckImportReducer, importInput, INITIAL_IMPORT_STATE } from './deck-import-state';

/**
 * The import panel's state (see `deckImportReducer`) and its two server calls: preview, then
 * import, which opens the new deck or refreshes this one. `deckId` null: a new deck.
 */
export function useDeckImport(deckId: string | null) {
  const router = useRouter();
  const [state, dispatch] = useReducer(deckImportReducer, INITIAL_IMPORT_STATE);
  const [pending, startTransition] = useTransition();

  const fail = (result: { message: string; errors?: RowError[] }) =>
    dispatch({ type: 'failed', message: result.message, errors: result.errors ?? [] });

  const tooLarge = `The file must be at most ${IMPORT_LIMITS.maxChars.toLocaleString('en')} characters.`;

  async function readFile(file: File | undefined) {
    dispatch({ type: 'cleared' });
    if (!file) return;
    // Refused here, before it is sent: over the server's body limit it would not even reach the action.
    if (file.size > IMPORT_LIMITS.maxChars * 4) return fail({ message: tooLarge });
    const text = await file.text();
    if (text.length > IMPORT_LIMITS.maxChars) return fail({ message: tooLarge });
    dispatch({ type: 'file-read', name: file.name, text });
  }

  /** The action's answer, or a failure when the server refused the request itself (413, network). */
  async function call<T>(action: () => Promise<T>): Promise<T | { ok: false; message: string }> {
    try {
      return await action();
    } catch {
      return { ok: false, message: 'The server refused the request: the file may be too large. Nothing was imported.' };
    }
  }

  function preview() {
    dispatch({ type: 'cleared' });
    startTransition(async () => {
      const result = await call(() => previewDeckImportAction(importInput(state, deckId)));
      if (result.ok) dispatch({ type: 'previewed', preview: result.data });
      else fail(result);
    });
  }

  function runImport() {
    startTransition(async () => {
      const result = await call(() => importDeckAction(importInput(state, deckId)));
      if (!result.ok) return fail(result);
      dispatch({ type: 'imported', report: result.data });
      if (deckId === null) router.push(`/instructor/decks/${result.data.deckId}`);
      else router.refresh();
    });
  }

  return { state, dispatch, pending, readFile, preview, runImport };
}
