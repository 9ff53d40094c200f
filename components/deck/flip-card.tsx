'use client';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import type { SafeHtml } from '@/lib/markdown/to-safe-html';

/**
 * A real card from the library, as a visitor can try it: the question, then "Show answer" turns it
 * over to the answer and its explanation (and back). Nothing is recorded.
 */
export function FlipCard({
  front,
  back,
  explanation,
  label,
  headingLevel = 2,
}: {
  front: SafeHtml;
  back: SafeHtml;
  explanation: SafeHtml | null;
  /** A short line above the question, e.g. the deck's title. */
  label: string;
  headingLevel?: 2 | 3;
}) {
  const [flipped, setFlipped] = useState(false);
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article
      className="flex min-h-64 flex-col gap-4 rounded-xl border border-border bg-surface p-5 shadow-sm"
      data-testid="sample-card"
    >
      <p className="text-xs uppercase tracking-wide text-fg-muted">{label}</p>
      <Heading className="sr-only">Question</Heading>
      <Markdown className="text-lg font-medium" html={front} />
      <div id={id} hidden={!flipped} className="flex flex-col gap-3 border-t border-border pt-4">
        <Heading className="sr-only">Answer</Heading>
        <Markdown html={back} />
        {explanation ? <Markdown className="text-sm text-fg-muted" html={explanation} /> : null}
      </div>
      <div className="mt-auto">
        <Button
          variant={flipped ? 'secondary' : 'primary'}
          className="w-full"
          aria-expanded={flipped}
          aria-controls={id}
          onClick={() => setFlipped((f) => !f)}
        >
          {flipped ? 'Hide answer' : 'Show answer'}
        </Button>
      </div>
    </article>
  );
}
