// Everything the app needs from the outside world, built once in main.ts (or by a test) and
// handed to createApp. Nothing here does I/O at import time.
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Database } from './db/client';
import type { LocalChecker } from './learning/checker';
import type { Providers } from './providers/types';

export type Capability = keyof Providers;

export interface Services {
  config: Config;
  db: Database;
  logger: Logger;
  checker: LocalChecker;
  providers: Providers;
  capabilities: Record<Capability, 'live' | 'offline'>;
  /** The current time; tests move it to check streaks and trends. */
  now(): Date;
}
