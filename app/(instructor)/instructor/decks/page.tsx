import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { ItemListSection } from '@/components/ui/item-list-section';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';
import { getInstructorDecks } from '@/lib/server/queries/get-instructor-decks';
import { InstructorNav } from '../../_components/instructor-nav';
import { InstructorsOnly } from '../../_components/instructors-only';
import { CreateDeckForm } from '@/components/deck/create-deck-form';
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
