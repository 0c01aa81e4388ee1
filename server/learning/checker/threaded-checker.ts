// The local checker in a worker thread, so that a grammar check (harper's WebAssembly and the
// learner rules' tagging, several milliseconds a turn) never holds up the event loop that streams
// every other learner's reply. harper is loaded once, in the worker, not in the main thread. A
// worker that dies fails the checks in flight (the turn goes on without local corrections, as for
// any checker failure) and is started again for the next check. Each check is answered in up to
// three messages: its result, then the parses of its text, then those of its corrections'
// sentences (preparse.ts).
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
export type CheckResponse =
  | { id: number; result: CheckResult }
  /** `complete`: the last parses of this check; null: none could be made. */
  | { id: number; parses: ParsedPieces | null; complete: boolean }
  | { id: number; error: string };

/** A check in flight: its caller, then the parses that follow its result. */
class InFlight {
  private readonly received: ParsedPieces[number][] = [];
  private settleText!: (parses: ParsedPieces | undefined) => void;
  private settleAll!: (parses: ParsedPieces | undefined) => void;
  readonly text = new Promise<ParsedPieces | undefined>((resolve) => (this.settleText = resolve));
  readonly all = new Promise<ParsedPieces | undefined>((resolve) => (this.settleAll = resolve));

  constructor(
    readonly resolve: (result: CheckResult) => void,
    readonly reject: (error: Error) => void,
    readonly forNotebook: boolean,
  ) {}

  /** Takes a message of parses; true once the check has no more to come. */
  take(parses: ParsedPieces | null, complete: boolean): boolean {
    if (parses === null) return this.drop();
    if (this.received.length === 0) this.settleText(parses);
    this.received.push(...parses);
    if (complete) this.settleAll(this.received);
    return complete;
  }

  /** No (more) parses: the notebook parses for itself. */
  drop(): true {
    this.settleText(this.received.length > 0 ? this.received : undefined);
    this.settleAll(undefined);
    return true;
  }
}

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
  const pending = new Map<number, InFlight>();
  let nextId = 0;
  let current: Worker | null = null;
  const settled = (id: number) => {
    pending.delete(id);
    if (pending.size === 0) current?.unref();
  };
  const onMessage = (response: CheckResponse) => {
    const waiting = pending.get(response.id);
    if (waiting === undefined) return;
    if ('error' in response) {
      waiting.reject(new Error(response.error));
      waiting.drop();
      settled(response.id);
    } else if ('result' in response) {
      waiting.resolve(handOver(response.result, waiting));
      // No parses follow a check made for no notebook.
      if (!waiting.forNotebook && waiting.drop()) settled(response.id);
    } else if (waiting.take(response.parses, response.complete)) {
      settled(response.id);
    }
  };
  let thread: Promise<Worker> | null = null;
  const onExit = (error: Error) => {
    thread = null;
    for (const waiting of pending.values()) {
      waiting.reject(error);
      waiting.drop();
    }
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
        pending.set(id, new InFlight(resolve, reject, context?.notebook === true));
        worker.postMessage({ id, text, nativeLanguage, ...(context ? { context } : {}) } satisfies CheckRequest);
      });
    },
  };
}
