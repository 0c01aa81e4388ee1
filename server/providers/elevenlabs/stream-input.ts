// The socket of ElevenLabs text-to-speech input streaming (GET /v1/text-to-speech/{voice_id}/
// multi-stream-input upgraded to a WebSocket), typed after the vendor's AsyncAPI description.
// `@elevenlabs/elevenlabs-js` has no wrapper for it, so this is a small client over `ws`: it only
// speaks the wire format (messages queued until the socket is open, answers parsed and handed
// on per context); what a turn does with it is streaming-tts.ts.
import WebSocket from 'ws';

/** What the client sends: a context's first message, its text, a flush, its end, the socket's end. */
export type StreamInputClientMessage =
  | { text: ' '; context_id: string; voice_settings?: VoiceSettings; generation_config?: { chunk_length_schedule: number[] } }
  | { text: string; context_id: string; flush?: boolean }
  | { context_id: string; close_context: true }
  | { close_socket: true };

export interface VoiceSettings {
  stability?: number;
  similarity_boost?: number;
  style?: number;
  use_speaker_boost?: boolean;
  speed?: number;
}

/** Character timings of one audio chunk, in milliseconds from the chunk's start. */
export interface StreamInputAlignment {
  chars: string[];
  charStartTimesMs: number[];
  charDurationsMs: number[];
}

/** What the vendor sends: audio of a context (with its timings), a context's last message, or an error. */
export type StreamInputServerMessage =
  | { audio: string; alignment?: StreamInputAlignment | null; normalizedAlignment?: StreamInputAlignment | null; contextId?: string; isFinal?: null | false }
  | { isFinal: true; contextId?: string }
  | { error: string; message?: string; code?: number; contextId?: string };

export interface StreamInputSocketOptions {
  apiKey: string;
  /** https://api.elevenlabs.io (default) or a loopback fake's http://127.0.0.1:port. */
  baseUrl?: string;
  voiceId: string;
  modelId: string;
  outputFormat: string;
  /** Seconds of silence before the vendor closes a context; it may wait while the learner speaks. */
  inactivityTimeoutSec?: number;
}

export interface StreamInputHandlers {
  onMessage(message: StreamInputServerMessage): void;
  /** The socket closed or failed; `reason` says how. Called at most once. */
  onClose(reason: string): void;
}

export function streamInputUrl(options: StreamInputSocketOptions): string {
  const url = new URL(`${(options.baseUrl ?? 'https://api.elevenlabs.io').replace(/\/+$/, '')}/v1/text-to-speech/${encodeURIComponent(options.voiceId)}/multi-stream-input`);
  url.protocol = url.protocol === 'http:' ? 'ws:' : 'wss:';
  url.searchParams.set('model_id', options.modelId);
  url.searchParams.set('output_format', options.outputFormat);
  // Every audio chunk carries the timings of its own characters: the avatar's mouth needs them.
  url.searchParams.set('sync_alignment', 'true');
  url.searchParams.set('inactivity_timeout', String(options.inactivityTimeoutSec ?? 180));
  return url.toString();
}

/** One open socket; messages sent before it is open wait in order. */
export class StreamInputSocket {
  private readonly ws: WebSocket;
  private readonly queue: string[] = [];
  private closed = false;

  constructor(options: StreamInputSocketOptions, private readonly handlers: StreamInputHandlers) {
    this.ws = new WebSocket(streamInputUrl(options), { headers: { 'xi-api-key': options.apiKey } });
    this.ws.on('open', () => {
      for (const data of this.queue.splice(0)) this.ws.send(data);
    });
    this.ws.on('message', (data) => {
      // Frames read in the same burst as the one that ended the socket are not this turn's any more.
      if (this.closed) return;
      let message: StreamInputServerMessage;
      try {
        message = JSON.parse(data.toString()) as StreamInputServerMessage;
      } catch {
        return this.end('unreadable message');
      }
      this.handlers.onMessage(message);
    });
    // A refused upgrade (401, 429, 5xx) or a reset arrives as an error, then close.
    this.ws.on('unexpected-response', (_req, res) => this.end(`upgrade refused: HTTP ${res.statusCode}`));
    this.ws.on('error', (error) => this.end(`socket error: ${error.message}`));
    this.ws.on('close', (code, reason) => this.end(`socket closed (${code}${reason.length ? ` ${reason.toString()}` : ''})`));
  }

  get isClosed() {
    return this.closed;
  }

  send(message: StreamInputClientMessage) {
    if (this.closed) return;
    const data = JSON.stringify(message);
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(data);
    else this.queue.push(data);
  }

  /** Ends the socket from this side: the vendor is told (close_socket) when it is open. */
  close() {
    if (this.closed) return;
    this.closed = true;
    if (this.ws.readyState === WebSocket.OPEN) {
      this.ws.send(JSON.stringify({ close_socket: true } satisfies StreamInputClientMessage));
      this.ws.close(1000);
    } else {
      this.ws.terminate();
    }
  }

  private end(reason: string) {
    if (this.closed) return;
    this.closed = true;
    this.ws.terminate();
    this.handlers.onClose(reason);
  }
}
