import { RequeueGapsButton } from '@/components/mock/requeue-gaps-button';
import { ButtonLink } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import { Panel } from '@/components/ui/panel';
import { groupGapCards } from '@/lib/core/mock/group-gap-cards';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import type { MockFeedbackView } from '@/lib/server/queries/get-mock-feedback';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Where the gaps came from: "N missed criteria and M traps". */
function describeSources(gaps: MockFeedbackView['gaps']): string {
  const criteria = new Set(gaps.filter((g) => g.reason.kind === 'criterion').map((g) => g.reason.id)).size;
  const traps = gaps.filter((g) => g.reason.kind === 'trap').length;
  return [criteria > 0 ? `${criteria} missed criteria` : null, traps > 0 ? plural(traps, 'trap', 'traps') : null]
    .filter(Boolean)
    .join(' and ');
}

/** The cards this attempt put back into the daily review, grouped by the criterion or trap behind them. */
export function GapsPanel({
  attemptId,
  gaps,
  trapClaims,
}: {
  attemptId: string;
  gaps: MockFeedbackView['gaps'];
  trapClaims: MockFeedbackView['trapClaims'];
}) {
  return (
    <Panel>
      <h2 className="text-lg font-semibold">Added to your review</h2>
      {gaps.length === 0 ? (
        <p className="mt-1 text-fg-muted">No gaps to review: no criterion was missed and no trap asserted.</p>
      ) : (
        <>
          <p className="mt-1 text-fg-muted" data-testid="gaps-summary">
            {gaps.length} {gaps.length === 1 ? 'card is' : 'cards are'} now due in your daily review, from{' '}
            {describeSources(gaps)}.
          </p>
          <ul className="mt-3 flex flex-col gap-2 text-sm" data-testid="gap-cards">
            {groupGapCards(gaps).map((group) => (
              <li key={group.key}>
                <details open={group.cards.length <= 3}>
                  <summary className="cursor-pointer">
                    <span className="font-medium">
                      {group.kind === 'trap' ? `Trap: “${trapClaims[group.id] ?? group.id}”` : group.title}
                    </span>{' '}
                    <span className="text-fg-muted">({plural(group.cards.length, 'card', 'cards')})</span>
                  </summary>
                  <ul className="mt-1 flex list-disc flex-col gap-1 pl-8">
                    {group.cards.map((g) => (
                      <li key={g.cardId}>
                        <Markdown className="[&>p]:inline" html={markdownToSafeHtml(g.front)} />
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <ButtonLink href="/review">Start review</ButtonLink>
            <RequeueGapsButton attemptId={attemptId} />
          </div>
        </>
      )}
    </Panel>
  );
}
