import type { FormEvent, ReactNode } from 'react';
import { Button } from './button';

/** A form's submit handler that keeps the browser from posting the form and runs `handler` instead. */
export function submitWith(handler: () => void) {
  return (event: FormEvent) => {
    event.preventDefault();
    handler();
  };
}

/**
 * A form whose submit runs a server action (see `useActionRunner`): the fields, the failure's
 * message, and one submit button that says `pendingLabel` while the action runs.
 */
export function ActionForm({
  onSubmit,
  submitLabel,
  pendingLabel,
  pending,
  disabled = false,
  error,
  children,
  footer,
}: {
  onSubmit: () => void;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  disabled?: boolean;
  error?: string | null | undefined;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <form onSubmit={submitWith(onSubmit)} className="flex flex-col gap-3" noValidate>
      {children}
      {error ? <p className="text-sm text-danger">{error}</p> : null}
      <Button type="submit" disabled={pending || disabled} className="self-start">
        {pending ? pendingLabel : submitLabel}
      </Button>
      {footer}
    </form>
  );
}
