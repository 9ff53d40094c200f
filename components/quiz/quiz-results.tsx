import Link from 'next/link';
import { PercentBarsChart } from '@/components/charts/percent-bars-chart';
import { SourceLinks } from '@/components/deck/source-links';
import { ButtonLink } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { Panel } from '@/components/ui/panel';
import type { QuizSummary } from '@/lib/core/quiz/summarize-quiz';
import type { QuizAnswer, QuizQuestion } from '@/lib/core/quiz/types';
import { targetLabel } from './target-label';

type Props = {
  attemptId: string;
  mode: 'practice' | 'timed';
  summary: QuizSummary;
  seconds: number;
  questions: QuizQuestion[];
  answers: (QuizAnswer | null)[];
  results: ({ correct: boolean; partial: number | null } | null)[];
  dimensionNames: Record<string, string>;
  sources: Record<string, { id: string; title: string; url: string }>;
  /** Show only the questions answered wrong, partly or not at all. */
  onlyMissed: boolean;
};

function describeAnswer(question: QuizQuestion, answer: QuizAnswer | null): string {
  if (!answer) return 'Not answered';
  if ('value' in answer) return answer.value ? 'True' : 'False';
  if ('optionId' in answer && 'options' in question)
    return question.options.find((o) => o.id === answer.optionId)?.text ?? '?';
  return '?';
}

function describeCorrect(question: Exclude<QuizQuestion, { type: 'matching' }>): string {
  switch (question.type) {
    case 'true-false':
      return question.correct ? 'True' : 'False';
    case 'multiple-choice':
    case 'scenario':
      return question.options.find((o) => o.id === question.correctOptionId)?.text ?? '';
  }
}

