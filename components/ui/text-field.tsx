import type { InputHTMLAttributes } from 'react';
import { Field, fieldAria } from './field';

/** A labelled input with its hint and error wired up for screen readers. */
export function TextField({
  label,
  name,
  error,
  hint,
  id,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string | undefined; hint?: string }) {
  const fieldId = id ?? `field-${name}`;
  return (
    <Field id={fieldId} label={label} error={error} hint={hint}>
      <input
        id={fieldId}
        name={name}
        {...fieldAria(fieldId, error, hint)}
        className="rounded-lg border border-border bg-surface px-3 py-2 text-fg placeholder:text-fg-muted"
        {...props}
      />
    </Field>
  );
}
