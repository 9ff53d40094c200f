import type { ReactNode } from 'react';

const QUOTE_TONE = {
  accent: 'border-accent/60',
  warning: 'border-warning/60',
  danger: 'border-danger/60',
} as const;

/** A sentence from the answer (or the instructor), set off by a coloured rule. */
export function Quote({
  tone,
  italic = true,
  children,
  testId,
  className = '',
}: {
  tone: keyof typeof QUOTE_TONE;
  italic?: boolean;
  children: ReactNode;
  testId?: string;
  className?: string;
}) {
  return (
    <blockquote
      className={`${className} border-l-4 ${QUOTE_TONE[tone]} pl-3 text-sm${italic ? ' italic' : ''}`.trim()}
      data-testid={testId}
    >
      {children}
    </blockquote>
  );
}

/** One titled part of the feedback page (level-2 heading, labelled for landmarks navigation). */
export function FeedbackSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
