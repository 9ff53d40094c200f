import 'server-only';
import { StoredReviewCriteriaSchema, StoredReviewTrapsSchema, type MockReview } from '@/lib/core/mock/review';
import { LevelSchema } from '@/lib/core/content/schema';

/** The columns a MockReview view reads. */
export const MOCK_REVIEW_COLUMNS = {
  verdict: true,
  criteria: true,
  traps: true,
  comment: true,
  updatedAt: true,
  reviewer: { select: { name: true, email: true } },
} as const;

type Row = {
  verdict: string;
  criteria: string;
  traps: string;
  comment: string | null;
  updatedAt: Date;
  reviewer: { name: string | null; email: string } | null;
};

/** A stored review, its JSON columns validated (corrupt data is a bug and throws). */
export function toMockReview(row: Row): MockReview {
  return {
    verdict: LevelSchema.parse(row.verdict),
    criteria: StoredReviewCriteriaSchema.parse(JSON.parse(row.criteria)),
    traps: StoredReviewTrapsSchema.parse(JSON.parse(row.traps)),
    comment: row.comment,
    reviewer: row.reviewer ? (row.reviewer.name ?? row.reviewer.email) : null,
    updatedAt: row.updatedAt,
  };
}
