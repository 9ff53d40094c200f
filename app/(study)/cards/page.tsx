import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { CardBrowserList } from '@/components/cards/card-browser-list';
import { CardSearchForm } from '@/components/cards/card-search-form';
import { PageHeader } from '@/components/ui/page-header';
import { BrowserQuerySchema, type BrowserQuery } from '@/lib/core/cards/filter-browser-cards';
import { requireUser } from '@/lib/server/auth';
import { getCardBrowser } from '@/lib/server/queries/get-card-browser';

export const metadata: Metadata = { title: 'Cards' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The URL of this page for a query (defaults left out). */
function browserHref(query: BrowserQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.filter !== 'all') params.set('filter', query.filter);
  if (query.flag > 0) params.set('flag', String(query.flag));
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/cards?${search}` : '/cards';
}

export default async function CardsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = BrowserQuerySchema.parse({
    q: first(raw.q),
    filter: first(raw.filter),
    flag: first(raw.flag),
    page: first(raw.page),
  });
  const user = await requireUser(browserHref(query, query.page));
  // The session is checked before anything streams (an anonymous visitor gets the redirect, not a
  // 200 with a loading shell); the cards load behind a Suspense boundary with a loading state.
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Cards"
        description="Search your cards, and suspend, unbury or flag them. Suspended cards stay out of your reviews until you unsuspend them; buried ones come back on your next study day."
      />
      <CardSearchForm query={query} />
      <Suspense
        key={browserHref(query, query.page)}
        fallback={
          <p role="status" className="text-fg-muted">
            Loading your cards…
          </p>
        }
      >
        <CardResults userId={user.id} query={query} />
      </Suspense>
    </div>
  );
}

/** The matching cards, their count and the pages. */
async function CardResults({ userId, query }: { userId: string; query: BrowserQuery }) {
  const browser = await getCardBrowser(userId, query, new Date());
  const filtered = query.q !== '' || query.filter !== 'all';
  return (
    <>
      <p className="text-sm text-fg-muted" aria-live="polite">
        {browser.total === 0
          ? 'No cards found.'
          : `${browser.total} ${browser.total === 1 ? 'card' : 'cards'}${filtered ? ` match (of ${browser.owned})` : ''}${
              browser.pages > 1 ? ` · page ${browser.page} of ${browser.pages}` : ''
            }`}
      </p>
      {/* Always rendered, so the undo of a change that empties the list stays on screen. */}
      <CardBrowserList
        cards={browser.cards}
        timeZone={browser.timeZone}
        empty={
          browser.owned === 0 ? (
            <p className="rounded-xl border border-border bg-surface p-5">
              You have no cards yet.{' '}
              <Link className="text-accent underline" href="/decks">
                Browse the decks
              </Link>{' '}
              or join a class.
            </p>
          ) : (
            <p className="rounded-xl border border-border bg-surface p-5">
              No card matches this search.{' '}
              <Link className="text-accent underline" href="/cards">
                Show all cards
              </Link>
            </p>
          )
        }
      />
      {browser.pages > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
          {browser.page > 1 ? (
            <Link
              className="rounded-lg border border-border bg-surface px-3 py-2"
              href={browserHref(query, browser.page - 1)}
              rel="prev"
            >
              Previous page
            </Link>
          ) : (
            <span />
          )}
          <span className="text-fg-muted">
            Page {browser.page} of {browser.pages}
          </span>
          {browser.page < browser.pages ? (
            <Link
              className="rounded-lg border border-border bg-surface px-3 py-2"
              href={browserHref(query, browser.page + 1)}
              rel="next"
            >
              Next page
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
