import 'server-only';
import { fail, type Failure } from '@/lib/core/errors/error-code';
import { publicOrigin } from './public-origin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** An `Origin` that is ours: the configured public origin, or the host the browser addressed. */
function isOwnOrigin(origin: string, request: Request): boolean {
  if (origin === publicOrigin()) return true;
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}

/**
 * Cross-site request forgery checks for a mutating JSON request (DESIGN §2, ADR 026), run by
 * defineRoute before anything else:
 * - `Sec-Fetch-Site: cross-site` or `same-site` (a sibling subdomain, another port) → 403;
 * - an `Origin` that is not ours → 403; no `Origin` at all (scripts, the bench, the load test) is fine;
 * - a body that is not `application/json` → 415, so the form-like "simple" requests another site
 *   can send without a CORS preflight (`text/plain`, form encodings) never reach a handler.
 * `upload` routes also take `application/octet-stream` (a file's bytes; not a CORS-safelisted type).
 * `beacon` routes (the mock draft, posted by navigator.sendBeacon as text/plain) accept text/plain
 * only with positive proof of a same-origin sender: an `Origin` that is ours, and
 * `Sec-Fetch-Site: same-origin` whenever the browser sends that header.
 */
export function checkRequestSource(
  request: Request,
  options: { beacon?: boolean; upload?: boolean } = {},
): Failure | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const foreign = fail('forbidden', 'Cross-site requests are refused.');
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return foreign;
  const origin = request.headers.get('origin');
  if (origin !== null && !isOwnOrigin(origin, request)) return foreign;

  const type = mediaType(request);
  if (type === 'application/json') return null;
  // A file upload (the Anki import, ADR 030) sends its bytes as application/octet-stream: like JSON,
  // a type no cross-site form can send without a CORS preflight.
  if (options.upload && type === 'application/octet-stream') return null;
  if (options.beacon && type === 'text/plain') {
    if (origin === null || (site !== null && site !== 'same-origin')) return foreign;
    return null;
  }
  return fail(
    'unsupported_media_type',
    options.upload
      ? 'Send the file as Content-Type: application/octet-stream.'
      : 'Send the body as JSON (Content-Type: application/json).',
  );
}
