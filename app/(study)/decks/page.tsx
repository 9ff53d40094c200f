import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateDeckForm } from '@/components/deck/create-deck-form';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { formatCount } from '@/lib/core/format-count';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/server/auth';
import { getLibrarySummary } from '@/lib/server/queries/get-library-summary';
import { getDecks } from '@/lib/server/queries/get-decks';
import { getPersonalDecks } from '@/lib/server/queries/get-personal-decks';

export const metadata: Metadata = { title: 'Decks' };

export default async function DecksPage() {
  const user = await requireUser('/decks');
  const [decks, library, personal] = await Promise.all([getDecks(), getLibrarySummary(), getPersonalDecks(user.id)]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Decks"
        description="Everything Delight teaches, as cards, a side-by-side comparison and the classic traps."
      />
      <section aria-labelledby="reference-heading" className="grid gap-4 sm:grid-cols-2">
        <h2 id="reference-heading" className="sr-only">
          Reference
        </h2>
        {library.comparisons.map((c) => (
          <Link
            key={c.id}
            href={`/compare/${c.id}`}
            className="rounded-xl border border-border bg-surface p-5 hover:border-accent"
          >
            <span className="text-xs font-semibold uppercase tracking-wide text-accent">Comparison</span>
            <span className="mt-1 block text-lg font-semibold">{c.title}</span>
            <span className="text-sm text-fg-muted">
              {c.dimensionCount} dimensions side by side, with the nuances and sources
            </span>
          </Link>
        ))}
        <Link href="/misconceptions" className="rounded-xl border border-border bg-surface p-5 hover:border-accent">
          <span className="text-xs font-semibold uppercase tracking-wide text-accent">Traps</span>
          <span className="mt-1 block text-lg font-semibold">Misconceptions</span>
          <span className="text-sm text-fg-muted">
            {library.misconceptionCount} things candidates say that are wrong or out of date
          </span>
        </Link>
      </section>
      <section aria-labelledby="personal-decks-heading">
        <h2 id="personal-decks-heading" className="mb-1 text-xl font-semibold">
          Your decks
        </h2>
        <p className="mb-3 text-sm text-fg-muted">
          Cards you write yourself, in Markdown. Only you see them; they join your daily review. You can also add a card
          from a quiz question or a mock interview you missed.{' '}
          <Link href="/proposals" className="text-accent underline">
            Your proposed fixes
          </Link>
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          {personal.length > 0 ? (
            <ul className="flex flex-col gap-3" data-testid="personal-decks">
              {personal.map((d) => (
                <li key={d.id} className="rounded-xl border border-border bg-surface p-4">
                  <Link
                    href={`/decks/personal/${d.id}`}
                    className="text-lg font-semibold text-accent underline-offset-2 hover:underline"
                  >
                    {d.title}
                  </Link>
                  <p className="text-sm text-fg-muted">{formatCount(d.cards, 'card', 'cards')}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-fg-muted">You have no deck of your own yet.</p>
          )}
          <details className="rounded-xl border border-border bg-surface p-4" open={personal.length === 0}>
            <summary className="cursor-pointer font-medium">New deck</summary>
            <div className="mt-3">
              <CreateDeckForm kind="PERSONAL" />
            </div>
          </details>
        </div>
      </section>
      <section aria-labelledby="decks-heading">
        <h2 id="decks-heading" className="mb-3 text-xl font-semibold">
          Card decks
        </h2>
        {decks.length === 0 ? (
          <p className="text-fg-muted">No decks yet. Run `npm run db:prepare` to load the content.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {decks.map((d) => (
              <li key={d.id} className="rounded-xl border border-border bg-surface p-5">
                <Link
                  href={`/decks/${d.id}`}
                  className="text-lg font-semibold text-accent underline-offset-2 hover:underline"
                >
                  {d.title}
                </Link>
                <p className="text-sm text-fg-muted">{d.cards} cards</p>
                <Markdown className="mt-2 text-sm" html={markdownToSafeHtml(d.description)} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
