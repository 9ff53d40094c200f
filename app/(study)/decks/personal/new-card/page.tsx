import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/server/auth';
import { CardSourceSchema, getCardSource } from '@/lib/server/queries/get-card-source';
import { getLibraryOptions } from '@/lib/server/queries/get-library-options';
import { getPersonalDecks } from '@/lib/server/queries/get-personal-decks';
import { AddSourcedCard } from './_components/add-sourced-card';

export const metadata: Metadata = { title: 'Add to your deck' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The card editor, prefilled from a quiz question or mock gap the learner missed, into a personal deck they choose. */
export default async function NewSourcedCardPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = new URLSearchParams(
    Object.entries(params).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : [])),
  );
  const user = await requireUser(`/decks/personal/new-card?${query.toString()}`);
  const source = CardSourceSchema.safeParse(params);
  const draft = source.success ? await getCardSource(user.id, source.data) : null;
  if (!draft) notFound();
  const [decks, { dimensions, misconceptions, sources }] = await Promise.all([
    getPersonalDecks(user.id),
    getLibraryOptions(),
  ]);
  const back =
    source.success && 'quiz' in source.data
      ? `/quiz/${source.data.quiz}`
      : source.success && 'mock' in source.data
        ? `/mock/${source.data.mock}/feedback`
        : '/decks';

  return (
    <div className="flex flex-col gap-4">
      <div>
        <BackLink href={back}>Back</BackLink>
        <PageHeader
          title="Add to your deck"
          description={`From: ${draft.origin}. Edit it as you like; only you see it.`}
        />
      </div>
      <AddSourcedCard
        decks={decks.map((d) => ({ value: d.id, label: d.title }))}
        draft={{
          front: draft.front,
          back: draft.back,
          explanation: draft.explanation,
          tags: draft.tags.join(' '),
          dimension: draft.dimension ?? '',
          misconception: draft.misconception ?? '',
          sources: draft.sources,
        }}
        options={{ dimensions, misconceptions, sources }}
      />
    </div>
  );
}
