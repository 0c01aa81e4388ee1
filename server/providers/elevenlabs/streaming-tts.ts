// A streamed turn's voice over ElevenLabs input streaming: one socket and one context per turn,
// opened when the learner starts speaking (the handshake is then off the reply's critical path).
// The reply's text goes to the vendor as the LLM writes it; each spoken piece (the first clause,
// then sentences) is flushed the moment it ends, so the vendor starts on the first clause at once.
// The audio of one context comes in order; each chunk is given to the piece its characters
// belong to (counted without spaces, which the vendor may or may not time). When the stream
// breaks (an error message, the socket dropped, no audio in time) every piece's words not yet
// heard go to the fallback voice (the HTTP streamed endpoint, itself falling back offline), and
// the learner is told once; a socket dropped before anything was flushed is simply opened again.
import { randomUUID } from 'node:crypto';
import { ProviderError } from '../errors';
import { ProviderTimeoutError } from '../resilient';
import type { Alignment, SpeechChunk, StreamingTtsProvider, StreamingTtsSession, TtsProvider } from '../types';
import { StreamInputSocket, type StreamInputAlignment, type StreamInputServerMessage, type StreamInputSocketOptions, type VoiceSettings } from './stream-input';
import { DEFAULT_OUTPUT_FORMAT, mimeTypeFor } from './tts';

const PROVIDER = 'elevenlabs';
/** Reopened at most this often when the socket drops before the reply (an idle timeout, a reset). */
const MAX_RECONNECTS = 2;
/**
 * Written text goes unflushed once this much of it waits (a flush sends it at once, whatever its
 * length). Without auto_mode the vendor starts on a flush or on its chunk schedule (120 characters
 * first), so sending each LLM token as its own message (~60 a reply) only cost socket writes.
 */
const SEND_AT_CHARS = 50;

export interface ElevenLabsStreamingTtsOptions extends Omit<StreamInputSocketOptions, 'outputFormat'> {
  outputFormat?: string;
  voiceSettings?: VoiceSettings;
  /** The longest wait for the next audio while a flushed piece is unheard; default 5000. */
  timeoutMs?: number;
  /** Speaks what the stream could not: the HTTP voice (with its own offline fallback). */
  fallback: TtsProvider;
}

interface Piece {
  text: string;
  /** Characters of the piece other than spaces, and how many of them were heard. */
  letters: number;
  heard: number;
  chunks: SpeechChunk[];
  /** Where the next chunk's timings start (they count from the chunk's own start). */
  offsetSec: number;
  done: boolean;
  wake: (() => void) | null;
}

const lettersIn = (chars: readonly string[]) => chars.reduce((count, char) => count + (/\s/.test(char) ? 0 : 1), 0);

/**
 * The piece's text after its first `heard` non-space characters: what the learner has not heard.
 * A word cut off half-way is said again whole: a fragment ("rip to the farm") would not be a word.
 */
export function unheardText(text: string, heard: number): string {
  if (heard <= 0) return text;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    if (++seen < heard) continue;
    let start = i + 1;
    if (start < text.length && !/\s/.test(text[start]!)) while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    return text.slice(start).trim();
  }
  return '';
}

function toAlignment(alignment: StreamInputAlignment, offsetSec: number): Alignment {
  const starts = alignment.charStartTimesMs.map((ms) => offsetSec + ms / 1000);
  return {
    characters: alignment.chars,
    startTimesSec: starts,
    endTimesSec: starts.map((start, i) => start + (alignment.charDurationsMs[i] ?? 0) / 1000),
  };
}

export function createElevenLabsStreamingTts(options: ElevenLabsStreamingTtsOptions): StreamingTtsProvider {
  const outputFormat = options.outputFormat ?? DEFAULT_OUTPUT_FORMAT;
  return { name: PROVIDER, live: true, open: () => new StreamInputTurn({ ...options, outputFormat }) };
}

class StreamInputTurn implements StreamingTtsSession {
  private readonly contextId = `turn-${randomUUID()}`;
  private readonly mimeType: string;
  private readonly timeoutMs: number;
  private socket: StreamInputSocket;
  private reconnects = 0;
  private written = '';
  private sent = 0;
  /** Where the next piece is looked for in the written text. */
  private cursor = 0;
  private readonly pieces: Piece[] = [];
  private failure: ProviderError | null = null;
  private ended = false;
  private closed = false;
  private timer: NodeJS.Timeout | undefined;
  onFallback: ((error: Error) => void) | null = null;
  readonly speech: TtsProvider;

  constructor(private readonly options: ElevenLabsStreamingTtsOptions & { outputFormat: string }) {
    this.mimeType = mimeTypeFor(options.outputFormat);
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.socket = this.connect();
    this.speech = { name: PROVIDER, live: true, synthesize: (input, signal) => this.speak(input.text, signal) };
  }

  private connect(): StreamInputSocket {
    const socket = new StreamInputSocket(this.options, {
      onMessage: (message) => this.onMessage(message),
      onClose: (reason) => this.onClose(socket, reason),
    });
    socket.send({ text: ' ', context_id: this.contextId, ...(this.options.voiceSettings ? { voice_settings: this.options.voiceSettings } : {}) });
    return socket;
  }

  write(text: string) {
    this.written += text;
  }

  sendWritten() {
    if (this.written.length - this.sent >= SEND_AT_CHARS) this.sendUpTo(this.written.length, false);
  }

