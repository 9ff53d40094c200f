'use client';
import { Button } from '@/components/ui/button';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { addLibraryCardsAction } from '@/lib/server/actions/add-library-cards-action';

/** Adds one library card (or all the ones shown) to the end of the deck. */
export function AddLibraryCardsButton({
  deckId,
  cardIds,
  label,
  srLabel,
}: {
  deckId: string;
  cardIds: string[];
  label: string;
  srLabel?: string;
}) {
  const { pending, error, run } = useActionRunner();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        disabled={pending || cardIds.length === 0}
        onClick={() => run(() => addLibraryCardsAction({ deckId, cardIds }))}
      >
        {pending ? 'Adding…' : label}
        {srLabel ? <span className="sr-only">: {srLabel}</span> : null}
      </Button>
      {error ? <span className="text-xs text-danger">{error}</span> : null}
    </span>
  );
}
