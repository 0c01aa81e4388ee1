// Everything the app needs from the outside world, built once in main.ts (or by a test) and
// handed to createApp. Nothing here does I/O at import time.
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Database } from './db/client';
import type { JobQueue } from './jobs/queue';
import type { LocalChecker } from './learning/checker';
import type { MediaStore } from './media/store';
import type { Metrics } from './metrics/metrics';
import type { SessionHub } from './realtime/session-hub';
import type { TurnAdmission } from './pipeline/admission';
import type { TurnLog } from './pipeline/turn-log';
import type { Providers, StreamingSttProvider, StreamingTtsProvider } from './providers/types';
import type { RateLimiter } from './security/rate-limiter';

export type Capability = keyof Providers;

export interface Services {
  config: Config;
  db: Database;
  logger: Logger;
  /** Request, turn, vendor, socket and queue metrics (GET /metrics). */
  metrics: Metrics;
  checker: LocalChecker;
  providers: Providers;
  capabilities: Record<Capability, 'live' | 'offline'>;
  /** Transcribes streamed turns while the learner speaks (ready.streaming); absent: none configured. */
  streamingStt?: StreamingSttProvider | null;
  /** Speaks streamed turns' replies over one vendor socket a turn, opened while the learner speaks; absent: per-piece requests. */
  streamingTts?: StreamingTtsProvider | null;
  /** Delivers a session's events to its sockets. */
  hub: SessionHub;
  /** Numbers and records each turn's events (for resume). */
  turns: TurnLog;
  /** How many turns this process takes at once (MAX_TURNS_IN_FLIGHT); past it, `busy`. */
  admission: TurnAdmission;
  media: MediaStore;
  jobs: JobQueue;
  /** Login, turn and audio limits, shared by every process on the database. */
  rateLimiter: RateLimiter;
  /** The current time; tests move it to check streaks and trends. */
  now(): Date;
}
