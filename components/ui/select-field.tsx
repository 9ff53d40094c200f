import type { SelectHTMLAttributes } from 'react';

/** A labelled select; `empty` adds a first option with an empty value (e.g. "Any deck"). */
export function SelectField({
  label,
  name,
  options,
  empty,
  error,
  id,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  empty?: string;
  error?: string | undefined;
}) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={fieldId} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        className="w-full min-w-0 rounded-lg border border-border bg-surface px-3 py-2 text-fg"
        {...props}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${fieldId}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
