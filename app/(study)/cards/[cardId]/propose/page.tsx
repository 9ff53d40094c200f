import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { CardIdSchema } from '@/lib/server/instructor/instructor-input';
import { requireUser } from '@/lib/server/auth';
import { getOwnCardDeck } from '@/lib/server/queries/get-own-card-deck';
import { getProposableCard } from '@/lib/server/queries/get-proposable-card';
import { ProposeFixForm } from './_components/propose-fix-form';

export const metadata: Metadata = { title: 'Propose a fix' };

type Props = { params: Promise<{ cardId: string }>; searchParams: Promise<{ from?: string | string[] }> };

/** A learner proposes a change to a library or instructor card; the card's owner accepts or declines it. */
export default async function ProposeFixPage({ params, searchParams }: Props) {
  const { cardId } = await params;
  const user = await requireUser(`/cards/${encodeURIComponent(cardId)}/propose`);
  const id = CardIdSchema.safeParse(cardId);
  const card = id.success ? await getProposableCard(user, id.data) : null;
  if (!card) {
    // The learner's own card: no one to propose to, they edit it in their deck.
    const ownDeck = id.success ? await getOwnCardDeck(user.id, id.data) : null;
    if (ownDeck) redirect(`/decks/personal/${ownDeck}`);
    notFound();
  }
  const { from } = await searchParams;
  const back =
    from === 'review' ? { href: '/review', label: 'Back to review' } : { href: '/decks', label: 'All decks' };
  const who = card.owner.kind === 'library' ? 'the library’s editors' : 'the instructor who wrote it';

  return (
    <div className="flex flex-col gap-4">
      <div>
        <BackLink href={back.href}>{back.label}</BackLink>
        <PageHeader
          title="Propose a fix"
          description={`Change what is wrong or unclear and say why. ${who[0]!.toUpperCase()}${who.slice(1)} will accept or decline it; you see the answer under Your proposals.`}
        />
      </div>
      <ProposeFixForm card={{ id: card.id, front: card.front, back: card.back, explanation: card.explanation ?? '' }} />
    </div>
  );
}
