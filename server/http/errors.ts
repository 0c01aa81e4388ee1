// One error tree for the whole API: throw an AppError (or let any other error escape) and the
// app's onError answers `{ code, message, requestId }` with the status of the code.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { type ErrorBody, type ErrorCode, httpStatusOf } from '../../shared/errors';
import { isDatabaseUnavailable, isUnstorableText, UNSTORABLE_TEXT_MESSAGE } from '../db/errors';
import type { AppEnv } from './context';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly retryAfterSec?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** 429 with the wait both in Retry-After and in the body, so any client can show it. */
export const rateLimited = (message: string, retryAfterSec: number) =>
  new AppError('rate_limited', message, { 'Retry-After': String(retryAfterSec) }, retryAfterSec);

export const notFound = (what = 'Not found') => new AppError('not_found', what);

/** "email: Invalid email address; password: Too small ..." — names every field at fault. */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
      return `${field}: ${issue.message}`;
    })
    .join('; ');
}

export function errorBody(c: Context<AppEnv>, code: ErrorCode, message: string): ErrorBody {
  return { code, message, requestId: c.get('requestId') ?? 'unknown' };
}

export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof AppError) {
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    const retry = error.retryAfterSec ? { retryAfterSec: error.retryAfterSec } : {};
    return c.json({ ...errorBody(c, error.code, error.message), ...retry }, httpStatusOf[error.code] as ContentfulStatusCode);
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    const code: ErrorCode = status === 413 ? 'payload_too_large' : status === 401 ? 'unauthorized' : status === 404 ? 'not_found' : status >= 500 ? 'internal' : 'bad_request';
    const message = /malformed json/i.test(error.message)
      ? 'The request body is not valid JSON.'
      : status === 415
        ? 'Send the body as JSON (Content-Type: application/json).'
        : error.message || 'Bad request';
    // The status follows the code (a 415 is a bad_request, 400), so clients can rely on the one vocabulary.
    return c.json(errorBody(c, code, message), httpStatusOf[code] as ContentfulStatusCode);
  }
  if (isUnstorableText(error)) return c.json(errorBody(c, 'validation_failed', UNSTORABLE_TEXT_MESSAGE), 400);
  if (isDatabaseUnavailable(error)) {
    c.get('logger')?.warn({ err: error.message }, 'database unavailable');
    c.header('Retry-After', '2');
    return c.json(errorBody(c, 'service_unavailable', 'The database is unavailable. Please try again shortly.'), 503);
  }
  c.get('logger')?.error({ err: error }, 'unhandled error');
  return c.json(errorBody(c, 'internal', 'Something went wrong on the server.'), 500);
}
