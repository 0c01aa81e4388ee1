// Streaming speech to text with ElevenLabs Scribe v2 Realtime, through the SDK's own realtime
// wrapper (client.speechToText.realtime, a WebSocket on `ws`): PCM in as it is captured, partial
// transcripts out for live captions, one manual commit at the end of the learner's turn for the
// committed transcript. Commits stay manual because the panel decides where a turn ends.
import { AudioFormat, CommitStrategy, RealtimeEvents, type ElevenLabsClient, type RealtimeConnection } from '@elevenlabs/elevenlabs-js';
import { ProviderError } from '../errors';
import { guardRealtimeFrames } from './guard-realtime-frames';
import { StreamingSessionState } from '../streaming/session-state';
import type { StreamingSttOptions, StreamingSttProvider, StreamingSttSession } from '../types';

const PROVIDER = 'elevenlabs';

export interface ElevenLabsRealtimeSttOptions {
  client: ElevenLabsClient;
  /** e.g. scribe_v2_realtime. */
  modelId: string;
}

const AUDIO_FORMATS: Record<number, AudioFormat> = {
  8000: AudioFormat.PCM_8000,
  16000: AudioFormat.PCM_16000,
  22050: AudioFormat.PCM_22050,
  24000: AudioFormat.PCM_24000,
  44100: AudioFormat.PCM_44100,
  48000: AudioFormat.PCM_48000,
};

/** The vendor's error events carry a message_type and text; a socket error is an Error. */
function describeError(payload: unknown): string {
  if (payload instanceof Error) return payload.message;
  const message = payload as { message_type?: string; error?: string } | null;
  return `${message?.message_type ?? 'error'}: ${message?.error ?? 'unknown'}`;
}

/** Errors the vendor sends before it stops the session; the rest (a throttled commit) are per message. */
const RETRYABLE_TYPES = new Set(['rate_limited', 'queue_overflow', 'resource_exhausted', 'transcriber_error']);

export function createElevenLabsRealtimeStt({ client, modelId }: ElevenLabsRealtimeSttOptions): StreamingSttProvider {
  return {
    name: PROVIDER,
    live: true,
    open(options: StreamingSttOptions): StreamingSttSession {
      const audioFormat = AUDIO_FORMATS[options.sampleRate];
      if (!audioFormat) throw new ProviderError(PROVIDER, `unsupported sample rate ${options.sampleRate}`, false);
      let connection: RealtimeConnection | null = null;
      const state = new StreamingSessionState(PROVIDER, options, () => connection?.close());
      /** Committed segments so far; a segment may be committed before the end (a long turn). */
      let committedText = '';
      let partialText = '';
      const joined = () => [committedText, partialText].filter(Boolean).join(' ');
      const send = (pcm: Uint8Array) => connection?.send({ audioBase64: Buffer.from(pcm).toString('base64') });
      let awaitingCommit = false;

      client.speechToText.realtime
        .connect({ modelId, audioFormat, sampleRate: options.sampleRate, commitStrategy: CommitStrategy.MANUAL, ...(options.language ? { languageCode: options.language } : {}) })
        .then((opened) => {
          connection = opened;
          // Attached first and kept for the connection's whole life: an `error` event without a
          // listener throws, and closing a socket still connecting emits one.
          opened.on(RealtimeEvents.ERROR, (payload) => {
            const type = payload instanceof Error ? '' : payload.message_type;
            state.fail(new ProviderError(PROVIDER, `realtime transcription failed: ${describeError(payload)}`, payload instanceof Error || RETRYABLE_TYPES.has(type)));
          });
          guardRealtimeFrames(opened, (error) =>
            state.fail(new ProviderError(PROVIDER, `malformed realtime message: ${describeError(error)}`, false, { cause: error })),
          );
          if (state.isClosed) return opened.close();
          opened.on(RealtimeEvents.SESSION_STARTED, () => state.opened(send));
          opened.on(RealtimeEvents.PARTIAL_TRANSCRIPT, (message) => {
            partialText = message.text.trim();
            state.partial(joined());
          });
          opened.on(RealtimeEvents.COMMITTED_TRANSCRIPT, (message) => {
            partialText = '';
            committedText = [committedText, message.text.trim()].filter(Boolean).join(' ');
            state.partial(committedText);
            if (awaitingCommit) state.committed(committedText);
          });
          opened.on(RealtimeEvents.CLOSE, () => state.fail(new ProviderError(PROVIDER, 'realtime transcription socket closed mid-stream', true)));
        })
        .catch((error: unknown) => state.fail(new ProviderError(PROVIDER, `realtime transcription did not connect: ${describeError(error)}`, true, { cause: error })));

      return {
        sendAudio(pcm) {
          const now = state.accept(pcm);
          if (now) send(now);
        },
        finish(signal, timeoutMs) {
          return state.finish(signal, timeoutMs, () => {
            awaitingCommit = true;
            connection?.commit();
          });
        },
        close: () => state.close(),
      };
    },
  };
}
