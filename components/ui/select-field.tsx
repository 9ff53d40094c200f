import type { SelectHTMLAttributes } from 'react';
import { Field, fieldAria } from './field';

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
    <Field id={fieldId} label={label} error={error} className="flex min-w-0 flex-col gap-1">
      <select
        id={fieldId}
        name={name}
        {...fieldAria(fieldId, error)}
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
    </Field>
  );
}
