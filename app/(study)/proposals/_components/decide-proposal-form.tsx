'use client';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { PROPOSAL_LIMITS } from '@/lib/core/proposals/schema';
import { decideProposalAction } from '@/lib/server/actions/decide-proposal-action';

/** Accept (an instructor card is updated; a library card is recorded as accepted) or decline, with an optional note. */
export function DecideProposalForm({ proposalId, library }: { proposalId: string; library: boolean }) {
  const id = useId();
  const [note, setNote] = useState('');
  const { pending, error, fieldErrors, run } = useActionRunner();
  const decide = (decision: 'accept' | 'decline') => run(() => decideProposalAction({ proposalId, decision, note }));
  return (
    <div className="mt-3 flex flex-col gap-2 border-t border-border pt-3">
      <TextField
        id={`${id}-note`}
        label="Note to the learner (optional)"
        name="note"
        value={note}
        maxLength={PROPOSAL_LIMITS.note}
        onChange={(e) => setNote(e.target.value)}
        error={fieldErrors.note?.[0]}
      />
      <div className="flex flex-wrap gap-2">
        <Button disabled={pending} onClick={() => decide('accept')}>
          {library ? 'Accept (I’ll change content/)' : 'Accept and update the card'}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => decide('decline')}>
          Decline
        </Button>
      </div>
      {error ? <p className="text-sm text-danger">{error}</p> : null}
    </div>
  );
}
