'use client';
import { Button } from '@/components/ui/button';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="flex flex-col items-start gap-4 py-12">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="text-fg-muted">
        An unexpected error stopped this page. Your saved work is safe. Try again, and if it keeps happening, tell us
        the reference below.
      </p>
      {error.digest ? <p className="font-mono text-sm text-fg-muted">Reference: {error.digest}</p> : null}
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
