// The local checker in a worker thread, so that a grammar check (harper's WebAssembly and the
// learner rules' tagging, several milliseconds a turn) never holds up the event loop that streams
// every other learner's reply. harper is loaded once, in the worker, not in the main thread. A
// worker that dies fails the checks in flight (the turn goes on without local corrections, as for
// any checker failure) and is started again for the next check.
import { Worker } from 'node:worker_threads';
import type { CheckResult, NativeLanguage } from '../../../shared/corrections';
import type { CheckContext, LocalChecker } from './index';
import { handOver, type ParsedPieces } from './preparse';

export interface CheckRequest {
  id: number;
  text: string;
  nativeLanguage: NativeLanguage;
  context?: CheckContext;
}
export type CheckResponse = { id: number; result: CheckResult; parses: ParsedPieces } | { id: number; error: string };

const THREAD_URL = new URL('./checker-thread-start.mjs', import.meta.url);

function startThread(onMessage: (response: CheckResponse) => void, onExit: (error: Error) => void): Promise<Worker> {
  const worker = new Worker(THREAD_URL);
  return new Promise<Worker>((resolve, reject) => {
    let ready = false;
    worker.on('message', (message: CheckResponse | { ready: true }) => {
      if ('ready' in message) {
        ready = true;
        // Idle, the thread must not keep alive a process that has nothing else to do (tests, CLI
        // tools); it is referenced again while checks are in flight (see check).
        worker.unref();
        return resolve(worker);
      }
      onMessage(message);
    });
    const fail = (error: Error) => {
      if (!ready) reject(error);
      onExit(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the checker thread exited (${code})`)));
  });
}

export async function createThreadedChecker(): Promise<LocalChecker> {
  const pending = new Map<number, { resolve(result: CheckResult): void; reject(error: Error): void }>();
  let nextId = 0;
  let current: Worker | null = null;
  const onMessage = (response: CheckResponse) => {
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if (pending.size === 0) current?.unref();
    if ('error' in response) waiting?.reject(new Error(response.error));
    else waiting?.resolve(handOver(response.result, response.parses));
  };
  let thread: Promise<Worker> | null = null;
  const onExit = (error: Error) => {
    thread = null;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const threadNow = () => (thread ??= startThread(onMessage, onExit));
  await threadNow();
  return {
    async check(text, nativeLanguage, context) {
      const worker = await threadNow();
      current = worker;
      const id = ++nextId;
      return new Promise<CheckResult>((resolve, reject) => {
        if (pending.size === 0) worker.ref();
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, text, nativeLanguage, ...(context ? { context } : {}) } satisfies CheckRequest);
      });
    },
  };
}
