import { type NextRequest, NextResponse } from 'next/server';
import { SubmitMockSchema } from '@/lib/core/mock/schema';
import { requireApiUser } from '@/lib/server/api';
import { submitMockAttempt } from '@/lib/server/mutations/submit-mock-attempt';
import { mockErrorResponse } from '../../../_lib/mock-error-response';
import { readMockBody } from '../../../_lib/read-mock-body';

type Context = { params: Promise<{ attemptId: string }> };

/** Submits and grades a mock answer: `{ draft?, version?, auto }`. Idempotent: a repeat returns the stored result. */
export async function POST(request: NextRequest, { params }: Context): Promise<NextResponse> {
  const user = await requireApiUser(request);
  if (user instanceof NextResponse) return user;
  const body = await readMockBody(request, params, SubmitMockSchema);
  if (!body.ok) return body.response;
  const result = await submitMockAttempt(user.id, body.attemptId, body.data, new Date());
  if (!result.ok) return mockErrorResponse(result.code, result.message);
  return NextResponse.json(result.data);
}
