import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DimensionKnownChart } from '@/components/instructor/dimension-known-chart';
import { StudentActivityChart } from '@/components/instructor/student-activity-chart';
import { ActionButton } from '@/components/ui/action-button';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import type { ClassDashboard } from '@/lib/core/classes/dashboard-types';
import { formatDate } from '@/lib/core/format-date';
import { removeClassMemberAction } from '@/lib/server/actions/remove-class-member-action';
import { unassignDeckAction } from '@/lib/server/actions/unassign-deck-action';
import { unassignPromptAction } from '@/lib/server/actions/unassign-prompt-action';
import { requireUser } from '@/lib/server/auth';
import { ClassIdSchema } from '@/lib/server/instructor/instructor-input';
import { getClassDashboard } from '@/lib/server/queries/get-class-dashboard';
import { getClassOverview } from '@/lib/server/queries/get-class-overview';
import { InstructorNav } from '../../../_components/instructor-nav';
import { InstructorsOnly } from '../../../_components/instructors-only';
import { AssignDeckForm } from './_components/assign-deck-form';
import { AssignPromptForm } from './_components/assign-prompt-form';
import { JoinCodePanel } from './_components/join-code-panel';

type Props = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: 'Class dashboard' };

const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
// A due date is a calendar day the instructor picked, stored as its last second in UTC.
const day = (iso: string) => formatDate(iso, 'UTC');

async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto =
    h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}

