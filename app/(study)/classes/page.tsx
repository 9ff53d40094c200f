import type { Metadata } from 'next';
import { AnkiExportForm } from '@/components/deck/anki-export-form';
import { ActionButton } from '@/components/ui/action-button';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { leaveClassAction } from '@/lib/server/actions/leave-class-action';
import { requireUser } from '@/lib/server/auth';
import { getLearnerClasses } from '@/lib/server/queries/get-learner-classes';
import { getTimeZone } from '@/lib/server/queries/get-time-zone';
import { formatDate } from '@/lib/core/format-date';
import { JoinClassForm } from './_components/join-class-form';

export const metadata: Metadata = { title: 'Classes' };

export default async function ClassesPage() {
  const user = await requireUser('/classes');
  const [classes, timeZone] = await Promise.all([getLearnerClasses(user.id), getTimeZone(user.id)]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Classes"
        description="Join your instructor’s class: the decks they assign come first in your daily review."
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="my-classes-heading" className="flex flex-col gap-4">
          <h2 id="my-classes-heading" className="text-xl font-semibold">
            Your classes
          </h2>
          {classes.length === 0 ? (
            <Panel>
              <p className="text-fg-muted">You are not in a class yet. Ask your instructor for the code.</p>
            </Panel>
          ) : (
            classes.map((c) => (
              <Panel key={c.id}>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <h3 className="text-lg font-semibold">{c.name}</h3>
                    <p className="text-sm text-fg-muted">
                      {c.instructor} · joined {formatDate(c.joinedAt, timeZone)}
                    </p>
                  </div>
                  <ActionButton
                    action={leaveClassAction}
                    input={{ classId: c.id }}
                    variant="ghost"
                    confirm={`Leave ${c.name}? Your progress stays yours.`}
                  >
                    Leave<span className="sr-only"> {c.name}</span>
                  </ActionButton>
                </div>
                <h4 className="mt-4 text-sm font-semibold">Assigned decks</h4>
                {c.decks.length === 0 ? (
                  <p className="text-sm text-fg-muted">Nothing assigned yet.</p>
                ) : (
                  <ul className="mt-1 flex flex-col gap-1 text-sm">
                    {c.decks.map((d) => (
                      <li key={d.id} className="flex flex-wrap items-center justify-between gap-2">
                        <span>{d.title}</span>
                        <span className="flex flex-wrap items-center gap-3">
                          <span className="text-fg-muted tabular-nums">
                            {d.studied} of {d.cards} cards studied
                          </span>
                          <AnkiExportForm deckId={d.id} deckTitle={d.title} compact />
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                {c.prompts.length > 0 ? (
                  <>
                    <h4 className="mt-4 text-sm font-semibold">Mock interviews</h4>
                    <ul className="mt-1 flex flex-col gap-1 text-sm">
                      {c.prompts.map((p) => (
                        <li key={p.id} className="flex flex-wrap justify-between gap-2">
                          <span>{p.title}</span>
                          <span className="text-fg-muted">
                            {p.dueAt ? `due ${formatDate(p.dueAt, 'UTC')}` : 'no due date'}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <div className="mt-4 flex flex-wrap gap-2">
                  <ButtonLink href="/review">Review now</ButtonLink>
                  {c.prompts.length > 0 ? (
                    <ButtonLink href="/mock" variant="secondary">
                      Mock interviews
                    </ButtonLink>
                  ) : null}
                </div>
              </Panel>
            ))
          )}
        </section>
        <Panel>
          <h2 className="mb-3 text-lg font-semibold">Join a class</h2>
          <JoinClassForm />
        </Panel>
      </div>
    </div>
  );
}
