// What every streaming speech-to-text session shares, whatever its vendor: audio queued until
// the socket is open, then sent in pieces of SEND_EVERY_MS (the panel's 32 ms frames one message
// each were a third of the server's socket writes: 60-70 messages a turn, each JSON, base64 and
// a masked frame), a failure reported once, and a finish that sends what is left before it asks
// for the committed transcript, waiting no longer than the caller allows (a vendor that hangs
// must not hold the turn).
import { ProviderError } from '../errors';
import { ProviderTimeoutError } from '../resilient';
import type { StreamingSttOptions, Transcript } from '../types';

/**
 * How much audio goes in one message. Captions trail the voice by up to this much more; the final
 * transcript does not, since the end of the turn sends what is left at once.
 */
export const SEND_EVERY_MS = 100;

export class StreamingSessionState {
  private queue: Uint8Array[] | null = [];
  /** Audio accepted since the last piece went (the socket is open). */
  private gathered: Uint8Array[] = [];
  private gatheredBytes = 0;
  private readonly pieceBytes: number;
  private failure: Error | null = null;
  private closed = false;
  private pendingCommit: (() => void) | null = null;
  private settle: { resolve: (t: Transcript) => void; reject: (e: unknown) => void } | null = null;
  private send: ((pcm: Uint8Array) => void) | null = null;

  constructor(
    readonly provider: string,
    private readonly options: StreamingSttOptions,
    /** Closes the vendor socket. */
    private readonly closeSocket: () => void,
  ) {
    // 16-bit mono samples.
    this.pieceBytes = Math.round((options.sampleRate * 2 * SEND_EVERY_MS) / 1000);
  }

  get isOpen() {
    return this.queue === null;
  }

  get isClosed() {
    return this.closed || this.failure !== null;
  }

  /**
   * Audio to send now (a piece of SEND_EVERY_MS or more), or null when it was gathered for the next
   * piece, queued (socket not open yet) or the session is over.
   */
  accept(pcm: Uint8Array): Uint8Array | null {
    if (this.isClosed) return null;
    if (this.queue) {
      this.queue.push(pcm);
      return null;
    }
    this.gathered.push(pcm);
    this.gatheredBytes += pcm.byteLength;
    return this.gatheredBytes >= this.pieceBytes ? this.takeGathered() : null;
  }

  /** The audio gathered and not sent, as one piece (null when there is none). */
  private takeGathered(): Uint8Array | null {
    if (this.gatheredBytes === 0) return null;
    const piece = this.gathered.length === 1 ? this.gathered[0]! : Buffer.concat(this.gathered, this.gatheredBytes);
    this.gathered = [];
    this.gatheredBytes = 0;
    return piece;
  }

  /** The socket is open: sends the audio queued so far, in order, then a commit asked for meanwhile. */
  opened(send: (pcm: Uint8Array) => void) {
    if (this.isClosed) return;
    this.send = send;
    const queued = this.queue ?? [];
    this.queue = null;
    if (queued.length > 0) send(queued.length === 1 ? queued[0]! : Buffer.concat(queued));
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
      if (this.isOpen) {
        const rest = this.takeGathered();
        if (rest) this.send?.(rest);
        commit();
      } else {
        this.pendingCommit = commit;
      }
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
