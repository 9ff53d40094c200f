import { NextResponse } from 'next/server';

/** Does nothing: the framework's floor for `npm run bench` (reviewSubmit.noopRps). */
export function POST(): NextResponse {
  return NextResponse.json({ ok: true });
}
