import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ComparisonTable } from '@/components/deck/comparison-table';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { SignUpInvite } from '@/components/deck/sign-up-invite';
import { getCurrentUser } from '@/lib/server/auth';
import { getComparison } from '@/lib/server/queries/get-comparison';

type Props = { params: Promise<{ comparisonId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await getComparison((await params).comparisonId);
  return { title: view?.comparison.title ?? 'Comparison' };
}

export default async function ComparisonPage({ params }: Props) {
  const { comparisonId } = await params;
  // Public (ADR 024): library content only; the session just picks the links around it.
  const [user, view] = await Promise.all([getCurrentUser(), getComparison(comparisonId)]);
  if (!view) notFound();
  const { comparison } = view;
  return (
    <div>
      {user ? <BackLink href="/decks">All decks</BackLink> : <BackLink href="/">Delight</BackLink>}
      <PageHeader title={comparison.title} />
      {user ? null : (
        <SignUpInvite what="Turn these differences into flashcards that come back just before you’d forget them, quizzes and timed mock interviews: free." />
      )}
      <Markdown className="mb-4 max-w-3xl text-fg-muted" html={markdownToSafeHtml(comparison.summary)} />
      <p className="mb-6 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href="/misconceptions" className="text-accent underline">
          The {view.misconceptions.length} classic traps for this comparison →
        </Link>
        {user ? null : (
          <Link href="/sample-cards" className="text-accent underline">
            Try a few sample cards →
          </Link>
        )}
      </p>
      <ComparisonTable comparison={comparison} sourcesById={view.sourcesById} facts={view.facts} />
    </div>
  );
}
