import 'server-only';
import type { RowError } from '@/lib/core/deck-io/types';
import type { ActionResult } from '../action-result';

/** An import action's result: an invalid file fails with every problem, each naming its line and field. */
export type ImportActionResult<T> =
  ActionResult<T> | { ok: false; code: 'invalid_file'; message: string; errors: RowError[] };

export type ImportPreviewRow = {
  line: number;
  id: string | null;
  front: string;
  action: 'new' | 'update' | 'unchanged' | 'restore' | 'library-add' | 'library-keep';
  changed: string[];
};

export type ImportPreview = {
  newDeck: boolean;
  title: string;
  description: string;
  titleChanged: boolean;
  descriptionChanged: boolean;
  rows: ImportPreviewRow[];
  removals: { id: string; front: string; own: boolean }[];
  warnings: RowError[];
};
