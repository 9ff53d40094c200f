import type { InputHTMLAttributes } from 'react';
import { Field, splitFieldProps, type FieldProps } from './field';

/** A labelled input with its hint and error wired up for screen readers. */
export function TextField(props: InputHTMLAttributes<HTMLInputElement> & FieldProps) {
  const { field, control } = splitFieldProps(props);
  return (
    <Field {...field}>
      <input
        className="rounded-lg border border-border bg-surface px-3 py-2 text-fg placeholder:text-fg-muted"
        {...control}
      />
    </Field>
  );
}
