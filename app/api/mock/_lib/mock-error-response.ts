import 'server-only';
import { NextResponse } from 'next/server';

export type MockErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'payload_too_large'
  | 'too_long'
  | 'submitted'
  | 'time_up'
  | 'not_pausable'
  | 'prompt_gone';

const STATUS: Record<MockErrorCode, number> = {
  bad_request: 400,
  not_found: 404,
  payload_too_large: 413,
  too_long: 413,
  submitted: 409,
  time_up: 409,
  not_pausable: 409,
  prompt_gone: 409,
};

/** The JSON API's error shape (`{ error: { code, message } }`) with the mock routes' own codes. */
export function mockErrorResponse(code: MockErrorCode, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status: STATUS[code] });
}
