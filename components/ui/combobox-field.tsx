'use client';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { fieldAria } from './field';

/** What a search matches: case-insensitive, `_` and `/` read as spaces ("new york" finds America/New_York). */
const searchable = (s: string) => s.toLowerCase().replace(/[_/]+/g, ' ');

/**
 * A labelled text box with a list to pick from (the ARIA 1.2 combobox pattern): typing filters the
 * list, ↓/↑ move through it, Enter picks, Escape closes; a click picks too. The value is whatever
 * was picked or typed — the server decides whether it is one of `options`.
 */
export function ComboboxField({
  label,
  name,
  value,
  options,
  onChange,
  format = (o) => o,
  error,
  hint,
  maxShown = 100,
}: {
  label: string;
  name: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  /** How an option reads in the list. */
  format?: (option: string) => string;
  error?: string | undefined;
  hint?: string | undefined;
  maxShown?: number;
}) {
  const id = `field-${name}`;
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  /** The value before typing began, for Escape to put back. */
  const [before, setBefore] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  const matches = useMemo(() => {
    const words = searchable(query ?? '')
      .split(' ')
      .filter(Boolean);
    const all = words.length === 0 ? options : options.filter((o) => words.every((w) => searchable(o).includes(w)));
    return all.slice(0, maxShown);
  }, [options, query, maxShown]);

  function pick(option: string) {
    onChange(option);
    setQuery(null);
    setBefore(null);
    setOpen(false);
  }

  function scrollTo(index: number) {
    listRef.current?.children[index]?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        const at = Math.max(0, matches.indexOf(value));
        setActive(at);
        scrollTo(at);
        return;
      }
      const next = event.key === 'ArrowDown' ? Math.min(matches.length - 1, active + 1) : Math.max(0, active - 1);
      setActive(next);
      scrollTo(next);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const option = matches[active];
      if (option !== undefined) pick(option);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      if (before !== null) onChange(before);
      setBefore(null);
      setOpen(false);
      setQuery(null);
    }
  }

  const activeOption = open ? matches[active] : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="relative">
        <input
          id={id}
          name={name}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption !== undefined ? `${listId}-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          className="w-full rounded-lg border border-border bg-surface px-3 py-2 text-fg placeholder:text-fg-muted"
          value={query ?? value}
          placeholder="Type to search, e.g. Berlin"
          onChange={(e) => {
            if (query === null) setBefore(value);
            setQuery(e.target.value);
            onChange(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setQuery(null);
            setBefore(null);
          }}
          {...fieldAria(id, error, hint)}
        />
        <ul
          id={listId}
          ref={listRef}
          role="listbox"
          aria-label={label}
          hidden={!open}
          className="absolute top-full z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-lg border border-border bg-surface py-1 shadow-lg"
        >
          {matches.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-1.5 text-sm text-fg-muted">
              No match
            </li>
          ) : (
            matches.map((o, i) => (
              <li
                key={o}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={o === value}
                className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? 'bg-accent text-accent-fg' : o === value ? 'bg-accent-soft' : ''}`}
                // Keep the focus in the text box: pick on mouse down, before it blurs.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(o);
                }}
                onMouseMove={() => setActive(i)}
              >
                {format(o)}
              </li>
            ))
          )}
        </ul>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-fg-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
