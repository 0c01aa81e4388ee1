// Builds the services of a running server from its configuration: database (migrated), local
// checker, providers. Shared by main.ts, the integration tests and the benchmarks.
import type { Logger } from 'pino';
import type { Config } from './config';
import { openDatabase } from './db/client';
import { runMigrations } from './db/migrate';
import type { LocalChecker } from './learning/checker';
import { rememberRecentChecks } from './learning/checker/recent-checks';
import { createThreadedChecker } from './learning/checker/threaded-checker';
import { createPgBossQueue } from './jobs/pg-boss-queue';
import { createInProcessQueue } from './jobs/queue';
import { createPgSessionHub } from './realtime/pg-session-hub';
import { createMediaStore } from './media/store';
import { createPrometheusMetrics } from './metrics/prometheus';
import { createTurnAdmission } from './pipeline/admission';
import { registerAvatarJob } from './pipeline/avatar-job';
import { createSessionHub } from './realtime/session-hub';
import { TurnLog } from './pipeline/turn-log';
import { reportFallback } from './pipeline/turn-scope';
import { createOfflineProviders } from './providers/offline';
import { selectProviders } from './providers/select';
import { createPostgresRateLimiter } from './security/postgres-rate-limiter';
import type { Services } from './services';

let sharedChecker: Promise<LocalChecker> | null = null;
/**
 * harper.js takes ~2 s to start; one checker serves every app in the process, in a worker thread
 * so that its checks never hold up the event loop; the same words checked twice are checked once.
 */
export const getLocalChecker = () => (sharedChecker ??= createThreadedChecker().then((checker) => rememberRecentChecks(checker)));

export async function buildServices(config: Config, logger: Logger): Promise<Services> {
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    pool: { size: config.DATABASE_POOL_SIZE, connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS },
  });
  try {
    const migrations = await runMigrations(db.migrationDriver);
    if (migrations.applied.length > 0) logger.info({ applied: migrations.applied }, 'migrations applied');
  } catch (error) {
    await db.close();
    throw error;
  }
  const timeout = config.PROVIDER_TIMEOUT_MS ? { timeoutMs: config.PROVIDER_TIMEOUT_MS } : {};
  const metrics = createPrometheusMetrics({ processMetrics: config.NODE_ENV !== 'test' });
  const { capabilities, streamingStt, streamingTts, ...providers } = await selectProviders(config, createOfflineProviders(), {
    onFallback: (capability, reason, signal) => {
      logger.warn({ capability, err: reason.message }, 'provider fell back to offline');
      metrics.vendorError(reason.provider, capability);
      metrics.vendorFallback(reason.provider, capability);
      reportFallback(capability, signal);
    },
    onRetry: (capability, { attempt, delayMs, reason }) => {
      logger.info({ capability, vendor: reason.provider, attempt, delayMs, status: reason.options.status }, 'provider retry');
      metrics.vendorError(reason.provider, capability);
    },
    resilience: { stt: timeout, llm: timeout, tts: timeout, pronunciation: timeout },
  });
  // On PostgreSQL several processes may serve the same learners: jobs go to pg-boss and events
  // made by one process reach sockets held by another through LISTEN/NOTIFY.
  const hub = config.DATABASE_URL ? await createPgSessionHub(config.DATABASE_URL, logger) : createSessionHub();
  const jobs = config.DATABASE_URL
    ? await createPgBossQueue({ connectionString: config.DATABASE_URL, workers: config.JOB_WORKERS, expireInSeconds: config.JOB_EXPIRE_SEC, logger })
    : createInProcessQueue({ concurrency: 4, onError: (name, error) => logger.error({ job: name, err: error }, 'job failed') });
  metrics.trackQueueDepth(() => jobs.depth());
  const services: Services = {
    config,
    db,
    logger,
    metrics,
    checker: await getLocalChecker(),
    providers,
    capabilities,
    streamingStt,
    streamingTts,
    hub,
    turns: new TurnLog(db.prisma, hub),
    admission: createTurnAdmission(config.MAX_TURNS_IN_FLIGHT),
    media: createMediaStore(config.DATA_DIR),
    jobs,
    now: () => new Date(),
    rateLimiter: createPostgresRateLimiter(db.prisma, () => services.now()),
  };
  registerAvatarJob(services);
  return services;
}

/** Stops background work, the session hub and the database, in that order. */
export async function closeServices(services: Services): Promise<void> {
  await services.jobs.close();
  await services.hub.close();
  await services.db.close();
}