/** A matching answer as pairs, one a line: the fact, the learner's pick, and the right side when it differs. */
function MatchingPairs({
  question,
  answer,
}: {
  question: Extract<QuizQuestion, { type: 'matching' }>;
  answer: QuizAnswer | null;
}) {
  const label = (id: string | undefined) => {
    const target = question.targets.find((t) => t.id === id);
    return target ? targetLabel(target) : '—';
  };
  const picked = answer && 'pairs' in answer ? answer.pairs : {};
  return (
    <ul className="mt-2 flex flex-col gap-1 text-sm" aria-label="Your pairs">
      {question.facts.map((f) => {
        const right = question.correctPairs[f.id];
        const mine = picked[f.id];
        const ok = mine === right;
        return (
          <li key={f.id} className="flex flex-wrap gap-x-2 border-t border-border pt-1">
            <span className="min-w-0 flex-1">{f.text}</span>
            <span className={ok ? 'text-success' : 'text-danger'}>
              {ok ? '✓' : '✗'} {mine ? label(mine) : 'not paired'}
              {ok ? null : <span className="text-fg"> (right: {label(right)})</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The end of a quiz: score, time, where the learner is weak, every question explained. */
export function QuizResults({
  attemptId,
  mode,
  summary,
  seconds,
  questions,
  answers,
  results,
  dimensionNames,
  sources,
  onlyMissed,
}: Props) {
  const missed = questions.filter((_, i) => !results[i]?.correct).length;
  const rows = summary.byDimension.map((d) => ({
    name: dimensionNames[d.dimension] ?? d.dimension,
    score: Math.round(d.score * 100),
    total: d.total,
  }));
  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-4 sm:grid-cols-3">
        <Panel>
          <p className="text-sm text-fg-muted">Score</p>
          <p className="text-3xl font-bold" data-testid="quiz-score">
            {Math.round(summary.score * 100)}%
          </p>
          <p className="text-sm text-fg-muted">
            {Number.isInteger(summary.points) ? summary.points : summary.points.toFixed(1)} of {summary.total} right
          </p>
        </Panel>
        <Panel>
          <p className="text-sm text-fg-muted">Time</p>
          <p className="text-3xl font-bold">{seconds < 60 ? `${seconds} s` : `${Math.round(seconds / 60)} min`}</p>
          <p className="text-sm text-fg-muted">{mode === 'timed' ? 'Timed test' : 'Practice'}</p>
        </Panel>
        <Panel>
          <p className="text-sm text-fg-muted">Answered</p>
          <p className="text-3xl font-bold">
            {summary.answered}/{summary.total}
          </p>
          {summary.missedCardIds.length > 0 ? (
            <div className="mt-2">
              <ButtonLink href={`/review?quiz=${attemptId}`}>Review what I missed</ButtonLink>
            </div>
          ) : (
            <p className="text-sm text-success">Nothing missed.</p>
          )}
        </Panel>
      </div>
      <Panel>
        <h2 className="mb-3 text-lg font-semibold">By dimension</h2>
        <PercentBarsChart
          rows={rows.map((r) => ({ name: r.name, value: r.score }))}
          valueName="score %"
          height={{ perRow: 30, min: 120 }}
          labelWidth={180}
          grid={false}
        />
        <DataTable
          variant="muted"
          className="mt-2 w-full text-left text-sm"
          data-testid="by-dimension"
          caption="Score by dimension"
          columns={['Dimension', 'Questions', 'Score']}
          rows={rows}
        >
          {(r) => (
            <tr key={r.name} className="border-t border-border">
              <td className="py-1">{r.name}</td>
              <td>{r.total}</td>
              <td>{r.score}%</td>
            </tr>
          )}
        </DataTable>
      </Panel>
      <section aria-labelledby="questions-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="questions-heading" className="text-lg font-semibold">
            {onlyMissed ? 'What I missed, explained' : 'Every question, explained'}
          </h2>
          <nav aria-label="Which questions" className="flex gap-1 text-sm">
            <FilterLink href={`/quiz/${attemptId}`} current={!onlyMissed}>
              All ({questions.length})
            </FilterLink>
            <FilterLink href={`/quiz/${attemptId}?show=missed`} current={onlyMissed}>
              Only what I missed ({missed})
            </FilterLink>
          </nav>
        </div>
        {onlyMissed && missed === 0 ? <p className="text-success">Nothing missed: every answer was right.</p> : null}
        {questions.map((q, i) => {
          const r = results[i];
          if (onlyMissed && r?.correct) return null;
          const status = !r
            ? 'Not answered'
            : r.correct
              ? 'Right'
              : r.partial
                ? `Partly right (${Math.round(r.partial * 100)}%)`
                : 'Wrong';
          return (
            <Panel key={q.key}>
              <p className={`text-xs font-semibold uppercase ${r?.correct ? 'text-success' : 'text-danger'}`}>
                {i + 1}. {status}
              </p>
              <h3 className="sr-only">Question {i + 1}</h3>
              <Markdown className="font-medium" html={markdownToSafeHtml(q.prompt)} />
              {q.type === 'matching' ? (
                <MatchingPairs question={q} answer={answers[i] ?? null} />
              ) : (
                <dl className="mt-2 grid gap-1 text-sm">
                  <div>
                    <dt className="inline font-semibold">Your answer: </dt>
                    <dd className="inline">{describeAnswer(q, answers[i] ?? null)}</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">Right answer: </dt>
                    <dd className="inline">{describeCorrect(q)}</dd>
                  </div>
                </dl>
              )}
              <Markdown className="mt-2 text-sm text-fg-muted" html={markdownToSafeHtml(q.explanation)} />
              <div className="mt-2">
                <SourceLinks sources={q.sources.flatMap((id) => sources[id] ?? [])} />
              </div>
              {r && !r.correct ? (
                <p className="mt-2 text-sm">
                  <Link
                    href={`/decks/personal/new-card?quiz=${attemptId}&question=${i}`}
                    className="text-accent underline"
                  >
                    Add to my deck<span className="sr-only">: question {i + 1}</span>
                  </Link>
                </p>
              ) : null}
            </Panel>
          );
        })}
      </section>
    </div>
  );
}

function FilterLink({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      scroll={false}
      aria-current={current ? 'page' : undefined}
      className={`rounded-full border px-3 py-1 ${current ? 'border-accent bg-accent-soft font-medium' : 'border-border hover:bg-muted'}`}
    >
      {children}
    </Link>
  );
}
