import type { TextareaHTMLAttributes } from 'react';
import { Field, fieldAria } from './field';

/** A labelled multi-line input with its hint and error wired up for screen readers. */
export function TextArea({
  label,
  name,
  error,
  hint,
  id,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: string;
}) {
  const fieldId = id ?? `field-${name}`;
  return (
    <Field id={fieldId} label={label} error={error} hint={hint}>
      <textarea
        id={fieldId}
        name={name}
        {...fieldAria(fieldId, error, hint)}
        className="min-h-24 rounded-lg border border-border bg-surface px-3 py-2 font-mono text-sm text-fg placeholder:text-fg-muted"
        {...props}
      />
    </Field>
  );
}
