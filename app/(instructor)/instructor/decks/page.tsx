import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { ItemListSection } from '@/components/ui/item-list-section';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';
import { deleteDeckAction } from '@/lib/server/actions/delete-deck-action';
import { setDeckArchivedAction } from '@/lib/server/actions/set-deck-archived-action';
import { getInstructorDecks } from '@/lib/server/queries/get-instructor-decks';
import { InstructorNav } from '../../_components/instructor-nav';
import { InstructorsOnly } from '../../_components/instructors-only';
import { CreateDeckForm } from '@/components/deck/create-deck-form';
import { ImportPanel } from './_components/import-panel';

export const metadata: Metadata = { title: 'Your decks' };

export default async function InstructorDecksPage() {
  const user = await requireUser('/instructor/decks');
  if (user.role === 'LEARNER') return <InstructorsOnly />;
  const [decks, archived] = await Promise.all([getInstructorDecks(user), getInstructorDecks(user, { archived: true })]);
  return (
    <div>
      <PageHeader
        title="Decks"
        description="Decks you curate for your classes: library cards and your own, in your order."
      />
      <InstructorNav current="/instructor/decks" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex flex-col gap-6">
          <ItemListSection
            headingId="decks-heading"
            title="Your decks"
            items={decks}
            empty="No decks yet. Create one, or import a deck file."
          >
            {(d) => (
              <>
                <div className="flex flex-wrap items-center gap-2">
                  <Link
                    href={`/instructor/decks/${d.id}`}
                    className="text-lg font-semibold text-accent underline-offset-2 hover:underline"
                  >
                    {d.title}
                  </Link>
                  <Badge tone={d.published ? 'success' : 'warning'}>{d.published ? 'Published' : 'Draft'}</Badge>
                </div>
                <p className="mt-1 text-sm text-fg-muted">
                  {d.cards} {d.cards === 1 ? 'card' : 'cards'} · assigned to {d.classes}{' '}
                  {d.classes === 1 ? 'class' : 'classes'}
                  {d.owner ? ` · ${d.owner}` : ''}
                </p>
              </>
            )}
          </ItemListSection>
          {archived.length > 0 ? (
            <ItemListSection headingId="archived-decks-heading" title="Archived decks" items={archived} empty={null}>
              {(d) => (
                <div data-testid="archived-deck">
                  <p className="font-semibold">{d.title}</p>
                  <p className="mt-1 text-sm text-fg-muted">
                    {d.cards} {d.cards === 1 ? 'card' : 'cards'} · hidden from students, progress kept
                    {d.owner ? ` · ${d.owner}` : ''}
                  </p>
                  <div className="mt-3 flex flex-wrap items-start gap-2">
                    <ConfirmAction
                      action={setDeckArchivedAction}
                      input={{ deckId: d.id, archived: false }}
                      label={
                        <>
                          Restore<span className="sr-only"> {d.title}</span>
                        </>
                      }
                      title={`Restore “${d.title}”?`}
                      confirmLabel="Restore deck"
                    >
                      <p>
                        It comes back as it was: in your deck list, and — if it is published — in the review queues of
                        the {d.classes} {d.classes === 1 ? 'class' : 'classes'} it is assigned to, with students’
                        progress where they left it.
                      </p>
                    </ConfirmAction>
                    <ConfirmAction
                      action={deleteDeckAction}
                      input={{ deckId: d.id }}
                      label={
                        <>
                          Delete<span className="sr-only"> {d.title}</span>
                        </>
                      }
                      title={`Delete “${d.title}” for good?`}
                      confirmLabel="Delete deck"
                      danger
                    >
                      <p>
                        <strong className="text-fg">Students keep their review history.</strong> Your own cards in it
                        are retired, not erased: what students answered stays in their history and stats; they are just
                        no longer shown.
                      </p>
                      <p>
                        Removed: the deck, its list of {d.cards} {d.cards === 1 ? 'card' : 'cards'} and its assignment
                        to {d.classes} {d.classes === 1 ? 'class' : 'classes'}. Library cards stay in the library. This
                        can’t be undone.
                      </p>
                    </ConfirmAction>
                  </div>
                </div>
              )}
            </ItemListSection>
          ) : null}
        </div>
        <div className="flex flex-col gap-6">
          <Panel title="New deck">
            <CreateDeckForm />
          </Panel>
          <Panel
            title="Import a deck"
            description="A YAML file in the content format (an export, or a file from content/decks) or a CSV file. It becomes a new draft deck."
          >
            <ImportPanel deckId={null} />
          </Panel>
        </div>
      </div>
    </div>
  );
}
