// One error tree for the whole API: throw an AppError (or let any other error escape) and the
// app's onError answers `{ code, message, requestId }` with the status of the code.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { type ErrorBody, type ErrorCode, httpStatusOf } from '../../shared/errors';
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

const DATABASE_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08006',
  'P1001', // Prisma: can't reach database server
  'P1017', // Prisma: server closed the connection
]);
const DATABASE_DOWN_MESSAGES = /Connection terminated|connection timeout|terminating connection|Client has encountered a connection error|PGlite is closed|Can't reach database server/i;
/** Prisma's driver-adapter errors (raw queries report them as P2010 with meta.driverAdapterError). */
const DATABASE_DOWN_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);

/** True when an error (or its cause chain) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    if (typeof current !== 'object') return false;
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; kind?: unknown; meta?: { driverAdapterError?: unknown } };
    for (const code of [candidate.code, candidate.originalCode]) {
      if (typeof code === 'string' && DATABASE_DOWN_CODES.has(code)) return true;
    }
    if (typeof candidate.kind === 'string' && DATABASE_DOWN_KINDS.has(candidate.kind)) return true;
    if (typeof candidate.message === 'string' && DATABASE_DOWN_MESSAGES.test(candidate.message)) return true;
    current = candidate.cause ?? candidate.meta?.driverAdapterError;
  }
  return false;
}

/**
 * True when the database refused a text it cannot store: PostgreSQL a NUL character (22021) or one
 * outside the encoding (22P05); Prisma's query engine a lone UTF-16 surrogate (half an emoji). The
 * input is at fault, so it answers 400, not 500.
 */
export function isUnstorableText(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
    const { code, originalCode, message, cause } = current as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown };
    if ([code, originalCode].some((c) => c === '22021' || c === '22P05')) return true;
    if (typeof message === 'string' && LONE_SURROGATE_ERROR.test(message)) return true;
    current = cause;
  }
  return false;
}
const LONE_SURROGATE_ERROR = /JSON Error: (lone (leading|trailing) surrogate|unexpected end of hex escape)/;

/** Text the database cannot store (see isUnstorableText), to refuse it before any work starts. */
export const hasUnstorableCharacters = (text: string) =>
  text.includes('\u0000') || /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

export const UNSTORABLE_TEXT_MESSAGE = 'The text contains a character that cannot be stored (NUL, \\u0000, or half of an emoji). Remove it and try again.';

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
