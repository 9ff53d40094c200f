import type { Metadata } from 'next';
import Link from 'next/link';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/server/auth';
import { getLibrarySummary } from '@/lib/server/queries/get-library-summary';
import { getDecks } from '@/lib/server/queries/get-decks';

export const metadata: Metadata = { title: 'Decks' };

export default async function DecksPage() {
  await requireUser('/decks');
  const [decks, library] = await Promise.all([getDecks(), getLibrarySummary()]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Decks" description="Everything Delight teaches, as cards, a side-by-side comparison and the classic traps." />
      <section aria-labelledby="reference-heading" className="grid gap-4 sm:grid-cols-2">
        <h2 id="reference-heading" className="sr-only">
          Reference
        </h2>
        {library.comparisons.map((c) => (
          <Link key={c.id} href={`/compare/${c.id}`} className="rounded-xl border border-border bg-surface p-5 hover:border-accent">
            <span className="text-xs font-semibold uppercase tracking-wide text-accent">Comparison</span>
            <span className="mt-1 block text-lg font-semibold">{c.title}</span>
            <span className="text-sm text-fg-muted">{c.dimensionCount} dimensions side by side, with the nuances and sources</span>
          </Link>
        ))}
        <Link href="/misconceptions" className="rounded-xl border border-border bg-surface p-5 hover:border-accent">
          <span className="text-xs font-semibold uppercase tracking-wide text-accent">Traps</span>
          <span className="mt-1 block text-lg font-semibold">Misconceptions</span>
          <span className="text-sm text-fg-muted">{library.misconceptionCount} things candidates say that are wrong or out of date</span>
        </Link>
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
                <Link href={`/decks/${d.id}`} className="text-lg font-semibold text-accent underline-offset-2 hover:underline">
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
