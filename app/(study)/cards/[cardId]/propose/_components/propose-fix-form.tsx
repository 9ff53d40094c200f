'use client';
import Link from 'next/link';
import { useId, useState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { MarkdownPreview } from '@/components/ui/markdown-preview';
import { Panel } from '@/components/ui/panel';
import { TextArea } from '@/components/ui/text-area';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { PROPOSAL_LIMITS } from '@/lib/core/proposals/schema';
import { proposeCardFixAction } from '@/lib/server/actions/propose-card-fix-action';

type Texts = { front: string; back: string; explanation: string };

const FIELDS = [
  { field: 'front', label: 'Front (question)', rows: 3 },
  { field: 'back', label: 'Back (answer)', rows: 5 },
  { field: 'explanation', label: 'Explanation', rows: 3 },
] as const;

/**
 * The card's texts to edit, a reason, and a live preview. One request id per page view, so a double
 * click or a retry records one proposal.
 */
export function ProposeFixForm({ card }: { card: Texts & { id: string } }) {
  const id = useId();
  const [requestId] = useState(() => crypto.randomUUID());
  const [texts, setTexts] = useState<Texts>({ front: card.front, back: card.back, explanation: card.explanation });
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(false);
  const { pending, error, fieldErrors, run } = useActionRunner();

  if (sent) {
    return (
      <Panel>
        <p role="status" className="font-medium text-success">
          Thank you: your proposal was sent.
        </p>
        <p className="mt-2 text-sm">
          <Link href="/proposals" className="text-accent underline">
            See your proposals and their answers
          </Link>
        </p>
      </Panel>
    );
  }
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Panel>
        <ActionForm
          onSubmit={() =>
            run(
              () => proposeCardFixAction({ requestId, cardId: card.id, ...texts, reason }),
              () => setSent(true),
            )
          }
          pending={pending}
          submitLabel="Send proposal"
          pendingLabel="Sending…"
          error={error}
        >
          {FIELDS.map((f) => (
            <TextArea
              key={f.field}
              id={`${id}-${f.field}`}
              label={f.label}
              name={f.field}
              rows={f.rows}
              maxLength={PROPOSAL_LIMITS.text}
              value={texts[f.field]}
              onChange={(e) => setTexts((t) => ({ ...t, [f.field]: e.target.value }))}
              error={fieldErrors[f.field]?.[0]}
            />
          ))}
          <TextArea
            id={`${id}-reason`}
            label="Why (what is wrong or unclear)"
            name="reason"
            rows={3}
            maxLength={PROPOSAL_LIMITS.reason}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            hint="A source helps: the owner checks it before accepting."
            error={fieldErrors.reason?.[0]}
          />
        </ActionForm>
      </Panel>
      <Panel>
        <h2 className="mb-2 text-lg font-semibold">Preview</h2>
        <MarkdownPreview className="font-medium">{texts.front}</MarkdownPreview>
        <hr className="my-3 border-border" />
        <MarkdownPreview>{texts.back}</MarkdownPreview>
        {texts.explanation ? (
          <MarkdownPreview className="mt-3 text-sm text-fg-muted">{texts.explanation}</MarkdownPreview>
        ) : null}
      </Panel>
    </div>
  );
}
