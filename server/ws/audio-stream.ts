// One streamed audio turn, from turn.stream.start to turn.stream.end: the PCM frames are kept
// (the learner's recording, and the words of last resort) and forwarded as they arrive to the
// streaming speech-to-text, whose interim transcripts become live captions. At the end the turn
// is transcribed by the stream's committed transcript; when the stream broke (error event, socket
// dropped, no answer in time) by the batch transcription of the kept audio instead, so no word
// is lost; and when that fails too, as a recording that could not be transcribed (offline).
import { MAX_AUDIO_BYTES, STREAM_SAMPLE_RATE } from '../../shared/ws';
import { wavFromPcm16 } from '../media/riff-wav';
import type { StreamingSttProvider, StreamingSttSession, Transcript } from '../providers/types';
import type { Services } from '../services';

/** 16-bit mono samples. */
const BYTES_PER_SECOND = STREAM_SAMPLE_RATE * 2;
/** How long the committed transcript may take after the end of speech before the batch fallback. */
export const DEFAULT_FINAL_TIMEOUT_MS = 3000;
/**
 * An interim transcript unchanged this long after its last partial and after the end of speech is
 * stable. The end of speech is the panel's pause hint when it sent one (hands-free: the turn ends
 * only after a longer silence, and by then the interim has held still), else the end of the turn.
 */
export const STABLE_INTERIM_MS = 200;

/**
 * Runs `decide` once the messages already waiting on the sockets have been read: a stability timer
 * that fires late (a busy process: timers run before the waiting I/O in each turn of the event
 * loop) must not settle on an interim whose newer partial, or whose final transcript, is already
 * there. At 50 simultaneous streamed turns (bench:pipeline) a third of the early replies started
 * that way, on words that were out of date, and were thrown away after their LLM call.
 */
const afterWaitingMessages = (decide: () => void) => setImmediate(decide);

export interface AudioStreamEvents {
  /** The whole interim transcript so far, each time it changes. */
  onCaption(text: string): void;
  /** The streaming vendor failed; the turn will be transcribed from the kept audio. */
  onStreamFailure(error: Error): void;
  /**
   * After a pause hint, the interim held still for STABLE_INTERIM_MS while the turn is still open
   * (the panel waits for a longer silence before it ends it): the turn will most likely be these words.
   */
  onStablePause?(text: string): void;
}

export class AudioStream {
  private readonly parts: Buffer[] = [];
  private bytes = 0;
  private readonly session: StreamingSttSession | null;
  private streamFailure: Error | null = null;
  private caption = '';
  private captionAt = 0;
  /** When the learner last stopped speaking (turn.stream.pause), if the panel said so. */
  private pausedAt: number | null = null;
  private pauseTimer: NodeJS.Timeout | undefined;
  /** The interim last reported stable during a pause (each interim once). */
  private stablePaused = '';
  /** Waiting, after the end of speech, for the interim to hold still (or the final to come first). */
  private stable: { resolve: (text: string | null) => void; endedAt: number; timer?: NodeJS.Timeout } | null = null;

  constructor(
    private readonly services: Services,
    readonly clientTurnId: string | undefined,
    private readonly events: AudioStreamEvents,
  ) {
    this.session = services.streamingStt ? this.open(services.streamingStt) : null;
  }

  private open(provider: StreamingSttProvider): StreamingSttSession | null {
    try {
      return provider.open({
        sampleRate: STREAM_SAMPLE_RATE,
        language: 'en',
        onPartial: (text) => {
          if (text === this.caption) return;
          this.caption = text;
          this.captionAt = performance.now();
          this.events.onCaption(text);
          if (this.stable) this.waitForStable();
          if (this.pausedAt !== null) this.waitForStablePause();
        },
        onFailure: (error) => this.failed(provider.name, error),
      });
    } catch (error) {
      this.failed(provider.name, error instanceof Error ? error : new Error(String(error)));
      return null;
    }
  }

  private failed(vendor: string, error: Error) {
    if (this.streamFailure) return;
    this.streamFailure = error;
    this.services.logger.warn({ err: error.message, vendor }, 'streaming transcription failed; the kept audio goes to the batch transcription');
    this.services.metrics.vendorError(vendor, 'stt');
    this.events.onStreamFailure(error);
  }

