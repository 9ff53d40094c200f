import type { Metadata } from 'next';
import { formatDays } from '@/lib/core/format-days';
import { listTimeZones } from '@/lib/core/scheduler/time-zones';
import { SettingsForm } from '@/components/review/settings-form';
import { DueForecastChart } from '@/components/stats/due-forecast-chart';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';
import { getDecks } from '@/lib/server/queries/get-decks';
import { getDueForecast } from '@/lib/server/queries/get-due-forecast';
import { getFsrsOptimizerStatus } from '@/lib/server/queries/get-fsrs-optimizer-status';
import { getReschedulePreview } from '@/lib/server/queries/get-reschedule-preview';
import { getStudySettings } from '@/lib/server/queries/get-study-settings';
import { SchedulerOptimizerPanel } from './_components/scheduler-optimizer-panel';

export const metadata: Metadata = { title: 'Review settings' };

const DAY_MS = 86_400_000;

export default async function ReviewSettingsPage() {
  const user = await requireUser('/review/settings');
  const now = new Date();
  const [settings, decks, optimizer] = await Promise.all([
    getStudySettings(user.id),
    getDecks(),
    getFsrsOptimizerStatus(user.id, now),
  ]);
  const preview = optimizer.personal ? await getReschedulePreview(user.id, now) : null;
  const interview = settings.scheduler.interviewDate;
  const daysLeft = interview ? Math.ceil((interview.getTime() - now.getTime()) / DAY_MS) : 0;
  const forecast =
    interview && daysLeft > 0 ? await getDueForecast(user.id, settings.study, now, Math.min(daysLeft, 180)) : null;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <BackLink href="/review" className="">
        Back to review
      </BackLink>
      <PageHeader title="Review settings" />
      <Panel>
        <SettingsForm
          initial={settings.study}
          saved={settings.saved}
          decks={decks.map((d) => ({ id: d.id, title: d.title }))}
          timeZones={listTimeZones()}
        />
      </Panel>
      <SchedulerOptimizerPanel status={optimizer} timeZone={settings.study.timeZone} preview={preview} />
      {forecast ? (
        <Panel>
          <h2 className="text-lg font-semibold">Until your interview ({settings.study.interviewDate})</h2>
          <p className="mb-3 text-sm text-fg-muted">
            {formatDays(daysLeft)} left. Reviews due each day with your current schedule (new cards come on top, up to{' '}
            {settings.study.newPerDay} a day):
          </p>
          <DueForecastChart data={forecast} label="Cards due per day until the interview" />
          <table className="mt-3 w-full text-sm" data-testid="interview-forecast">
            <caption className="sr-only">Cards due per day until the interview</caption>
            <thead>
              <tr className="text-left text-fg-muted">
                <th scope="col">Day</th>
                <th scope="col">Cards due</th>
              </tr>
            </thead>
            <tbody>
              {forecast.slice(0, 14).map((d) => (
                <tr key={d.date}>
                  <td>{d.date}</td>
                  <td>{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      ) : null}
    </div>
  );
}
