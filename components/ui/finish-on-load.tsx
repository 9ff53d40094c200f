'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { ActionResult } from '@/lib/core/errors/error-code';

/**
 * Runs a closing server action once the page is shown — an interview or timed quiz whose clock
 * ran out while the page was closed — then reloads the page, which now shows the result. The
 * write happens in a POST, never while a GET renders. Refusals that mean "already done" reload too.
 */
export function FinishOnLoad<I>({
  action,
  input,
  message,
}: {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  message: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void action(input).then((result) => {
      if (!live) return;
      if (result.ok || result.code === 'finished' || result.code === 'submitted') router.refresh();
      else setError(result.message);
    });
    return () => {
      live = false;
    };
    // Once per page: the input is fixed by the server.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <p
      role={error ? 'alert' : 'status'}
      className={error ? 'text-danger' : 'text-fg-muted'}
      data-testid="finish-on-load"
    >
      {error ?? message}
    </p>
  );
}
