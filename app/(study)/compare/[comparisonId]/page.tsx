import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ComparisonTable } from '@/components/deck/comparison-table';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/server/auth';
import { getComparison } from '@/lib/server/queries/get-comparison';

type Props = { params: Promise<{ comparisonId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await getComparison((await params).comparisonId);
  return { title: view?.comparison.title ?? 'Comparison' };
}

export default async function ComparisonPage({ params }: Props) {
  const { comparisonId } = await params;
  await requireUser(`/compare/${encodeURIComponent(comparisonId)}`);
  const view = await getComparison(comparisonId);
  if (!view) notFound();
  const { comparison } = view;
  return (
    <div>
      <BackLink href="/decks">All decks</BackLink>
      <PageHeader title={comparison.title} />
      <Markdown className="mb-4 max-w-3xl text-fg-muted" html={markdownToSafeHtml(comparison.summary)} />
      <p className="mb-6 text-sm">
        <Link href="/misconceptions" className="text-accent underline">
          The {view.misconceptions.length} classic traps for this comparison →
        </Link>
      </p>
      <ComparisonTable comparison={comparison} sourcesById={view.sourcesById} facts={view.facts} />
    </div>
  );
}
