import Link from 'next/link';
import { Panel } from '@/components/ui/panel';
import type { GettingStarted } from '@/lib/core/onboarding/build-getting-started';

/** A new account's first steps, each ticked from the learner's own data; the dashboard hides it once all are done. */
export function GettingStartedPanel({ guide }: { guide: GettingStarted }) {
  return (
    <Panel
      title="Get started"
      description={`${guide.done} of ${guide.steps.length} done — each step ticks itself once you have done it.`}
    >
      <ol className="flex flex-col gap-3" data-testid="getting-started">
        {guide.steps.map((step) => (
          <li key={step.id} className="flex items-start gap-3" data-done={step.done}>
            <span
              aria-hidden="true"
              className={`mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full border text-sm font-bold ${
                step.done ? 'border-success bg-success text-surface' : 'border-border text-transparent'
              }`}
            >
              ✓
            </span>
            <div>
              <Link
                href={step.href}
                className={`font-medium underline ${step.done ? 'text-fg-muted line-through' : 'text-accent'}`}
              >
                {step.label}
              </Link>
              <span className="sr-only">{step.done ? ' (done)' : ' (to do)'}</span>
              <p className="text-sm text-fg-muted">{step.detail}</p>
            </div>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
