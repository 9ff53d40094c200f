'use client';
import { useState, type FormEvent } from 'react';
import { LevelBadge } from '@/components/mock/level-badge';
import { Button } from '@/components/ui/button';
import { useActionRunner } from '@/components/ui/use-action-runner';
import type { MockReview } from '@/lib/core/mock/review';
import type { Level } from '@/lib/core/mock/types';
import { scoreLevels } from '@/lib/core/rubric/verdict-scale';
import { saveMockReviewAction } from '@/lib/server/actions/save-mock-review-action';
import type { AttemptReviewView } from '@/lib/server/queries/get-attempt-review';

const LEVELS: Level[] = ['miss', 'meets', 'delights'];

/** A criterion of the prompt with what the grader and the student said about it. */
type CriterionRow = AttemptReviewView['prompt']['criteria'][number] & {
  grader: Level;
  evidence: string[];
  student: AttemptReviewView['ratings'][string] | null;
};

type Saved = Pick<MockReview, 'verdict' | 'criteria' | 'traps' | 'comment'> | null;

/**
 * The instructor's levels per criterion (starting from the grader's), the traps the answer
 * really asserts (starting from the grader's flags), and a verdict that follows the levels on the
 * grader's scale until the instructor sets it.
 */
export function ReviewForm({
  classId,
  attemptId,
  criteria,
  graderTraps,
  trapOptions,
  saved,
}: {
  classId: string;
  attemptId: string;
  criteria: CriterionRow[];
  graderTraps: { id: string; evidence: string }[];
  trapOptions: AttemptReviewView['trapOptions'];
  saved: Saved;
}) {
  const savedById = new Map((saved?.criteria ?? []).map((c) => [c.criterionId, c]));
  const [levels, setLevels] = useState<Record<string, Level>>(() =>
    Object.fromEntries(criteria.map((c) => [c.id, savedById.get(c.id)?.level ?? c.grader])),
  );
  const [comments, setComments] = useState<Record<string, string>>(() =>
    Object.fromEntries(criteria.map((c) => [c.id, savedById.get(c.id)?.comment ?? ''])),
  );
  const [traps, setTraps] = useState<Set<string>>(() => new Set(saved?.traps ?? graderTraps.map((t) => t.id)));
  const suggested = scoreLevels(criteria.map((c) => ({ level: levels[c.id] ?? c.grader, weight: c.weight }))).verdict;
  const [verdict, setVerdict] = useState<Level | null>(saved?.verdict ?? null);
  const [comment, setComment] = useState(saved?.comment ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const { pending, error, run } = useActionRunner();
  const flagged = new Map(graderTraps.map((t) => [t.id, t.evidence]));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    run(
      () =>
        saveMockReviewAction({
          classId,
          attemptId,
          verdict: verdict ?? suggested,
          criteria: criteria.map((c) => ({
            criterionId: c.id,
            level: levels[c.id] ?? c.grader,
            comment: comments[c.id]?.trim() || null,
          })),
          traps: [...traps],
          comment: comment.trim() || null,
        }),
      () => setStatus('Saved: the student now sees your review beside the grader’s.'),
    );
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      {criteria.map((c) => (
        <fieldset key={c.id} className="flex flex-col gap-2 rounded-lg border border-border p-3" data-testid={`review-${c.id}`}>
          <legend className="px-1 font-semibold">{c.title}</legend>
          <p className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
            Grader: <LevelBadge level={c.grader} />
            {c.student && !c.student.agree ? (
              <span data-testid="student-disagrees">
                · the student disagrees{c.student.level ? <> and would give {c.student.level}</> : null}
                {c.student.comment ? <>: “{c.student.comment}”</> : null}
              </span>
            ) : null}
          </p>
          <details className="text-sm">
            <summary className="cursor-pointer text-fg-muted">
              What meets and delights mean here, and the grader’s evidence ({c.evidence.length})
            </summary>
            <p className="mt-1">
              <span className="font-medium">Meets:</span> {c.meets}
            </p>
            <p className="mt-1">
              <span className="font-medium">Delights:</span> {c.delights}
            </p>
            <ul className="mt-1 flex list-disc flex-col gap-1 pl-5">
              {c.evidence.map((e, i) => (
                <li key={i} className="italic">
                  “{e}”
                </li>
              ))}
            </ul>
          </details>
          <div className="flex flex-wrap gap-4" role="radiogroup" aria-label={`Your level for ${c.title}`}>
            {LEVELS.map((level) => (
              <label key={level} className="flex items-center gap-1 text-sm">
                <input
                  type="radio"
                  name={`level-${c.id}`}
                  value={level}
                  checked={levels[c.id] === level}
                  onChange={() => setLevels((prev) => ({ ...prev, [c.id]: level }))}
                />
                {level}
              </label>
            ))}
          </div>
          <label htmlFor={`comment-${c.id}`} className="text-sm">
            Comment for the student (optional)
          </label>
          <textarea
            id={`comment-${c.id}`}
            rows={2}
            maxLength={2000}
            value={comments[c.id] ?? ''}
            onChange={(e) => setComments((prev) => ({ ...prev, [c.id]: e.target.value }))}
            className="rounded-lg border border-border bg-surface p-2 text-sm text-fg"
          />
        </fieldset>
      ))}

      <fieldset className="flex flex-col gap-2 rounded-lg border border-border p-3">
        <legend className="px-1 font-semibold">Traps the answer asserts</legend>
        <p className="text-sm text-fg-muted">
          Ticked: the grader’s flags. Untick a false accusation; tick a trap the grader missed.
        </p>
        <ul className="flex flex-col gap-1 text-sm">
          {trapOptions.map((t) => (
            <li key={t.id}>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={traps.has(t.id)}
                  onChange={(e) =>
                    setTraps((prev) => {
                      const next = new Set(prev);
                      if (e.target.checked) next.add(t.id);
                      else next.delete(t.id);
                      return next;
                    })
                  }
                />
                <span>
                  “{t.claim}”
                  {flagged.has(t.id) ? (
                    <span className="block text-xs text-fg-muted">Flagged by the grader in: “{flagged.get(t.id)}”</span>
                  ) : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset className="flex flex-col gap-2 rounded-lg border border-border p-3">
        <legend className="px-1 font-semibold">Verdict</legend>
        <label htmlFor="review-verdict" className="text-sm">
          Your verdict{' '}
          <span className="text-fg-muted">
            (your levels give <span data-testid="suggested-verdict">{suggested}</span> on the grader’s scale)
          </span>
        </label>
        <select
          id="review-verdict"
          value={verdict ?? ''}
          onChange={(e) => setVerdict(e.target.value === '' ? null : (e.target.value as Level))}
          className="w-fit rounded-lg border border-border bg-surface px-3 py-2 text-fg"
        >
          <option value="">Follow my levels ({suggested})</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
        <label htmlFor="review-comment" className="text-sm">
          Overall comment for the student (optional)
        </label>
        <textarea
          id="review-comment"
          rows={3}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          className="rounded-lg border border-border bg-surface p-2 text-sm text-fg"
        />
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : saved ? 'Update review' : 'Save review'}
        </Button>
        <p role="status" className="text-sm text-fg-muted">
          {error ? <span className="text-danger">{error}</span> : status}
        </p>
      </div>
    </form>
  );
}
