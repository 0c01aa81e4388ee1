// What every streaming speech-to-text session shares, whatever its vendor: audio queued until
// the socket is open, a failure reported once, and a finish that waits for the committed
// transcript no longer than the caller allows (a vendor that hangs must not hold the turn).
import { ProviderError } from '../errors';
import { ProviderTimeoutError } from '../resilient';
import type { StreamingSttOptions, Transcript } from '../types';

export class StreamingSessionState {
  private queue: Uint8Array[] | null = [];
  private failure: Error | null = null;
  private closed = false;
  private pendingCommit: (() => void) | null = null;
  private settle: { resolve: (t: Transcript) => void; reject: (e: unknown) => void } | null = null;

  constructor(
    readonly provider: string,
    private readonly options: StreamingSttOptions,
    /** Closes the vendor socket. */
    private readonly closeSocket: () => void,
  ) {}

  get isOpen() {
    return this.queue === null;
  }

  get isClosed() {
    return this.closed || this.failure !== null;
  }

  /** Audio to send now, or null when it was queued (socket not open yet) or the session is over. */
  accept(pcm: Uint8Array): Uint8Array | null {
    if (this.isClosed) return null;
    if (this.queue) {
      this.queue.push(pcm);
      return null;
    }
    return pcm;
  }

  /** The socket is open: sends the audio queued so far, in order, then a commit asked for meanwhile. */
  opened(send: (pcm: Uint8Array) => void) {
    if (this.isClosed) return;
    const queued = this.queue ?? [];
    this.queue = null;
    for (const pcm of queued) send(pcm);
    const commit = this.pendingCommit;
    this.pendingCommit = null;
    commit?.();
  }

  partial(text: string) {
    if (!this.isClosed) this.options.onPartial(text);
  }

  /** The vendor broke the stream: reported once, the socket closed, a pending finish rejected. */
  fail(error: Error) {
    if (this.isClosed) return;
    this.failure = error;
    this.closeSocket();
    this.options.onFailure(error);
    this.takeSettle()?.reject(error);
  }

  committed(text: string) {
    this.takeSettle()?.resolve({ text: text.trim() });
  }

  /** The pending finish's callbacks, once: whoever settles it first wins. */
  private takeSettle() {
    const settle = this.settle;
    this.settle = null;
    return settle;
  }

  /** Waits for `committed`; `commit` asks the vendor for it once the socket is open. */
  finish(signal: AbortSignal, timeoutMs: number, commit: () => void): Promise<Transcript> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new ProviderError(this.provider, 'the stream was closed', false));
    return new Promise<Transcript>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new ProviderTimeoutError(this.provider, timeoutMs)), timeoutMs);
      const onAbort = () => {
        this.close();
        reject(signal.reason ?? new DOMException('The operation was aborted', 'AbortError'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
      };
      this.settle = {
        resolve: (transcript) => {
          done();
          this.close();
          resolve(transcript);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
      if (signal.aborted) return onAbort();
      if (this.isOpen) commit();
      else this.pendingCommit = commit;
    });
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.queue = null;
    this.closeSocket();
    // A finish still waiting learns that no transcript will come.
    this.takeSettle()?.reject(new ProviderError(this.provider, 'the stream was closed', false));
  }
}
