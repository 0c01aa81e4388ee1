// Background jobs on PostgreSQL with pg-boss, for several server processes on one database: a
// job sent by any process is worked by whichever process's worker fetches it first. A worker
// that dies mid-job leaves it active until it expires (JOB_EXPIRE_SEC); pg-boss then retries it
// and another process finishes it. Handlers must be idempotent (the avatar job checks whether
// the video is already stored), so a retried job is never *done* twice.
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { JobHandler, JobQueue } from './queue';

export interface PgBossQueueOptions {
  connectionString: string;
  /** Whether this process works jobs, or only sends them. */
  workers: boolean;
  /** A job running longer than this is taken as lost (its worker died) and retried. */
  expireInSeconds: number;
  logger: Logger;
}

const RETRY_LIMIT = 2;

export async function createPgBossQueue(options: PgBossQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    max: 4,
    // Expired jobs are found by maintenance: look often enough that a lost job resumes quickly.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(options.expireInSeconds / 2))),
    monitorStateIntervalSeconds: 60,
  });
  boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
  await boss.start();

  const queues = new Map<string, Promise<void>>();
  const ensureQueue = (name: string) => {
    let created = queues.get(name);
    if (!created) {
      created = boss.createQueue(name, { name, retryLimit: RETRY_LIMIT, retryDelay: 1, expireInSeconds: options.expireInSeconds });
      queues.set(name, created);
    }
    return created;
  };

  const depth = async () => {
    let total = 0;
    for (const name of queues.keys()) total += await boss.getQueueSize(name, { before: 'completed' });
    return total;
  };

  return {
    register<Payload extends object>(name: string, handler: JobHandler<Payload>) {
      if (!options.workers) return;
      void ensureQueue(name)
        .then(() =>
          boss.work<Payload>(name, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
            if (job) await handler(job.data);
          }),
        )
        .catch((error: unknown) => options.logger.error({ err: error, job: name }, 'could not start job worker'));
    },
    async enqueue<Payload extends object>(name: string, payload: Payload) {
      await ensureQueue(name);
      await boss.send(name, payload, { retryLimit: RETRY_LIMIT, retryDelay: 1, expireInSeconds: options.expireInSeconds });
    },
    async idle() {
      while ((await depth()) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    },
    depth,
    close: () => boss.stop({ graceful: true, timeout: 5_000 }),
  };
}
