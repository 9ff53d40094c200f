import { RequeueGapsButton } from '@/components/mock/requeue-gaps-button';
import { ButtonLink } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import { Panel } from '@/components/ui/panel';
import { describeGapDay, describeGapPlan, type GapPlanClock } from '@/lib/core/mock/describe-gap-plan';
import { formatCount } from '@/lib/core/format-count';
import { groupGapCards } from '@/lib/core/mock/group-gap-cards';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import type { MockFeedbackView } from '@/lib/server/queries/get-mock-feedback';

/** "(3 cards)", or with the plan: "(10 cards: 3 today, 7 left for later)". */
function describeGroup(cards: MockFeedbackView['gaps'], plan: GapPlanClock): string {
  const count = formatCount(cards.length, 'card', 'cards');
  if (cards.some((g) => g.due === undefined)) return count;
  const byDay = new Map<string, number>();
  for (const g of cards) {
    const day = g.due ? describeGapDay(g.due, plan) : 'left for later';
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  if (byDay.size === 1) return `${count}, ${[...byDay.keys()][0]!}`;
  return `${count}: ${[...byDay].map(([day, n]) => `${n} ${/^(today|tomorrow|left)/.test(day) ? day : `on ${day}`}`).join(', ')}`;
}

/**
 * The cards this attempt put into the daily review, grouped by the criterion or trap behind them, with
 * the study day each one comes due (spread over the coming days) or "left for later".
 */
export function GapsPanel({
  attemptId,
  gaps,
  trapClaims,
  plan,
}: {
  attemptId: string;
  gaps: MockFeedbackView['gaps'];
  trapClaims: MockFeedbackView['trapClaims'];
  plan: GapPlanClock & { perDay: number; interviewDate: string | null };
}) {
  const summary = describeGapPlan(gaps, plan);
  return (
    <Panel>
      <h2 className="text-lg font-semibold">Added to your review</h2>
      {gaps.length === 0 ? (
        <p className="mt-1 text-fg-muted">Nothing to add: you missed no criterion and stated no trap.</p>
      ) : (
        <>
          <p className="mt-1 text-fg-muted" data-testid="gaps-summary">
            {summary.scheduled}
          </p>
          {summary.leftForLater ? (
            <p className="mt-2 rounded-lg border border-border bg-muted p-3 text-sm" data-testid="gaps-left-for-later">
              {summary.leftForLater}
            </p>
          ) : null}
          <ul className="mt-3 flex flex-col gap-2 text-sm" data-testid="gap-cards">
            {groupGapCards(gaps).map((group) => (
              <li key={group.key}>
                <details open={group.cards.length <= 3}>
                  <summary className="cursor-pointer">
                    <span className="font-medium">
                      {group.kind === 'trap' ? `Trap: “${trapClaims[group.id] ?? group.id}”` : group.title}
                    </span>{' '}
                    <span className="text-fg-muted">({describeGroup(group.cards, plan)})</span>
                  </summary>
                  <ul className="mt-1 flex list-disc flex-col gap-1 pl-8">
                    {group.cards.map((g) => (
                      <li key={g.cardId}>
                        <Markdown className="inline [&>p]:inline" html={markdownToSafeHtml(g.front)} />{' '}
                        {g.due === undefined ? null : (
                          <span className="whitespace-nowrap text-xs text-fg-muted">
                            — {g.due === null ? 'left for later' : describeGapDay(g.due, plan)}
                          </span>
                        )}
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
