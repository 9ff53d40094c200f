import 'server-only';
import { type NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import { ERROR_STATUS, fail, type ActionResult, type Failure } from '@/lib/core/errors/error-code';
import { describeIssues } from '../action-result';
import type { SessionUser } from '../auth';
import { checkRequestSource } from './check-request-source';
import { getApiInstructor, getApiUser } from './api-user';
import { readJsonBody } from './read-json-body';

/** The one error shape of the JSON API: `{ error: { code, message, fieldErrors? } }`. */
export function errorResponse(failure: Failure): NextResponse {
  const { code, message, fieldErrors } = failure;
  return NextResponse.json(
    { error: fieldErrors ? { code, message, fieldErrors } : { code, message } },
    { status: ERROR_STATUS[code], headers: { 'Cache-Control': 'no-store' } },
  );
}

type Spec<P, Q, B> = {
  /** Who may call it; the role is re-read from the database for instructors. */
  auth: 'user' | 'instructor';
  /** The route's dynamic segments; when they don't parse, the answer is 404 with `notFound`. */
  params?: z.ZodType<P>;
  notFound?: string;
  /** The search parameters, as an object of strings (a missing one is absent). */
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  maxBodyBytes?: number;
  /** The target of navigator.sendBeacon: accepts a text/plain body from our own origin (ADR 026). */
  beacon?: boolean;
  /** The body is a file's bytes (application/octet-stream) that the handler streams itself (ADR 030). */
  upload?: boolean;
};

type Input<P, Q, B> = { user: SessionUser; params: P; query: Q; body: B; request: NextRequest; now: Date };

/**
 * The one way to define a JSON route: who may call it, what its params, query and body must be,
 * then the handler. A handler answers an ActionResult (sent as JSON, or as the error shape with its
 * status) or, for downloads, a Response of its own.
 */
export function defineRoute<P = undefined, Q = undefined, B = undefined, T = unknown>(
  spec: Spec<P, Q, B>,
  handler: (input: Input<P, Q, B>) => Promise<ActionResult<T> | Response>,
): (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> {
  return async (request, context) => {
    const refused = checkRequestSource(request, { beacon: spec.beacon, upload: spec.upload });
    if (refused) return errorResponse(refused);
    const user = spec.auth === 'instructor' ? await getApiInstructor(request) : await getApiUser(request);
    if (!user.ok) return errorResponse(user);

    let params = undefined as P;
    if (spec.params) {
      const parsed = spec.params.safeParse(await context.params);
      if (!parsed.success) return errorResponse(fail('not_found', spec.notFound ?? 'Not found.'));
      params = parsed.data;
    }
    let query = undefined as Q;
    if (spec.query) {
      const parsed = spec.query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
      if (!parsed.success) return errorResponse(fail('invalid_input', describeIssues(parsed.error)));
      query = parsed.data;
    }
    let body = undefined as B;
    if (spec.body) {
      const read = await readJsonBody(request, spec.body, spec.maxBodyBytes);
      if (!read.ok) return errorResponse(read);
      body = read.data;
    }

    const result = await handler({ user: user.data, params, query, body, request, now: new Date() });
    if (result instanceof Response) return result;
    if (!result.ok) return errorResponse(result);
    return NextResponse.json(result.data, { headers: { 'Cache-Control': 'no-store' } });
  };
}