export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const user = await requireUser(`/instructor/classes/${encodeURIComponent(classId)}`);
  if (user.role === 'LEARNER') return <InstructorsOnly />;
  const id = ClassIdSchema.safeParse(classId);
  const now = new Date();
  const [overview, dashboard] = id.success
    ? await Promise.all([getClassOverview(user, id.data), getClassDashboard(user, id.data, now)])
    : [null, null];
  if (!overview || !dashboard) notFound();
  const csv = (table: string) => `/api/instructor/classes/${overview.id}/dashboard?table=${table}`;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="mb-2 text-sm">
          <Link href="/instructor/classes" className="text-accent underline">
            ← All classes
          </Link>
        </p>
        <PageHeader
          title={overview.name}
          description={`${overview.members.length} ${overview.members.length === 1 ? 'student' : 'students'} · ${dashboard.summary.cards} cards assigned`}
        />
        <InstructorNav current="/instructor/classes" />
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel>
          <h2 className="mb-3 text-lg font-semibold">Invite students</h2>
          <JoinCodePanel classId={overview.id} joinCode={overview.joinCode} origin={await requestOrigin()} />
        </Panel>
        <Panel>
          <h2 className="mb-3 text-lg font-semibold">At a glance</h2>
          <dl className="grid grid-cols-2 gap-4">
            <div>
              <dt className="text-sm text-fg-muted">Active in the last 7 days</dt>
              <dd className="text-2xl font-bold" data-testid="active-students">
                {dashboard.summary.activeStudents7d} / {dashboard.summary.students}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-fg-muted">Reviews in the last 7 days</dt>
              <dd className="text-2xl font-bold">{dashboard.summary.reviews7d}</dd>
            </div>
            <div>
              <dt className="text-sm text-fg-muted">Assigned cards known, on average</dt>
              <dd className="text-2xl font-bold">{pct(dashboard.summary.known)}</dd>
            </div>
            <div>
              <dt className="text-sm text-fg-muted">Export (CSV)</dt>
              <dd className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                {(['students', 'cards', 'dimensions', 'misconceptions'] as const).map((t) => (
                  <a key={t} href={csv(t)} download className="text-accent underline">
                    {t[0]!.toUpperCase() + t.slice(1)}
                  </a>
                ))}
              </dd>
            </div>
          </dl>
          <p className="mt-3 text-xs text-fg-muted">
            “Knows” a card: FSRS puts the chance of recalling it now at {Math.round(dashboard.threshold * 100)}% or
            more. Cards never studied count as not known.
          </p>
        </Panel>
      </div>

      <StudentsSection classId={overview.id} dashboard={dashboard} />

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel>
          <h2 className="text-lg font-semibold">By comparison dimension</h2>
          <p className="mb-3 text-sm text-fg-muted">Share of the class that knows each dimension’s assigned cards.</p>
          {dashboard.dimensions.length === 0 ? (
            <p className="text-fg-muted">No assigned card has a dimension yet.</p>
          ) : (
            <>
              <DimensionKnownChart dimensions={dashboard.dimensions} />
              <div className="sr-only">
                <table>
                  <caption>Share of the class that knows each dimension</caption>
                  <thead>
                    <tr>
                      <th scope="col">Dimension</th>
                      <th scope="col">Cards</th>
                      <th scope="col">Known</th>
                    </tr>
                  </thead>
                  <tbody>
                    {dashboard.dimensions.map((d) => (
                      <tr key={`${d.comparison}/${d.id}`}>
                        <th scope="row">{d.name}</th>
                        <td>{d.cards}</td>
                        <td>{pct(d.known)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </Panel>
        <Panel>
          <h2 className="text-lg font-semibold">Misconceptions the class falls for</h2>
          <p className="mb-3 text-sm text-fg-muted">Chosen in a quiz, or a trap card answered “Again”.</p>
          {dashboard.misconceptions.length === 0 ? (
            <p className="text-fg-muted">None yet.</p>
          ) : (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Misconceptions, most students first</caption>
              <thead className="text-xs text-fg-muted">
                <tr>
                  <th scope="col" className="py-1 pr-2">
                    Claim
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    Students
                  </th>
                  <th scope="col" className="py-1 text-right">
                    Times
                  </th>
                </tr>
              </thead>
              <tbody>
                {dashboard.misconceptions.map((m) => (
                  <tr key={m.id} className="border-t border-border">
                    <td className="py-1.5 pr-2">“{m.claim}”</td>
                    <td className="py-1.5 pr-2 text-right tabular-nums">{m.students}</td>
                    <td className="py-1.5 text-right tabular-nums">{m.events}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel>
          <h2 className="text-lg font-semibold">Cards</h2>
          <p className="mb-3 text-sm text-fg-muted">Least known first.</p>
          <CardTable
            rows={[...dashboard.cards].sort((a, b) => a.known - b.known || b.lapses - a.lapses)}
            caption="Share of the class that knows each card"
          />
        </Panel>
        <Panel>
          <h2 className="text-lg font-semibold">Most lapses</h2>
          <p className="mb-3 text-sm text-fg-muted">Cards the class forgot after learning them.</p>
          {dashboard.mostLapsed.length === 0 ? (
            <p className="text-fg-muted">No lapses yet.</p>
          ) : (
            <CardTable rows={dashboard.mostLapsed} caption="Cards with the most lapses" />
          )}
        </Panel>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel>
          <h2 className="mb-3 text-lg font-semibold">Assigned decks</h2>
          {overview.decks.length === 0 ? (
            <p className="mb-3 text-fg-muted">
              No decks yet: assign one and its cards join every student’s daily review.
            </p>
          ) : (
            <ul className="mb-4 flex flex-col gap-2">
              {overview.decks.map((d) => (
                <li
                  key={d.id}
                  className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-border p-3"
                >
                  <span className="flex flex-wrap items-center gap-2">
                    {d.kind === 'INSTRUCTOR' ? (
                      <Link
                        href={`/instructor/decks/${d.id}`}
                        className="font-medium text-accent underline-offset-2 hover:underline"
                      >
                        {d.title}
                      </Link>
                    ) : (
                      <span className="font-medium">{d.title}</span>
                    )}
                    <Badge tone={d.kind === 'CONTENT' ? 'neutral' : d.published ? 'success' : 'warning'}>
                      {d.kind === 'CONTENT'
                        ? 'Library'
                        : d.published
                          ? 'Published'
                          : 'Draft: students don’t see it yet'}
                    </Badge>
                    <span className="text-sm text-fg-muted">{d.cards} cards</span>
                  </span>
                  <ActionButton
                    action={unassignDeckAction}
                    input={{ classId: overview.id, deckId: d.id }}
                    variant="ghost"
                    confirm={`Take “${d.title}” off this class?`}
                  >
                    Unassign<span className="sr-only"> {d.title}</span>
                  </ActionButton>
                </li>
              ))}
            </ul>
          )}
          <AssignDeckForm classId={overview.id} decks={overview.assignableDecks} />
        </Panel>
        <Panel>
          <h2 className="mb-3 text-lg font-semibold">Mock interview prompts</h2>
          {overview.prompts.length === 0 ? (
            <p className="mb-3 text-fg-muted">No prompts assigned.</p>
          ) : (
            <ul className="mb-4 flex flex-col gap-2">
              {overview.prompts.map((p) => (
                <li
                  key={p.id}
                  className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-border p-3"
                >
                  <span>
                    <span className="font-medium">{p.title}</span>
                    <span className="text-sm text-fg-muted">
                      {p.dueAt ? ` · due ${day(p.dueAt)}` : ' · no due date'}
                    </span>
                  </span>
                  <ActionButton
                    action={unassignPromptAction}
                    input={{ classId: overview.id, promptId: p.id }}
                    variant="ghost"
                  >
                    Unassign<span className="sr-only"> {p.title}</span>
                  </ActionButton>
                </li>
              ))}
            </ul>
          )}
          <AssignPromptForm classId={overview.id} prompts={overview.assignablePrompts} />
          {overview.prompts.length > 0 ? (
            <p className="mt-4 text-sm">
              <Link href={`/instructor/classes/${overview.id}/attempts`} className="text-accent underline">
                Review students’ answers
              </Link>{' '}
              <span className="text-fg-muted">— set your own level per criterion; they see it beside the grader’s.</span>
            </p>
          ) : null}
        </Panel>
      </div>
    </div>
  );
}

function StudentsSection({ classId, dashboard }: { classId: string; dashboard: ClassDashboard }) {
  const students = dashboard.students;
  return (
    <Panel>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Students</h2>
        <a
          href={`/api/instructor/classes/${classId}/dashboard?table=students`}
          download
          className={buttonClass('ghost')}
        >
          Download CSV
        </a>
      </div>
      {students.length === 0 ? (
        <p className="text-fg-muted">No students yet. Share the join code or link.</p>
      ) : (
        <>
          <StudentActivityChart students={students.map((s) => ({ name: s.name ?? s.email, reviews: s.reviews7d }))} />
          <div className="relative mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Students table">
            <table className="w-full min-w-[44rem] text-left text-sm" data-testid="students-table">
              <caption className="sr-only">Each student’s activity and progress on the assigned cards</caption>
              <thead className="text-xs text-fg-muted">
                <tr>
                  <th scope="col" className="py-1 pr-2">
                    Student
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    Reviews (7 days)
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    Streak
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    Retention (30 days)
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    Cards known
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    Mock interviews
                  </th>
                  <th scope="col" className="py-1">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {students.map((s) => (
                  <tr key={s.id} className="border-t border-border">
                    <th scope="row" className="py-2 pr-2 font-normal">
                      <span className="block font-medium">{s.name ?? s.email}</span>
                      {s.name ? <span className="block text-xs text-fg-muted">{s.email}</span> : null}
                    </th>
                    <td className="py-2 pr-2 text-right tabular-nums">{s.reviews7d}</td>
                    <td className="py-2 pr-2 text-right tabular-nums">
                      {s.streak} {s.streak === 1 ? 'day' : 'days'}
                    </td>
                    <td className="py-2 pr-2 text-right tabular-nums">
                      {pct(s.retention)}
                      {s.retentionAnswers > 0 ? (
                        <span className="text-xs text-fg-muted"> of {s.retentionAnswers}</span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-2 text-right tabular-nums">
                      {pct(s.known)}
                      <span className="text-xs text-fg-muted"> ({s.studied} studied)</span>
                    </td>
                    <td className="py-2 pr-2">
                      {s.mockAttempts === 0 ? (
                        <span className="text-fg-muted">none</span>
                      ) : (
                        <span>
                          {s.mockSubmitted} submitted
                          {s.mockSubmitted > 0 ? (
                            <span className="text-xs text-fg-muted">
                              {' '}
                              · {s.verdicts.delights} delights, {s.verdicts.meets} meets, {s.verdicts.miss} miss
                            </span>
                          ) : null}
                        </span>
                      )}
                    </td>
                    <td className="py-2 text-right">
                      <ActionButton
                        action={removeClassMemberAction}
                        input={{ classId, userId: s.id }}
                        variant="ghost"
                        confirm={`Remove ${s.name ?? s.email} from the class? Their own progress stays theirs.`}
                      >
                        Remove<span className="sr-only"> {s.name ?? s.email}</span>
                      </ActionButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Panel>
  );
}

function CardTable({ rows, caption }: { rows: ClassDashboard['cards']; caption: string }) {
  if (rows.length === 0) return <p className="text-fg-muted">No cards assigned yet.</p>;
  return (
    <div className="relative max-h-96 overflow-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs text-fg-muted">
          <tr>
            <th scope="col" className="py-1 pr-2">
              Card
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              Know it
            </th>
            <th scope="col" className="py-1 text-right">
              Lapses
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className="border-t border-border align-top">
              <td className="py-1.5 pr-2">
                <Markdown className="text-sm" html={markdownToSafeHtml(c.front)} />
              </td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{pct(c.known)}</td>
              <td className="py-1.5 text-right tabular-nums">{c.lapses}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
