// How the database's errors are told apart, for every caller (REST, socket, turn pipeline): the
// database is unreachable (answer 503 and keep the learner's words), the input is text it cannot
// store (400), or a unique key was taken (409).

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

/** pg-pool's message when no connection of a full pool became free in time. */
const POOL_WAIT_TIMEOUT_MESSAGE = 'timeout exceeded when trying to connect';

/** True when a wait for a free pooled connection timed out: the pool is busy, the database is fine. */
export function isPoolWaitTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === POOL_WAIT_TIMEOUT_MESSAGE;
}

/**
 * True when an error (or its cause chain) says the database cannot be reached right now, or has
 * not given a connection for longer than a query waits (see db/client.ts): either way, retry later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    if (typeof current !== 'object') return false;
    if (typeof (current as { message?: unknown }).message === 'string' && (current as Error).message.includes(POOL_WAIT_TIMEOUT_MESSAGE)) return true;
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

// Prisma reports P2002 through node-postgres; the PGlite adapter passes PostgreSQL's 23505 through.
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string; originalCode?: string } } | null;
  return e?.code === 'P2002' || e?.cause?.code === '23505' || e?.cause?.originalCode === '23505';
}
