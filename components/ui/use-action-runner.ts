'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';

type Result = { ok: true; data: unknown } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * Runs a server action from a client component: pending state while it runs, the failure's
 * message and field errors when it fails, a refresh of the server-rendered page when it succeeds.
 */
export function useActionRunner() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  function run<R extends Result>(action: () => Promise<R>, onSuccess?: (result: Extract<R, { ok: true }>) => void) {
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setError(result.message);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setError(null);
      setFieldErrors({});
      onSuccess?.(result as Extract<R, { ok: true }>);
      router.refresh();
    });
  }
  return { pending, error, fieldErrors, run, setError };
}
