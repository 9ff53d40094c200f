import { type NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { apiError, parseJsonBody, requireApiUser } from '@/lib/server/api';
import { answerQuiz } from '@/lib/server/mutations/answer-quiz';

type Context = { params: Promise<{ attemptId: string }> };

const BodySchema = z.strictObject({
  questionIndex: z.number().int().min(0).max(100),
  answer: z.unknown(),
  elapsedMs: z.number().int().min(0).max(86_400_000),
});

const STATUS: Record<string, 'bad_request' | 'not_found' | 'conflict'> = {
  invalid_input: 'bad_request',
  not_found: 'not_found',
  finished: 'conflict',
  time_up: 'conflict',
};

/** Answers one question of one of the learner's quizzes (the JSON twin of answerQuizAction). Idempotent per question. */
export async function POST(request: NextRequest, { params }: Context): Promise<NextResponse> {
  const user = await requireApiUser(request);
  if (user instanceof NextResponse) return user;
  const body = await parseJsonBody(request, BodySchema);
  if (!body.ok) return body.response;
  const { attemptId } = await params;
  const result = await answerQuiz(user.id, { attemptId, ...body.data }, new Date());
  if (!result.ok) return apiError(STATUS[result.code] ?? 'bad_request', result.message);
  return NextResponse.json(result.data);
}
