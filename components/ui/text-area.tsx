import type { TextareaHTMLAttributes } from 'react';
import { Field, splitFieldProps, type FieldProps } from './field';

/** A labelled multi-line input with its hint and error wired up for screen readers. */
export function TextArea(props: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps) {
  const { field, control } = splitFieldProps(props);
  return (
    <Field {...field}>
      <textarea
        className="min-h-24 rounded-lg border border-border bg-surface px-3 py-2 font-mono text-sm text-fg placeholder:text-fg-muted"
        {...control}
      />
    </Field>
  );
}
