import Link from 'next/link';
import { Markdown } from '@/components/ui/markdown';
import { Panel } from '@/components/ui/panel';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import type { MockFeedbackView } from '@/lib/server/queries/get-mock-feedback';
import { FeedbackSection, Quote } from './feedback-parts';

type Feedback = MockFeedbackView['feedback'];

/** Sentences the documentation contradicts, each with what is true (nothing when there are none). */
export function CorrectionsSection({ errors }: { errors: Feedback['errors'] }) {
  if (errors.length === 0) return null;
  return (
    <FeedbackSection id="errors-heading" title="Corrections">
      <p className="text-fg-muted">
        These sentences state something the documentation contradicts; they earned nothing. One slip is forgiven; a
        second makes the answer a miss.
      </p>
      <ul className="flex flex-col gap-3" data-testid="errors">
        {errors.map((e) => (
          <li key={`${e.claim}-${e.evidence}`}>
            <Panel className="flex flex-col gap-2 border-warning/40">
              <Quote tone="warning">You wrote: “{e.evidence}”</Quote>
              <p className="text-sm">
                <span className="font-medium">What is true: </span>
                {e.correction}
              </p>
            </Panel>
          </li>
        ))}
      </ul>
    </FeedbackSection>
  );
}

/** A decision for an option the scenario rules out, with why (nothing when the decision fits, ADR 038). */
export function MisfitSection({ misfit }: { misfit: Feedback['misfit'] }) {
  if (!misfit) return null;
  return (
    <FeedbackSection id="misfit-heading" title="Your decision">
      <div data-testid="misfit">
        <Panel className="flex flex-col gap-2 border-warning/40">
          <h3 className="font-medium">{misfit.label} doesn’t fit this scenario</h3>
          <Quote tone="warning">You wrote: “{misfit.evidence}”</Quote>
          <div className="text-sm">
            <span className="font-medium">Why: </span>
            <Markdown className="inline" html={markdownToSafeHtml(misfit.why)} />
          </div>
          <p className="text-sm text-fg-muted">
            A decision the scenario rules out costs your verdict a level, as a trap does.
          </p>
        </Panel>
      </div>
    </FeedbackSection>
  );
}

/** Pairs of sentences in the answer that say opposite things (nothing when there are none). */
export function ContradictionsSection({ contradictions }: { contradictions: Feedback['contradictions'] }) {
  if (contradictions.length === 0) return null;
  return (
    <FeedbackSection id="contradictions-heading" title="Contradictions">
      <p className="text-fg-muted">Your answer says both of these. An interviewer would ask which one you mean.</p>
      <ul className="flex flex-col gap-3" data-testid="contradictions">
        {contradictions.map((c) => (
          <li key={`${c.entity}/${c.attribute}`}>
            <Panel className="flex flex-col gap-2 border-warning/40">
              <h3 className="font-medium">{c.claim}</h3>
              <Quote tone="warning">“{c.holds}”</Quote>
              <p className="text-sm text-fg-muted">but also</p>
              <Quote tone="warning">“{c.denies}”</Quote>
            </Panel>
          </li>
        ))}
      </ul>
    </FeedbackSection>
  );
}

/** The classic traps the answer asserted, each with the sentence and the correction. */
export function TrapsSection({
  attemptId,
  traps,
  trapClaims,
}: {
  attemptId: string;
  traps: Feedback['traps'];
  trapClaims: MockFeedbackView['trapClaims'];
}) {
  return (
    <FeedbackSection id="traps-heading" title="Traps">
      {traps.length === 0 ? (
        <p className="text-fg-muted">No classic trap asserted. (A myth you mention only to refute it doesn’t count.)</p>
      ) : (
        <>
          <p className="text-sm text-fg-muted">
            An interviewer marks a stated myth down: one trap costs your verdict a level, two or more make it a miss.
          </p>
          <ul className="flex flex-col gap-3" data-testid="traps">
            {traps.map((t) => (
              <li key={t.id}>
                <Panel className="flex flex-col gap-2 border-danger/40">
                  <h3 className="font-semibold text-danger">Trap: “{trapClaims[t.id]}”</h3>
                  <Quote tone="danger">You wrote: “{t.evidence}”</Quote>
                  <div className="text-sm">
                    <span className="font-medium">What is true: </span>
                    <Markdown className="inline" html={markdownToSafeHtml(t.correction)} />
                  </div>
                  <AddToDeckLink
                    href={`/decks/personal/new-card?mock=${attemptId}&trap=${encodeURIComponent(t.id)}`}
                    what={`trap ${trapClaims[t.id] ?? t.id}`}
                  />
                </Panel>
              </li>
            ))}
          </ul>
        </>
      )}
    </FeedbackSection>
  );
}

/** "Add to my deck": the card editor, prefilled from this gap, into one of the learner's personal decks. */
export function AddToDeckLink({ href, what }: { href: string; what: string }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-accent underline">
        Add to my deck<span className="sr-only">: {what}</span>
      </Link>
    </p>
  );
}
