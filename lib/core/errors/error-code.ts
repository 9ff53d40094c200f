import type { RowError } from '@/lib/core/deck-io/types';

/**
 * Every expected failure the server reports, in actions and the JSON API alike, with the HTTP
 * status the API answers it with. One list, so a new code can't be forgotten in a status map.
 */
export const ERROR_STATUS = {
  /** The input doesn't parse: a malformed body, a field out of range (with per-field messages). */
  invalid_input: 400,
  /** An uploaded file (deck import) has row errors. */
  invalid_file: 400,
  unauthenticated: 401,
  forbidden: 403,
  /** Unknown, or not the caller's: the two look the same so ids can't be probed. */
  not_found: 404,
  /** A class join code that matches no class. */
  invalid_code: 404,
  /** The request is fine but the state it targets has moved on. */
  conflict: 409,
  email_taken: 409,
  own_class: 409,
  empty_deck: 409,
  /** Nothing matches what was asked for (a quiz with no questions). */
  empty: 409,
  finished: 409,
  submitted: 409,
  time_up: 409,
  not_pausable: 409,
  prompt_gone: 409,
  /** Fewer answers than the FSRS optimizer needs (ADR 032). */
  not_enough_history: 409,
  /** The same job is already running (held by a lease, ADR 032). */
  busy: 409,
  payload_too_large: 413,
  /** Too many attempts from this address or for this account (sign-up); try again later. */
  rate_limited: 429,
  /** A mock answer over the word limit. */
  too_long: 413,
  /** A mutating JSON request whose body isn't `application/json` (ADR 026). */
  unsupported_media_type: 415,
  /** A feature this server can't run (the FSRS optimizer on a platform without its native build). */
  unavailable: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A failure as a value: what actions return and what the JSON API sends as `{ error: … }`. */
export type Failure<C extends ErrorCode = ErrorCode> = {
  ok: false;
  code: C;
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** An uploaded file's problems (`invalid_file`), each naming its line and field. */
  errors?: RowError[];
};

/** What every server action and mutation returns: expected failures are values, not throws. */
export type ActionResult<T, C extends ErrorCode = ErrorCode> = { ok: true; data: T } | Failure<C>;

export function fail<C extends ErrorCode>(code: C, message: string, fieldErrors?: Record<string, string[]>): Failure<C> {
  return fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value);
}
