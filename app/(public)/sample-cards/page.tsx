import type { Metadata } from 'next';
import Link from 'next/link';
import { FlipCard } from '@/components/deck/flip-card';
import { SignUpInvite } from '@/components/deck/sign-up-invite';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getCurrentUser } from '@/lib/server/auth';
import { getSampleCards } from '@/lib/server/queries/get-sample-cards';

export const metadata: Metadata = { title: 'Sample cards' };

/** A few real library cards to try, signed out (ADR 024): turn each over; nothing is recorded. */
export default async function SampleCardsPage() {
  const [user, cards] = await Promise.all([getCurrentUser(), getSampleCards(6)]);
  return (
    <div>
      {user ? <BackLink href="/decks">All decks</BackLink> : <BackLink href="/">Delight</BackLink>}
      <PageHeader
        title="Sample cards"
        description="Real cards from the library. Answer in your head, then turn the card over."
      />
      {user ? null : (
        <SignUpInvite what="With an account, cards like these come back on a schedule (FSRS) just before you would forget them." />
      )}
      <ul className="grid gap-4 md:grid-cols-2">
        {cards.map((c) => (
          <li key={c.id}>
            <FlipCard front={c.front} back={c.back} explanation={c.explanation} label={c.deckTitle} />
          </li>
        ))}
      </ul>
      <p className="mt-6 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href="/compare/apigw-vs-alb" className="text-accent underline">
          The full comparison →
        </Link>
        <Link href="/misconceptions" className="text-accent underline">
          The classic traps →
        </Link>
      </p>
    </div>
  );
}
