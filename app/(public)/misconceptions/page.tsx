import type { Metadata } from 'next';
import Link from 'next/link';
import { SourceLinks } from '@/components/deck/source-links';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { SignUpInvite } from '@/components/deck/sign-up-invite';
import { getCurrentUser } from '@/lib/server/auth';
import { getMisconceptions } from '@/lib/server/queries/get-misconceptions';

export const metadata: Metadata = { title: 'Misconceptions' };

export default async function MisconceptionsPage() {
  // Public (ADR 024): library content only; the session just picks the links around it.
  const [user, misconceptions] = await Promise.all([getCurrentUser(), getMisconceptions()]);
  return (
    <div>
      {user ? <BackLink href="/decks">All decks</BackLink> : <BackLink href="/">Delight</BackLink>}
      <PageHeader
        title="Misconceptions"
        description="What candidates say, why they believe it, and what is true. Interviewers listen for these."
      />
      {user ? null : (
        <SignUpInvite what="An account turns each trap into a card you review until it sticks, and a mock interview tells you when you fall for one." />
      )}
      <ul className="flex flex-col gap-4">
        {misconceptions.map((m) => (
          <li key={m.id} id={m.id} className="rounded-xl border border-border bg-surface p-5">
            <p className="text-xs text-fg-muted">
              <Link href={`/compare/${m.comparison}#${m.dimension}`} className="underline">
                {m.dimensionName}
              </Link>
            </p>
            <h2 className="mt-1 text-lg font-semibold">
              <span className="text-danger">✗</span> “{m.claim}”
            </h2>
            <div className="mt-2 text-sm">
              <h3 className="font-semibold">Why people believe it</h3>
              <Markdown className="text-fg-muted" html={markdownToSafeHtml(m.why)} />
              <h3 className="mt-2 font-semibold">What is true</h3>
              <Markdown html={markdownToSafeHtml(m.correction)} />
            </div>
            <div className="mt-3">
              <SourceLinks sources={m.sourceList} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
