import 'server-only';
import type { RowError } from '@/lib/core/deck-io/types';

export type ImportPreviewRow = {
  line: number;
  id: string | null;
  front: string;
  action: 'new' | 'update' | 'unchanged' | 'restore' | 'library-add' | 'library-keep' | 'duplicate';
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
