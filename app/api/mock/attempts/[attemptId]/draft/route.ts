import { type NextRequest, NextResponse } from 'next/server';
import { SaveDraftSchema } from '@/lib/core/mock/schema';
import { requireApiUser } from '@/lib/server/api';
import { saveMockDraft } from '@/lib/server/mutations/save-mock-draft';
import { mockErrorResponse } from '../../../_lib/mock-error-response';
import { readMockBody } from '../../../_lib/read-mock-body';

type Context = { params: Promise<{ attemptId: string }> };

/**
 * Autosave of a mock answer: `{ draft, version }`. Last write wins by version; a stale or repeated
 * version changes nothing and answers with the stored version. Also the target of the page's
 * sendBeacon when it is hidden or closed.
 */
export async function POST(request: NextRequest, { params }: Context): Promise<NextResponse> {
  const user = await requireApiUser(request);
  if (user instanceof NextResponse) return user;
  const body = await readMockBody(request, params, SaveDraftSchema);
  if (!body.ok) return body.response;
  const result = await saveMockDraft(user.id, body.attemptId, body.data, new Date());
  if (!result.ok) return mockErrorResponse(result.code, result.message);
  return NextResponse.json(result.data);
}