  private sendUpTo(end: number, flush: boolean) {
    if (this.failure || this.closed) return;
    const text = this.written.slice(this.sent, end);
    if (text.length === 0 && !flush) return;
    this.sent = Math.max(this.sent, end);
    this.socket.send({ text, context_id: this.contextId, ...(flush ? { flush: true } : {}) });
  }

  /** Flushes the piece at once (not when its audio is first read), then yields its audio. */
  private speak(text: string, signal: AbortSignal): AsyncIterable<SpeechChunk> {
    if (this.failure || this.closed) return this.options.fallback.synthesize({ text }, signal);
    let at = this.written.indexOf(text, this.cursor);
    if (at < 0) {
      // Not written through `write` (a caller speaking its own text): it joins the reply here.
      this.written = `${this.written.slice(0, this.sent)}${text} `;
      at = this.sent;
    }
    this.cursor = at + text.length;
    const piece: Piece = { text, letters: lettersIn([...text]), heard: 0, chunks: [], offsetSec: 0, done: false, wake: null };
    this.pieces.push(piece);
    this.sendUpTo(this.cursor, true);
    this.armTimer();
    return this.audioOf(piece, signal);
  }

  private async *audioOf(piece: Piece, signal: AbortSignal): AsyncGenerator<SpeechChunk> {
    const wake = () => piece.wake?.();
    signal.addEventListener('abort', wake, { once: true });
    try {
      for (let next = 0; !signal.aborted; ) {
        while (next < piece.chunks.length) yield piece.chunks[next++]!;
        if (piece.done) return;
        if (this.failure) {
          // What the learner has not heard of this piece is spoken by the fallback voice.
          const rest = unheardText(piece.text, piece.heard);
          if (rest) yield* this.options.fallback.synthesize({ text: rest }, signal);
          return;
        }
        await new Promise<void>((resolve) => (piece.wake = resolve));
        piece.wake = null;
      }
    } finally {
      signal.removeEventListener('abort', wake);
    }
  }

  private onMessage(message: StreamInputServerMessage) {
    if (this.failure || this.closed) return;
    if (message.contextId !== undefined && message.contextId !== this.contextId) return;
    if ('error' in message) {
      const retryable = message.code === undefined || message.code >= 1011 || /rate|busy|limit|overload/i.test(message.error);
      return this.fail(new ProviderError(PROVIDER, `input streaming failed: ${message.error}${message.message ? `: ${message.message}` : ''}`, retryable));
    }
    if ('audio' in message && message.audio) {
      const piece = this.pieces.find((candidate) => !candidate.done);
      if (!piece) return;
      const alignment = message.alignment ?? undefined;
      const chunk: SpeechChunk = { audio: Buffer.from(message.audio, 'base64'), mimeType: this.mimeType };
      if (alignment && alignment.chars.length > 0) {
        chunk.alignment = toAlignment(alignment, piece.offsetSec);
        piece.offsetSec = chunk.alignment.endTimesSec.at(-1) ?? piece.offsetSec;
        piece.heard += lettersIn(alignment.chars);
      }
      piece.chunks.push(chunk);
      if (piece.heard >= piece.letters) this.finishPiece(piece);
      else piece.wake?.();
      this.armTimer();
      if (this.ended && this.pieces.every((candidate) => candidate.done)) this.socket.close();
    }
    if (message.isFinal === true) {
      for (const piece of this.pieces) this.finishPiece(piece);
      this.clearTimer();
      if (this.ended) this.socket.close();
    }
  }

  private finishPiece(piece: Piece) {
    piece.done = true;
    piece.wake?.();
  }

  private onClose(socket: StreamInputSocket, reason: string) {
    if (socket !== this.socket || this.closed || this.failure) return;
    const unheard = this.pieces.some((piece) => !piece.done);
    if (!unheard && this.ended) return;
    if (this.pieces.length === 0 && this.reconnects < MAX_RECONNECTS) {
      // Nothing flushed yet: what was sent is sent again on a new socket.
      this.reconnects++;
      const sent = this.sent;
      this.sent = 0;
      this.socket = this.connect();
      return this.sendUpTo(sent, false);
    }
    this.fail(new ProviderError(PROVIDER, `input streaming ${reason}`, true));
  }

  private armTimer() {
    if (!this.pieces.some((piece) => !piece.done)) return this.clearTimer();
    if (this.timer) this.timer.refresh();
    else this.timer = setTimeout(() => this.fail(new ProviderTimeoutError(PROVIDER, this.timeoutMs)), this.timeoutMs);
  }

  private clearTimer() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fail(error: ProviderError) {
    if (this.failure || this.closed) return;
    this.failure = error;
    this.clearTimer();
    this.socket.close();
    this.onFallback?.(error);
    for (const piece of this.pieces) piece.wake?.();
  }

  end() {
    if (this.ended || this.closed || this.failure) return;
    this.ended = true;
    this.sendUpTo(this.written.length, false);
    this.socket.send({ context_id: this.contextId, close_context: true });
    if (this.pieces.every((piece) => piece.done)) this.socket.close();
  }

  close() {
    if (this.closed) return;
    if (!this.failure && !this.socket.isClosed) this.socket.send({ context_id: this.contextId, close_context: true });
    this.closed = true;
    this.clearTimer();
    this.socket.close();
    for (const piece of this.pieces) this.finishPiece(piece);
  }
}
