import { ActionButton } from '@/components/ui/action-button';
import { Panel } from '@/components/ui/panel';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatDate } from '@/lib/core/format-date';
import { optimizeSchedulerAction } from '@/lib/server/actions/optimize-scheduler-action';
import { rescheduleCardsAction } from '@/lib/server/actions/reschedule-cards-action';
import type { FsrsOptimizerStatus, OptimizerRun } from '@/lib/server/queries/get-fsrs-optimizer-status';
import { RefreshWhileRunning } from './refresh-while-running';

const figure = (n: number | null) => (n === null ? '—' : n.toFixed(4));

const OUTCOME: Record<Exclude<OptimizerRun['status'], 'running'>, string> = {
  adopted: 'Your personal parameters predicted your reviews better, so the scheduler now uses them.',
  kept: 'The fitted parameters were not better on both figures, so the scheduler kept the ones it had.',
  failed: 'The run failed and changed nothing.',
  interrupted: 'The run was interrupted (the server stopped) and changed nothing.',
};

function RunFigures({ run }: { run: OptimizerRun }) {
  return (
    <table className="w-full max-w-md text-sm" data-testid="optimizer-figures">
      <caption className="sr-only">
        How well each set of parameters predicted your held-out reviews (lower is better)
      </caption>
      <thead>
        <tr className="text-left text-fg-muted">
          <th scope="col">Parameters</th>
          <th scope="col">Log loss</th>
          <th scope="col">RMSE</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className="text-left font-normal">
            In use before
          </th>
          <td>{figure(run.logLossBefore)}</td>
          <td>{figure(run.rmseBefore)}</td>
        </tr>
        <tr>
          <th scope="row" className="text-left font-normal">
            Fitted to you
          </th>
          <td>{figure(run.logLossAfter)}</td>
          <td>{figure(run.rmseAfter)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** Settings: fit FSRS to the learner's own memory (ADR 032) — the button, why it is not offered, a run's progress and figures. */
export function SchedulerOptimizerPanel({
  status,
  timeZone,
  preview,
}: {
  status: FsrsOptimizerStatus;
  timeZone: string;
  /** With personal parameters: how many cards in review would move if rescheduled with them. */
  preview: { moved: number; inReview: number } | null;
}) {
  const run = status.latest;
  const running = run?.status === 'running';
  return (
    <Panel>
      <section aria-labelledby="optimizer-heading" className="flex flex-col gap-3">
        <h2 id="optimizer-heading" className="text-lg font-semibold">
          Scheduler fitted to your memory
        </h2>
        <p className="text-sm text-fg-muted">
          FSRS can learn how fast you forget from your own review history. Your scheduler uses{' '}
          <strong className="text-fg">{status.personal ? 'parameters fitted to you' : 'the FSRS defaults'}</strong>. It
          is re-fitted by itself once a week, and new parameters are used only when they predict your reviews better.
        </p>
        {!status.available ? (
          <p className="text-sm">
            The optimizer is not available on this server, so your scheduler keeps its parameters.
          </p>
        ) : status.needed > 0 ? (
          <p className="text-sm" data-testid="optimizer-not-offered">
            Not offered yet: fitting needs at least {status.threshold.toLocaleString('en')} reviews to tell your memory
            apart from chance, and you have {status.reviewCount.toLocaleString('en')}.{' '}
            <strong>{status.needed.toLocaleString('en')} more reviews</strong> and you can optimize.
          </p>
        ) : running ? null : (
          <div>
            <ActionButton action={optimizeSchedulerAction} input={{}} pendingLabel="Starting…">
              Optimize my scheduler
            </ActionButton>
          </div>
        )}
        {run ? (
          <div className="flex flex-col gap-2" data-testid="optimizer-run" aria-live="polite">
            {run.status === 'running' ? (
              <>
                <RefreshWhileRunning />
                <ProgressBar
                  value={Math.round(run.progress * 100)}
                  max={100}
                  label={`Optimizing from ${run.reviewCount.toLocaleString('en')} reviews… you can keep reviewing meanwhile.`}
                />
              </>
            ) : (
              <>
                <p className="text-sm">
                  Last run {formatDate(run.finishedAt ?? run.startedAt, timeZone, 'medium-time')} (
                  {run.trigger === 'weekly' ? 'weekly' : 'you started it'}, {run.reviewCount.toLocaleString('en')}{' '}
                  reviews): {OUTCOME[run.status]}
                </p>
                {run.logLossBefore !== null ? <RunFigures run={run} /> : null}
                <p className="text-xs text-fg-muted">
                  Scored on the later part of your own history, which the fitted parameters had not seen (time-series
                  evaluation). Lower is better for both figures.
                </p>
              </>
            )}
          </div>
        ) : null}
        {preview && preview.inReview > 0 && !running ? (
          <div className="flex flex-col gap-2 border-t border-border pt-3" data-testid="reschedule-preview">
            {preview.moved > 0 ? (
              <>
                <p className="text-sm">
                  Your cards keep the dates they had until you answer them. Rescheduling now with your parameters would
                  move <strong>{preview.moved.toLocaleString('en')}</strong> of your{' '}
                  {preview.inReview.toLocaleString('en')} cards in review by a day or more.
                </p>
                <div>
                  <ActionButton
                    action={rescheduleCardsAction}
                    input={{}}
                    pendingLabel="Rescheduling…"
                    confirm={`Move ${preview.moved.toLocaleString('en')} cards to the dates your parameters give them?`}
                  >
                    Reschedule {preview.moved.toLocaleString('en')} cards
                  </ActionButton>
                </div>
              </>
            ) : (
              <p className="text-sm">All your cards in review are scheduled with your parameters.</p>
            )}
          </div>
        ) : null}
      </section>
    </Panel>
  );
}
