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
  ) {
    super(message);
    this.name = 'AppError';
  }
}

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
const DATABASE_DOWN_MESSAGES = /Connection terminated|connection timeout|terminating connection|Client has encountered a connection error|PGlite is closed/i;

/** True when an error (or its cause chain) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    if (typeof current !== 'object') return false;
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    for (const code of [candidate.code, candidate.originalCode]) {
      if (typeof code === 'string' && DATABASE_DOWN_CODES.has(code)) return true;
    }
    if (typeof candidate.message === 'string' && DATABASE_DOWN_MESSAGES.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}

export function errorBody(c: Context<AppEnv>, code: ErrorCode, message: string): ErrorBody {
  return { code, message, requestId: c.get('requestId') ?? 'unknown' };
}

export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof AppError) {
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return c.json(errorBody(c, error.code, error.message), httpStatusOf[error.code] as ContentfulStatusCode);
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    const code: ErrorCode = status === 413 ? 'payload_too_large' : status === 401 ? 'unauthorized' : status === 404 ? 'not_found' : status >= 500 ? 'internal' : 'bad_request';
    const message = /malformed json/i.test(error.message) ? 'The request body is not valid JSON.' : error.message || 'Bad request';
    return c.json(errorBody(c, code, message), status as ContentfulStatusCode);
  }
  if (isDatabaseUnavailable(error)) {
    c.get('logger')?.warn({ err: error.message }, 'database unavailable');
    c.header('Retry-After', '2');
    return c.json(errorBody(c, 'service_unavailable', 'The database is unavailable. Please try again shortly.'), 503);
  }
  c.get('logger')?.error({ err: error }, 'unhandled error');
  return c.json(errorBody(c, 'internal', 'Something went wrong on the server.'), 500);
}
