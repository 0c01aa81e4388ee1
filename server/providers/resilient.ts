// Failure handling around a vendor provider: a timeout per attempt, bounded retries of retryable
// failures (honouring retry-after), then the offline twin, announced through `onFallback` so the
// learner hears why the voice or the tutor changed. Each wrapper implements the same interface.
import { ProviderError } from './errors';
import type {
  AvatarProvider,
  LlmProvider,
  PronunciationProvider,
  Providers,
  SttProvider,
  TtsProvider,
} from './types';
import { isVendorNetworkFailure, vendorProviderError } from './vendor-errors';

export type Capability = keyof Providers;

export interface ResilienceOptions {
  /** Promise methods: the whole attempt. Streams: the longest wait for the next item. */
  timeoutMs: number;
  /** Retries after the first attempt; default 2. */
  maxRetries?: number;
  /** First backoff step, doubled each retry; default 250. */
  baseDelayMs?: number;
  /** Longest wait before a retry; a retry-after above it means "fall back now". Default 2000. */
  maxDelayMs?: number;
  onFallback?: (capability: Capability, reason: ProviderError, signal: AbortSignal) => void;
  onRetry?: (capability: Capability, retry: { attempt: number; delayMs: number; reason: ProviderError }) => void;
}

/** The vendor did not answer in time. Retryable in principle, but the learner already waited. */
export class ProviderTimeoutError extends ProviderError {
  constructor(provider: string, timeoutMs: number) {
    super(provider, `no answer within ${timeoutMs} ms`, true);
    this.name = 'ProviderTimeoutError';
  }
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET']);
const MALFORMED_NAMES = new Set(['SyntaxError', 'ZodError', '$ZodError', 'ParseError', 'JsonError']);

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Seconds or an HTTP date, as vendors send it, in milliseconds. */
export function retryAfterMs(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export function statusError(provider: string, status: number, message: string, retryAfter?: string | null, cause?: unknown): ProviderError {
  return new ProviderError(provider, `HTTP ${status}: ${message}`, isRetryableStatus(status), {
    status,
    retryAfterMs: retryAfterMs(retryAfter),
    cause,
  });
}

/** A failed fetch Response as a ProviderError (for the REST vendors without an SDK). */
export async function providerErrorFromResponse(provider: string, response: Response): Promise<ProviderError> {
  const body = await response.text().catch(() => '');
  return statusError(provider, response.status, body.slice(0, 200) || response.statusText, response.headers.get('retry-after'));
}

/** Maps whatever a vendor SDK or fetch threw to a ProviderError with `retryable` set. */
export function toProviderError(provider: string, error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  // The SDKs' own errors (openai, ElevenLabs), mapped by the SDK's module when it is loaded.
  const mapped = vendorProviderError(provider, error);
  if (mapped !== undefined) return mapped;
  const name = error instanceof Error ? error.name : '';
  if (MALFORMED_NAMES.has(name)) return new ProviderError(provider, `malformed answer: ${(error as Error).message}`, false, { cause: error });
  if (isNetworkFailure(error)) return new ProviderError(provider, `connection failed: ${describe(error)}`, true, { cause: error });
  return new ProviderError(provider, describe(error), false, { cause: error });
}

/** For vendor clients' catch blocks: the caller's abort passes through, the rest becomes a ProviderError. */
export function asProviderFailure(provider: string, error: unknown, signal: AbortSignal): unknown {
  return signal.aborted ? abortReason(signal) : toProviderError(provider, error);
}

function isNetworkFailure(error: unknown): boolean {
  if (isVendorNetworkFailure(error)) return true;
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (current instanceof TypeError && /fetch failed|terminated|network/i.test(current.message)) return true;
  }
  return false;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return raceAbort(new Promise<void>((resolve) => setTimeout(resolve, ms)), signal);
}

/**
 * What an attempt's signal aborts with once the attempt is over (it cancels the vendor request if
 * still open); nobody reads it, so one instance serves every attempt instead of a new DOMException
 * (and its stack trace) per vendor call.
 */
const ATTEMPT_FINISHED = new DOMException('attempt finished', 'AbortError');
const ignore = () => undefined;

/** One attempt's signal: the caller's, plus a timer the attempt can restart after each item. */
class Attempt {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Rejects once the signal aborts: one listener for the attempt, not one per streamed item. */
  private aborted: Promise<never> | undefined;
  readonly signal: AbortSignal;

  constructor(
    caller: AbortSignal,
    private readonly provider: string,
    private readonly timeoutMs: number,
  ) {
    this.signal = AbortSignal.any([caller, this.controller.signal]);
  }

  /** Restarts the wait for the next item (refresh: no new timer per streamed item). */
  restartTimer() {
    if (this.timer) this.timer.refresh();
    else this.timer = setTimeout(() => this.controller.abort(new ProviderTimeoutError(this.provider, this.timeoutMs)), this.timeoutMs);
  }

