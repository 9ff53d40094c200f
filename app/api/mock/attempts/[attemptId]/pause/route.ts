import { type NextRequest, NextResponse } from 'next/server';
import { PauseMockSchema } from '@/lib/core/mock/schema';
import { requireApiUser } from '@/lib/server/api';
import { setMockPaused } from '@/lib/server/mutations/set-mock-paused';
import { mockErrorResponse } from '../../../_lib/mock-error-response';
import { readMockBody } from '../../../_lib/read-mock-body';

type Context = { params: Promise<{ attemptId: string }> };

/** Pauses or resumes a practice attempt's clock: `{ paused }`. Interviews can't pause (409). */
export async function POST(request: NextRequest, { params }: Context): Promise<NextResponse> {
  const user = await requireApiUser(request);
  if (user instanceof NextResponse) return user;
  const body = await readMockBody(request, params, PauseMockSchema);
  if (!body.ok) return body.response;
  const result = await setMockPaused(user.id, body.attemptId, body.data.paused, new Date());
  if (!result.ok) return mockErrorResponse(result.code, result.message);
  return NextResponse.json(result.data);
}
