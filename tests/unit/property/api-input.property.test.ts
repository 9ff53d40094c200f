import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuizAnswerSchema } from '@/lib/core/quiz/schema';
import { StudySettingsSchema } from '@/lib/core/scheduler/study-settings';
import { StartQuizSchema } from '@/lib/server/quiz-options';
import { RecordReviewBodySchema, UndoReviewBodySchema } from '@/lib/server/review-input';

const SCHEMAS = { RecordReviewBodySchema, UndoReviewBodySchema, StartQuizSchema, QuizAnswerSchema, StudySettingsSchema };

describe('input schemas on arbitrary JSON (fast-check)', () => {
  it.each(Object.entries(SCHEMAS))('%s never throws and explains every rejection', (_name, schema) => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = schema.safeParse(value);
        if (!result.success) {
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(3);
        }
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  it('accepts exactly the well-formed review submissions', () => {
    const valid = fc.record({
      cardId: fc.string({ minLength: 1, maxLength: 200 }),
      grade: fc.constantFrom('again', 'hard', 'good', 'easy'),
      reviewId: fc.stringMatching(/^[A-Za-z0-9_-]{8,100}$/),
    });
    fc.assert(
      fc.property(valid, (body) => {
        expect(RecordReviewBodySchema.safeParse(body).success).toBe(true);
      }),
      { numRuns: 300, seed: 1 },
    );
    fc.assert(
      fc.property(valid, fc.string({ minLength: 1, maxLength: 10 }), (body, extra) => {
        // Unknown fields are refused (strict), so typos never pass silently.
        expect(RecordReviewBodySchema.safeParse({ ...body, [`x${extra}`]: 1 }).success).toBe(false);
      }),
      { numRuns: 100, seed: 2 },
    );
  });
});