  /** Adds a frame; false when the turn would grow past the recording limit. */
  add(frame: Buffer): boolean {
    if (this.bytes + frame.length > MAX_AUDIO_BYTES) return false;
    this.parts.push(frame);
    this.bytes += frame.length;
    if (!this.streamFailure) this.session?.sendAudio(frame);
    return true;
  }

  /** The panel heard the learner stop speaking; the turn may still go on. */
  speechPaused() {
    this.pausedAt = performance.now();
    this.waitForStablePause();
  }

  private waitForStablePause() {
    clearTimeout(this.pauseTimer);
    const onStablePause = this.events.onStablePause;
    if (this.stable || this.pausedAt === null || !onStablePause) return;
    const quietFor = performance.now() - Math.max(this.captionAt, this.pausedAt);
    if (quietFor < STABLE_INTERIM_MS) {
      this.pauseTimer = setTimeout(() => this.waitForStablePause(), Math.max(1, STABLE_INTERIM_MS - quietFor));
      return;
    }
    const seenAt = this.captionAt;
    afterWaitingMessages(() => {
      // A newer partial (its own wait is under way), the end of the turn, or the stream closed.
      if (this.captionAt !== seenAt || this.stable || this.pausedAt === null) return;
      const text = this.caption.trim();
      if (!text || text === this.stablePaused) return;
      this.stablePaused = text;
      onStablePause(text);
    });
  }

  get size() {
    return this.bytes;
  }

  get seconds() {
    return this.bytes / BYTES_PER_SECOND;
  }

  /**
   * After the end of speech: resolves with the interim transcript once it has not changed for
   * STABLE_INTERIM_MS, or with null when the final transcript (or a failure) comes first.
   */
  stableInterim(): Promise<string | null> {
    clearTimeout(this.pauseTimer);
    if (!this.session || this.streamFailure) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.stable = { resolve, endedAt: this.pausedAt ?? performance.now() };
      this.waitForStable();
    });
  }

  private waitForStable() {
    const stable = this.stable!;
    clearTimeout(stable.timer);
    // Counted from the end of speech too: the partial of the last words trails the audio.
    const quietFor = performance.now() - Math.max(this.captionAt, stable.endedAt);
    if (this.caption && quietFor >= STABLE_INTERIM_MS) {
      const seenAt = this.captionAt;
      // Unless a newer partial came (its own wait is under way) or the final did (settled null).
      afterWaitingMessages(() => this.stable === stable && this.captionAt === seenAt && this.settleStable(this.caption));
      return;
    }
    stable.timer = setTimeout(() => this.waitForStable(), Math.max(1, STABLE_INTERIM_MS - quietFor));
  }

  private settleStable(text: string | null) {
    clearTimeout(this.pauseTimer);
    if (!this.stable) return;
    clearTimeout(this.stable.timer);
    this.stable.resolve(text);
    this.stable = null;
  }

  /** The learner's recording as a WAV file (what is stored and what the batch transcription takes). */
  wav(): Uint8Array {
    return wavFromPcm16(Buffer.concat(this.parts), STREAM_SAMPLE_RATE);
  }

  /**
   * The turn's transcription: the committed transcript of the stream, or the batch one of the
   * kept audio when the stream failed. Called once, at the end of the learner's speech.
   */
  transcriber(finalTimeoutMs = DEFAULT_FINAL_TIMEOUT_MS): (signal: AbortSignal) => Promise<Transcript> {
    const wav = this.wav();
    const batch = (signal: AbortSignal) => this.services.providers.stt.transcribe({ audio: wav, mimeType: 'audio/wav', language: 'en' }, signal);
    const session = this.session;
    if (!session || this.streamFailure) {
      session?.close();
      return batch;
    }
    // The commit goes now, at the end of speech, while the turn stores the recording: the vendor's
    // final transcript is then not behind the database write.
    const ended = new AbortController();
    const final = session.finish(ended.signal, finalTimeoutMs);
    final.catch(() => undefined).finally(() => this.settleStable(null));
    return async (signal) => {
      const stop = () => ended.abort(signal.reason);
      signal.addEventListener('abort', stop, { once: true });
      if (signal.aborted) stop();
      try {
        return await final;
      } catch (error) {
        if (signal.aborted) throw error;
        // The stream reported its failure through onFailure already; the kept audio answers.
        return batch(signal);
      } finally {
        signal.removeEventListener('abort', stop);
      }
    };
  }

  /** Drops the stream (turn.cancel, another turn, the socket closed). */
  close() {
    this.pausedAt = null;
    this.settleStable(null);
    this.session?.close();
  }
}
