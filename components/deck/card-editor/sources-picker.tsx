'use client';
import { useState } from 'react';
import { TextField } from '@/components/ui/text-field';
import type { Option } from '@/lib/server/queries/get-library-options';
import { toggleSource, visibleSources } from './card-draft';

/** Tick the card's sources from the library's registry, with a filter for the long list. */
export function SourcesPicker({
  idPrefix,
  options,
  chosen,
  onChange,
  error,
}: {
  idPrefix: string;
  options: readonly Option[];
  chosen: string[];
  onChange: (sources: string[]) => void;
  error: string | undefined;
}) {
  const [filter, setFilter] = useState('');
  return (
    <details className="rounded-lg border border-border p-3">
      <summary className="cursor-pointer text-sm font-medium">Sources ({chosen.length} chosen)</summary>
      <div className="mt-3 flex flex-col gap-2">
        <TextField
          id={`${idPrefix}-source-filter`}
          label="Filter sources"
          name="source-filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <fieldset className="max-h-56 overflow-auto">
          <legend className="sr-only">Sources</legend>
          {visibleSources(options, chosen, filter).map((s) => (
            <label key={s.value} className="flex items-start gap-2 py-0.5 text-sm">
              <input
                type="checkbox"
                className="mt-1"
                checked={chosen.includes(s.value)}
                onChange={(e) => onChange(toggleSource(chosen, s.value, e.target.checked))}
              />
              <span>{s.label}</span>
            </label>
          ))}
        </fieldset>
        {error ? <p className="text-sm text-danger">{error}</p> : null}
      </div>
    </details>
  );
}
