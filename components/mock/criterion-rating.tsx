'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { rateMockCriterionAction } from '@/lib/server/actions/rate-mock-criterion-action';

import type { Level } from '@/lib/core/mock/types';
import type { MockFeedbackView } from '@/lib/server/queries/get-mock-feedback';

type Rating = MockFeedbackView['ratings'][string];
const LEVEL_OPTIONS: { value: Level | ''; label: string }[] = [
  { value: '', label: 'Not sure' },
  { value: 'miss', label: 'Miss' },
  { value: 'meets', label: 'Meets' },
  { value: 'delights', label: 'Delights' },
];

/** "Do you agree with this level?" — stored per criterion to calibrate the grader. */
export function CriterionRating({
  attemptId,
  criterionId,
  criterionTitle,
  initial,
}: {
  attemptId: string;
  criterionId: string;
  criterionTitle: string;
  initial: Rating | null;
}) {
  const [rating, setRating] = useState<Rating | null>(initial);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [level, setLevel] = useState<Level | ''>(initial?.level ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const commentId = `rating-comment-${criterionId}`;
  const levelId = `rating-level-${criterionId}`;

  async function send(agree: boolean, withComment: string | null, withLevel: Level | null = null) {
    setPending(true);
    const result = await rateMockCriterionAction({
      attemptId,
      criterionId,
      agree,
      level: agree ? null : withLevel,
      comment: withComment,
    });
    setPending(false);
    if (!result.ok) {
      setStatus(result.message);
      return;
    }
    setRating({ agree: result.data.agree, level: result.data.level, comment: result.data.comment });
    setStatus(
      agree
        ? 'Thanks — noted that you agree.'
        : withComment
          ? 'Thanks — your comment is saved.'
          : 'Thanks — noted that you disagree.',
    );
  }

  return (
    <div className="flex flex-col gap-2 border-t border-border pt-3">
      <div
        className="flex flex-wrap items-center gap-2"
        role="group"
        aria-label={`Do you agree with the level for ${criterionTitle}?`}
      >
        <span className="text-sm text-fg-muted">Do you agree with this level?</span>
        <Button
          variant="secondary"
          aria-pressed={rating?.agree === true}
          disabled={pending}
          onClick={() => void send(true, null)}
        >
          Agree
        </Button>
        <Button
          variant="secondary"
          aria-pressed={rating?.agree === false}
          disabled={pending}
          onClick={() => void send(false, comment.trim() || null, level || null)}
        >
          Disagree
        </Button>
      </div>
      {rating?.agree === false ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={levelId} className="text-sm">
            The level you would give
          </label>
          <select
            id={levelId}
            value={level}
            onChange={(e) => setLevel(e.target.value as Level | '')}
            className="w-fit rounded-lg border border-border bg-surface p-2 text-sm text-fg"
          >
            {LEVEL_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <label htmlFor={commentId} className="text-sm">
            Why? (optional)
          </label>
          <textarea
            id={commentId}
            value={comment}
            maxLength={1000}
            onChange={(e) => setComment(e.target.value)}
            rows={2}
            className="rounded-lg border border-border bg-surface p-2 text-sm text-fg"
          />
          <div>
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => void send(false, comment.trim() || null, level || null)}
            >
              Save
            </Button>
          </div>
        </div>
      ) : null}
      <p role="status" className="text-sm text-fg-muted">
        {status}
      </p>
    </div>
  );
}
