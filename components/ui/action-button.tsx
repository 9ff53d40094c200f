'use client';
import type { ReactNode } from 'react';
import { Button } from './button';
import { useActionRunner } from './use-action-runner';

type Result = { ok: true; data: unknown } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * A button that calls a server action with a fixed input (passed from a server component),
 * asking first when `confirm` is given, and showing the failure's message next to it.
 */
export function ActionButton<I>({
  action,
  input,
  children,
  confirm,
  variant = 'secondary',
  pendingLabel,
}: {
  action: (input: I) => Promise<Result>;
  input: I;
  children: ReactNode;
  confirm?: string;
  variant?: 'primary' | 'secondary' | 'ghost';
  pendingLabel?: string;
}) {
  const { pending, error, run } = useActionRunner();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        variant={variant}
        disabled={pending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          run(() => action(input));
        }}
      >
        {pending && pendingLabel ? pendingLabel : children}
      </Button>
      {error ? (
        <span className="text-xs text-danger" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
