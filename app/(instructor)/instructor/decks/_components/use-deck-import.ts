'use client';
import { useRouter } from 'next/navigation';
import { useReducer, useTransition } from 'react';
import { importDeckAction } from '@/lib/server/actions/import-deck-action';
import { previewDeckImportAction } from '@/lib/server/actions/preview-deck-import-action';
import type { RowError } from '@/lib/core/deck-io/types';
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

  async function readFile(file: File | undefined) {
    dispatch({ type: 'cleared' });
    if (file) dispatch({ type: 'file-read', name: file.name, text: await file.text() });
  }

  function preview() {
    dispatch({ type: 'cleared' });
    startTransition(async () => {
      const result = await previewDeckImportAction(importInput(state, deckId));
      if (result.ok) dispatch({ type: 'previewed', preview: result.data });
      else fail(result);
    });
  }

  function runImport() {
    startTransition(async () => {
      const result = await importDeckAction(importInput(state, deckId));
      if (!result.ok) return fail(result);
      dispatch({ type: 'imported', report: result.data });
      if (deckId === null) router.push(`/instructor/decks/${result.data.deckId}`);
      else router.refresh();
    });
  }

  return { state, dispatch, pending, readFile, preview, runImport };
}
