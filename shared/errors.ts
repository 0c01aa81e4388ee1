// The one error vocabulary of the API and the WebSocket. Every failure answers
// `{ code, message, requestId }` (REST) or `{ type: 'error', code, message }` (WebSocket).
import { z } from 'zod';

export const ErrorCode = z.enum([
  'bad_request', // malformed JSON, unknown message type
  'validation_failed', // a field is missing or has the wrong type; the message names it
  'unauthorized', // no token, a bad token, or a wrong email/password
  'registration_closed', // REGISTRATION=closed and the first account exists
  'invite_required', // REGISTRATION=invite and inviteCode is missing or wrong
  'not_found', // unknown route, or data that is not the caller's
  'conflict', // e.g. the email is already registered
  'payload_too_large',
  'rate_limited',
  'turn_too_long',
  'service_unavailable', // the database is down; retry later
  'busy', // the server is at capacity; retry after retryAfterSec (a turn refused this way was not stored)
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  requestId: z.string(),
  /** With rate_limited and busy (and service_unavailable): when to try again, as also sent in Retry-After. */
  retryAfterSec: z.number().int().positive().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const httpStatusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  registration_closed: 403,
  invite_required: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  turn_too_long: 400,
  service_unavailable: 503,
  busy: 503,
  internal: 500,
};
