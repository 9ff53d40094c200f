import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';
import { getInstructorDecks } from '@/lib/server/queries/get-instructor-decks';
import { InstructorNav } from '../../_components/instructor-nav';
import { InstructorsOnly } from '../../_components/instructors-only';
import { CreateDeckForm } from './_components/create-deck-form';
import { ImportPanel } from './_components/import-panel';

export const metadata: Metadata = { title: 'Your decks' };

export default async function InstructorDecksPage() {
  const user = await requireUser('/instructor/decks');
  if (user.role === 'LEARNER') return <InstructorsOnly />;
  const decks = await getInstructorDecks(user);
  return (
    <div>
      <PageHeader
        title="Decks"
        description="Decks you curate for your classes: library cards and your own, in your order."
      />
      <InstructorNav current="/instructor/decks" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="decks-heading">
          <h2 id="decks-heading" className="mb-3 text-xl font-semibold">
            Your decks
          </h2>
          {decks.length === 0 ? (
            <Panel>
              <p className="text-fg-muted">No decks yet. Create one, or import a deck file.</p>
            </Panel>
          ) : (
            <ul className="flex flex-col gap-3">
              {decks.map((d) => (
                <li key={d.id} className="rounded-xl border border-border bg-surface p-4">
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
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="flex flex-col gap-6">
          <Panel>
            <h2 className="mb-3 text-lg font-semibold">New deck</h2>
            <CreateDeckForm />
          </Panel>
          <Panel>
            <h2 className="text-lg font-semibold">Import a deck</h2>
            <p className="mb-3 text-sm text-fg-muted">
              A YAML file in the content format (an export, or a file from content/decks) or a CSV file. It becomes a
              new draft deck.
            </p>
            <ImportPanel deckId={null} />
          </Panel>
        </div>
      </div>
    </div>
  );
}
