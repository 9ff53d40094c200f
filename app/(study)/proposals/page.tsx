import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { formatDate } from '@/lib/core/format-date';
import { requireUser } from '@/lib/server/auth';
import { getProposals, type ProposalView } from '@/lib/server/queries/get-proposals';
import { getTimeZone } from '@/lib/server/queries/get-time-zone';
import { DecideProposalForm } from './_components/decide-proposal-form';

export const metadata: Metadata = { title: 'Proposed fixes' };

const STATUS = {
  OPEN: { label: 'Waiting for an answer', tone: 'warning' },
  ACCEPTED: { label: 'Accepted', tone: 'success' },
  DECLINED: { label: 'Declined', tone: 'danger' },
} as const;

const FIELD_LABEL = { front: 'Front', back: 'Back', explanation: 'Explanation' } as const;

function Changes({ proposal }: { proposal: ProposalView }) {
  return (
    <dl className="mt-3 flex flex-col gap-3 text-sm">
      {proposal.changes.map((c) => (
        <div key={c.field}>
          <dt className="font-semibold">{FIELD_LABEL[c.field]}</dt>
          <dd className="mt-1 grid gap-2 md:grid-cols-2">
            <div className="min-w-0 rounded-lg border border-border bg-muted p-2">
              <span className="block text-xs font-semibold text-fg-muted">Now</span>
              <pre className="whitespace-pre-wrap break-words font-mono text-xs">{c.before || '(empty)'}</pre>
            </div>
            <div className="min-w-0 rounded-lg border border-accent/40 bg-accent-soft p-2">
              <span className="block text-xs font-semibold text-accent">Proposed</span>
              <pre className="whitespace-pre-wrap break-words font-mono text-xs">{c.after || '(empty)'}</pre>
            </div>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ProposalCard({ proposal, timeZone, decide }: { proposal: ProposalView; timeZone: string; decide: boolean }) {
  const status = STATUS[proposal.status];
  return (
    <li>
      <Panel>
        <div className="flex flex-wrap items-center gap-2 text-xs text-fg-muted">
          <Badge tone={status.tone}>{status.label}</Badge>
          <Badge>{proposal.library ? 'Library card' : 'Instructor card'}</Badge>
          <span>
            {decide ? `from ${proposal.proposer}, ` : ''}
            {formatDate(proposal.createdAt, timeZone)}
          </span>
        </div>
        <h3 className="mt-2 font-semibold">
          <span className="text-fg-muted">Card </span>
          <code className="text-sm">{proposal.cardId}</code>:{' '}
          {proposal.cardFront.length > 140 ? `${proposal.cardFront.slice(0, 139)}…` : proposal.cardFront}
        </h3>
        <p className="mt-2 text-sm">
          <span className="font-medium">Why: </span>
          {proposal.reason}
        </p>
        <Changes proposal={proposal} />
        {proposal.location ? (
          <p className="mt-3 rounded-lg border border-border p-2 text-sm" data-testid="content-location">
            {proposal.status === 'ACCEPTED'
              ? 'Make this change in '
              : 'Library cards live in content/: to accept, change '}
            <code>
              {proposal.location.file}
              {proposal.location.line ? `:${proposal.location.line}` : ''}
            </code>{' '}
            ({proposal.location.fields}) and commit it; the next content sync updates every learner’s copy, keeping
            progress.
          </p>
        ) : null}
        {proposal.note ? (
          <p className="mt-3 text-sm">
            <span className="font-medium">Note from the owner: </span>
            {proposal.note}
          </p>
        ) : null}
        {decide && proposal.status === 'OPEN' ? (
          <DecideProposalForm proposalId={proposal.id} library={proposal.library} />
        ) : null}
      </Panel>
    </li>
  );
}

/** Proposed fixes: the ones for the cards you answer for (instructors, admins), and your own with their outcome. */
export default async function ProposalsPage() {
  const user = await requireUser('/proposals');
  const [{ toDecide, mine }, timeZone] = await Promise.all([getProposals(user), getTimeZone(user.id)]);
  const decides = user.role !== 'LEARNER';
  const open = toDecide.filter((p) => p.status === 'OPEN').length;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Proposed fixes"
        description="Learners propose changes to library and instructor cards; the card’s owner accepts or declines them."
      />
      {decides ? (
        <section aria-labelledby="to-decide-heading">
          <h2 id="to-decide-heading" className="mb-1 text-xl font-semibold">
            {user.role === 'ADMIN' ? 'For library cards and your cards' : 'For your cards'}
          </h2>
          <p className="mb-3 text-sm text-fg-muted">
            {open === 0 ? 'Nothing waiting for you.' : `${open} waiting for your answer.`}
          </p>
          {toDecide.length > 0 ? (
            <ul className="flex flex-col gap-4" data-testid="proposals-to-decide">
              {toDecide.map((p) => (
                <ProposalCard key={p.id} proposal={p} timeZone={timeZone} decide />
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading" className="mb-3 text-xl font-semibold">
          Your proposals
        </h2>
        {mine.length === 0 ? (
          <p className="text-fg-muted">
            None yet. “Propose a fix” on a card in review or in a deck when something is wrong or unclear.
          </p>
        ) : (
          <ul className="flex flex-col gap-4" data-testid="my-proposals">
            {mine.map((p) => (
              <ProposalCard key={p.id} proposal={p} timeZone={timeZone} decide={false} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
