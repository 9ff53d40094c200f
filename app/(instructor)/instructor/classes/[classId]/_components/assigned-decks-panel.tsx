import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Panel } from '@/components/ui/panel';
import { unassignDeckAction } from '@/lib/server/actions/unassign-deck-action';
import type { ClassOverview } from '@/lib/server/queries/get-class-overview';
import { AssignDeckForm } from './assign-deck-form';
import { AssignedList } from './assigned-list';

type Deck = ClassOverview['decks'][number];

function DeckStatus({ deck }: { deck: Deck }) {
  if (deck.kind === 'CONTENT') return <Badge tone="neutral">Library</Badge>;
  return deck.published ? (
    <Badge tone="success">Published</Badge>
  ) : (
    <Badge tone="warning">Draft: students don’t see it yet</Badge>
  );
}

/** The decks assigned to the class (each can be taken off) and the form to assign another. */
export function AssignedDecksPanel({ overview }: { overview: ClassOverview }) {
  return (
    <Panel title="Assigned decks">
      <AssignedList
        items={overview.decks}
        empty="No decks yet: assign one and its cards join every student’s daily review."
        action={unassignDeckAction}
        input={(d) => ({ classId: overview.id, deckId: d.id })}
        confirm={(d) => `Take “${d.title}” off this class?`}
      >
        {(d) => (
          <span className="flex flex-wrap items-center gap-2">
            {d.kind === 'INSTRUCTOR' ? (
              <Link
                href={`/instructor/decks/${d.id}`}
                className="font-medium text-accent underline-offset-2 hover:underline"
              >
                {d.title}
              </Link>
            ) : (
              <span className="font-medium">{d.title}</span>
            )}
            <DeckStatus deck={d} />
            <span className="text-sm text-fg-muted">{d.cards} cards</span>
          </span>
        )}
      </AssignedList>
      <AssignDeckForm classId={overview.id} decks={overview.assignableDecks} />
    </Panel>
  );
}