  /** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
  race<T>(promise: Promise<T>): Promise<T> {
    if (this.signal.aborted) return raceAbort(promise, this.signal);
    if (!this.aborted) {
      const signal = this.signal;
      this.aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true }));
      this.aborted.catch(ignore);
    }
    return Promise.race([promise, this.aborted]);
  }

  end() {
    clearTimeout(this.timer);
    this.controller.abort(ATTEMPT_FINISHED);
  }
}

class Resilience {
  private readonly maxRetries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(
    private readonly capability: Capability,
    private readonly provider: string,
    private readonly options: ResilienceOptions,
  ) {
    this.maxRetries = options.maxRetries ?? 2;
    this.baseDelayMs = options.baseDelayMs ?? 250;
    this.maxDelayMs = options.maxDelayMs ?? 2000;
  }

  async call<R>(run: (signal: AbortSignal) => Promise<R>, fallback: (signal: AbortSignal) => Promise<R>, signal: AbortSignal): Promise<R> {
    for (let attempt = 0; ; attempt += 1) {
      const current = new Attempt(signal, this.provider, this.options.timeoutMs);
      try {
        current.restartTimer();
        return await raceAbort(run(current.signal), current.signal);
      } catch (error) {
        const failure = this.failure(error, signal, current);
        const delayMs = this.retryDelay(failure, attempt);
        if (delayMs === null) return this.fallBack(failure, signal, () => fallback(signal));
        this.options.onRetry?.(this.capability, { attempt: attempt + 1, delayMs, reason: failure });
        await sleep(delayMs, signal);
      } finally {
        current.end();
      }
    }
  }

  async *stream<R>(
    run: (signal: AbortSignal) => AsyncIterable<R>,
    fallback: (signal: AbortSignal) => AsyncIterable<R>,
    signal: AbortSignal,
  ): AsyncGenerator<R> {
    for (let attempt = 0; ; attempt += 1) {
      const current = new Attempt(signal, this.provider, this.options.timeoutMs);
      let iterator: AsyncIterator<R> | undefined;
      let yielded = false;
      let failure: ProviderError;
      try {
        iterator = run(current.signal)[Symbol.asyncIterator]();
        for (;;) {
          current.restartTimer();
          const next = await current.race(iterator.next());
          if (next.done) return;
          yielded = true;
          yield next.value;
        }
      } catch (error) {
        failure = this.failure(error, signal, current);
      } finally {
        current.end();
        iterator?.return?.().catch(() => undefined);
      }
      if (yielded) {
        throw new ProviderError(this.provider, `stream interrupted: ${failure.message}`, failure.retryable, {
          ...failure.options,
          cause: failure,
        });
      }
      const delayMs = this.retryDelay(failure, attempt);
      if (delayMs === null) {
        this.options.onFallback?.(this.capability, failure, signal);
        yield* fallback(signal);
        return;
      }
      this.options.onRetry?.(this.capability, { attempt: attempt + 1, delayMs, reason: failure });
      await sleep(delayMs, signal);
    }
  }

  /** The caller's own abort (barge-in) passes through untouched; anything else is a ProviderError. */
  private failure(error: unknown, caller: AbortSignal, current: Attempt): ProviderError {
    if (caller.aborted) throw abortReason(caller);
    if (current.signal.aborted && current.signal.reason instanceof ProviderTimeoutError) return current.signal.reason;
    return toProviderError(this.provider, error);
  }

  private retryDelay(failure: ProviderError, attempt: number): number | null {
    if (!failure.retryable || failure instanceof ProviderTimeoutError || attempt >= this.maxRetries) return null;
    const asked = failure.options.retryAfterMs;
    if (asked !== undefined) return asked <= this.maxDelayMs ? asked : null;
    return Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** attempt);
  }

  private fallBack<R>(failure: ProviderError, signal: AbortSignal, run: () => Promise<R>): Promise<R> {
    this.options.onFallback?.(this.capability, failure, signal);
    return run();
  }
}

export function resilientStt(primary: SttProvider, fallback: SttProvider, options: ResilienceOptions): SttProvider {
  const guard = new Resilience('stt', primary.name, options);
  return {
    name: primary.name,
    live: primary.live,
    transcribe: (input, signal) => guard.call((s) => primary.transcribe(input, s), (s) => fallback.transcribe(input, s), signal),
  };
}

export function resilientLlm(primary: LlmProvider, fallback: LlmProvider, options: ResilienceOptions): LlmProvider {
  const guard = new Resilience('llm', primary.name, options);
  return {
    name: primary.name,
    live: primary.live,
    opening: (context, signal) => guard.call((s) => primary.opening(context, s), (s) => fallback.opening(context, s), signal),
    streamReply: (context, signal) => guard.stream((s) => primary.streamReply(context, s), (s) => fallback.streamReply(context, s), signal),
    analyzeCorrections: (context, signal) =>
      guard.call((s) => primary.analyzeCorrections(context, s), (s) => fallback.analyzeCorrections(context, s), signal),
    explainPhrase: (input, signal) => guard.call((s) => primary.explainPhrase(input, s), (s) => fallback.explainPhrase(input, s), signal),
  };
}

export function resilientTts(primary: TtsProvider, fallback: TtsProvider, options: ResilienceOptions): TtsProvider {
  const guard = new Resilience('tts', primary.name, options);
  return {
    name: primary.name,
    live: primary.live,
    synthesize: (input, signal) => guard.stream((s) => primary.synthesize(input, s), (s) => fallback.synthesize(input, s), signal),
  };
}

export function resilientAvatar(primary: AvatarProvider, fallback: AvatarProvider, options: ResilienceOptions): AvatarProvider {
  const guard = new Resilience('avatar', primary.name, options);
  return {
    name: primary.name,
    live: primary.live,
    render: (input, signal) => guard.call((s) => primary.render(input, s), (s) => fallback.render(input, s), signal),
  };
}

export function resilientPronunciation(
  primary: PronunciationProvider,
  fallback: PronunciationProvider,
  options: ResilienceOptions,
): PronunciationProvider {
  const guard = new Resilience('pronunciation', primary.name, options);
  return {
    name: primary.name,
    live: primary.live,
    assess: (input, signal) => guard.call((s) => primary.assess(input, s), (s) => fallback.assess(input, s), signal),
  };
}
