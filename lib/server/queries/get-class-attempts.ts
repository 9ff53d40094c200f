import 'server-only';
import type { Level } from '@/lib/core/mock/types';
import { LevelSchema } from '@/lib/core/content/schema';
import type { SessionUser } from '../auth';
import { getContent } from '../content';
import { db } from '../db';
import { findReviewableAttempts } from '../permissions/find-reviewable-attempts';

export type ClassAttemptRow = {
  id: string;
  student: string;
  promptTitle: string;
  submittedAt: Date;
  graderVerdict: Level;
  /** The instructor's verdict, once reviewed. */
  reviewVerdict: Level | null;
  /** Criteria the candidate disagreed with. */
  disagreements: number;
};

/** The class's submitted mock attempts an instructor may review, newest first (owner or admin only; null otherwise). */
export async function getClassAttempts(
  actor: SessionUser,
  classId: string,
): Promise<{ classId: string; className: string; attempts: ClassAttemptRow[] } | null> {
  const reviewable = await findReviewableAttempts(actor, classId);
  if (!reviewable) return null;
  const [rows, content] = await Promise.all([
    db.mockAttempt.findMany({
      where: { id: { in: reviewable.attemptIds } },
      orderBy: { submittedAt: 'desc' },
      select: {
        id: true,
        promptId: true,
        submittedAt: true,
        verdict: true,
        user: { select: { name: true, email: true } },
        review: { select: { verdict: true } },
        ratings: { where: { agree: false }, select: { criterionId: true } },
      },
    }),
    getContent(),
  ]);
  const titles = new Map(content.prompts.map((p) => [p.id, p.title]));
  return {
    classId: reviewable.managed.id,
    className: reviewable.managed.name,
    attempts: rows.flatMap((r) =>
      r.submittedAt && r.verdict
        ? [
            {
              id: r.id,
              student: r.user.name ?? r.user.email,
              promptTitle: titles.get(r.promptId) ?? r.promptId,
              submittedAt: r.submittedAt,
              graderVerdict: LevelSchema.parse(r.verdict),
              reviewVerdict: r.review ? LevelSchema.parse(r.review.verdict) : null,
              disagreements: r.ratings.length,
            },
          ]
        : [],
    ),
  };
}
