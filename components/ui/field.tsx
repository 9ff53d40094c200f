import type { ReactNode } from 'react';

/** The aria attributes that tie a control to its field's hint and error message. */
export function fieldAria(id: string, error?: string, hint?: string) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } as const;
}

/**
 * A label above one control, with its hint and error below; the control (input, textarea, select)
 * is the child and takes `id` and `fieldAria(id, error, hint)` so screen readers hear all three.
 */
export function Field({
  id,
  label,
  error,
  hint,
  className = 'flex flex-col gap-1',
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
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

/** The props every labelled control takes besides its own. */
export type FieldProps = { label: string; name: string; error?: string | undefined; hint?: string | undefined };

/**
 * Splits a labelled control's props into what its Field shows and what goes on the control itself
 * (the id, by default `field-<name>`, and the aria wiring; the rest as given, so they may override).
 */
export function splitFieldProps<P extends FieldProps & { id?: string | undefined }>(props: P) {
  const { label, name, error, hint, id, ...rest } = props;
  const fieldId = id ?? `field-${name}`;
  return {
    field: { id: fieldId, label, error, hint },
    control: { id: fieldId, name, ...fieldAria(fieldId, error, hint), ...rest },
  };
}
