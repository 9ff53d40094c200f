'use client';
import { Button } from '@/components/ui/button';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { setDeckPublishedAction } from '@/lib/server/actions/set-deck-published-action';

/** Publishes the deck, or takes it back to draft. */
export function PublishToggle({ deckId, published }: { deckId: string; published: boolean }) {
  const { pending, error, run } = useActionRunner();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        variant={published ? 'secondary' : 'primary'}
        disabled={pending}
        onClick={() => run(() => setDeckPublishedAction({ deckId, published: !published }))}
      >
        {published ? 'Unpublish (back to draft)' : 'Publish'}
      </Button>
      <p aria-live="polite" className="text-sm text-danger">
        {error}
      </p>
    </div>
  );
}
