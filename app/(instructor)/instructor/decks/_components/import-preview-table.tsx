import { DataTable } from '@/components/ui/data-table';
import type { ImportPreview, ImportPreviewRow } from '@/lib/server/instructor/import-result';
import { countPreview, describeErrorPlace } from './deck-import-state';

const ACTION_LABEL: Record<ImportPreviewRow['action'], string> = {
  new: 'New card',
  update: 'Update',
  unchanged: 'Unchanged',
  restore: 'Restore',
  'library-add': 'Add library card',
  'library-keep': 'Library card (kept)',
  duplicate: 'Duplicate (skipped)',
};

type Row = { kind: 'card'; row: ImportPreviewRow } | { kind: 'removal'; removal: ImportPreview['removals'][number] };

/** What an import would do: a summary line, the file's warnings, and one row per card (removals last). */
export function ImportPreviewTable({
  preview,
  lineLabel = 'Line',
}: {
  preview: ImportPreview;
  /** What the first column counts: a file's lines, or an Anki package's notes. */
  lineLabel?: 'Line' | 'Note';
}) {
  const counts = countPreview(preview);
  const rows: Row[] = [
    ...preview.rows.map((row) => ({ kind: 'card' as const, row })),
    ...preview.removals.map((removal) => ({ kind: 'removal' as const, removal })),
  ];
  return (
    <div className="flex flex-col gap-3" data-testid="import-preview">
      <p className="text-sm">
        <strong>{preview.newDeck ? `New deck “${preview.title}”` : 'This deck'}</strong>: {counts.new} new,{' '}
        {counts.update} updated, {counts.library} library cards added, {counts.removed} removed.
        {preview.titleChanged ? ` Title becomes “${preview.title}”.` : ''}
        {preview.descriptionChanged ? ' The description changes.' : ''} Nothing is written until you import.
      </p>
      {preview.warnings.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm text-warning">
          {preview.warnings.map((w, i) => (
            <li key={i}>
              {describeErrorPlace(w, lineLabel)}: {w.message}
            </li>
          ))}
        </ul>
      ) : null}
      <DataTable
        scrollLabel="Import preview"
        scrollClassName="relative max-h-80 overflow-auto rounded-lg border border-border"
        variant="boxed"
        caption="What the import does to each card"
        columns={[lineLabel, 'Action', 'Card']}
        rows={rows}
      >
        {(r) =>
          r.kind === 'card' ? (
            <tr key={`${r.row.line}-${r.row.id ?? r.row.front}`} className="border-t border-border">
              <td className="px-2 py-1 tabular-nums">{r.row.line}</td>
              <td className="px-2 py-1 whitespace-nowrap">
                {ACTION_LABEL[r.row.action]}
                {r.row.changed.length > 0 ? <span className="text-fg-muted"> ({r.row.changed.join(', ')})</span> : null}
              </td>
              <td className="px-2 py-1">{r.row.front}</td>
            </tr>
          ) : (
            <tr key={`remove-${r.removal.id}`} className="border-t border-border">
              <td className="px-2 py-1">–</td>
              <td className="px-2 py-1 text-danger">{r.removal.own ? 'Remove (retire)' : 'Remove from deck'}</td>
              <td className="px-2 py-1">{r.removal.front}</td>
            </tr>
          )
        }
      </DataTable>
    </div>
  );
}

/** Why the preview or import failed, with every problem in the file by line and field. */
export function ImportFailure({ failure }: { failure: { message: string; errors: ImportPreview['warnings'] } }) {
  return (
    <div className="rounded-lg border border-danger p-3" data-testid="import-errors">
      <p className="text-sm font-medium text-danger">{failure.message}</p>
      {failure.errors.length > 0 ? (
        <ul className="mt-2 flex flex-col gap-1 text-sm">
          {failure.errors.map((e, i) => (
            <li key={i}>
              <span className="font-medium">{describeErrorPlace(e)}:</span> {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
