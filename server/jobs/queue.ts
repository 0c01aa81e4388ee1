// Background work (avatar video renders) off the turn's path. In-process by default: a small
// worker pool with bounded concurrency. On PostgreSQL, jobs/pg-boss-queue.ts implements the same
// interface so that any server process can work any job.
export type JobHandler<Payload> = (payload: Payload) => Promise<void>;

export interface JobQueue {
  /** Handlers run in this process only when it works jobs (JOB_WORKERS). */
  register<Payload extends object>(name: string, handler: JobHandler<Payload>): void;
  enqueue<Payload extends object>(name: string, payload: Payload): Promise<void>;
  /** Resolves when every queued job has finished (tests, shutdown). */
  idle(): Promise<void>;
  /** Jobs waiting or running (for /metrics). */
  depth(): Promise<number>;
  close(): Promise<void>;
}

export function createInProcessQueue(options: { concurrency: number; onError: (name: string, error: unknown) => void }): JobQueue {
  const handlers = new Map<string, JobHandler<unknown>>();
  const waiting: { name: string; payload: unknown }[] = [];
  const running = new Set<Promise<void>>();
  let idleWaiters: (() => void)[] = [];

  const pump = () => {
    while (running.size < options.concurrency && waiting.length > 0) {
      const job = waiting.shift()!;
      const handler = handlers.get(job.name);
      const run = (async () => {
        try {
          if (!handler) throw new Error(`no handler for job ${job.name}`);
          await handler(job.payload);
        } catch (error) {
          options.onError(job.name, error);
        }
      })();
      running.add(run);
      void run.finally(() => {
        running.delete(run);
        pump();
      });
    }
    if (running.size === 0 && waiting.length === 0) {
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    }
  };

  return {
    register(name, handler) {
      handlers.set(name, handler as JobHandler<unknown>);
    },
    async enqueue(name, payload) {
      waiting.push({ name, payload });
      pump();
    },
    idle: () => (running.size === 0 && waiting.length === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))),
    depth: async () => running.size + waiting.length,
    close: async () => {
      waiting.length = 0;
      await Promise.all(running);
    },
  };
}
