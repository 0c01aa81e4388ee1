// Streaming speech to text with OpenAI's Realtime API in transcription mode
// (wss://…/v1/realtime?intent=transcription). The SDK's OpenAIRealtimeWS of openai 6 always puts a
// `model` in the URL, which the API refuses for a transcription session ("You must not provide a
// model parameter for transcription sessions"), and openai 7 (which knows the intent) needs Node
// 22; so this is a small client over `ws`, typed with the SDK's own event types. The audio goes
// at 24 kHz (the only rate pcm16 takes), resampled from what the panel captures. The vendor's
// server VAD commits phrases while the learner speaks (their transcription deltas are the live
// captions); the end of the turn commits the rest, and the final text is every phrase in order.
import WebSocket from 'ws';
import type {
  RealtimeClientEvent,
  RealtimeServerEvent,
  RealtimeTranscriptionSessionCreateRequest,
} from 'openai/resources/realtime/realtime';
import { Pcm16Resampler } from '../../media/pcm';
import { ProviderError } from '../errors';
import { StreamingSessionState } from '../streaming/session-state';
import type { StreamingSttOptions, StreamingSttProvider, StreamingSttSession } from '../types';

const PROVIDER = 'openai';
const VENDOR_RATE = 24_000;

export interface OpenAiRealtimeSttOptions {
  apiKey: string;
  /** The REST base URL (https://api.openai.com/v1 or a loopback fake's …/v1); the socket is its /realtime. */
  baseURL?: string;
  /** gpt-4o-mini-transcribe or gpt-4o-transcribe. */
  model: string;
}

export function realtimeUrl(baseURL = 'https://api.openai.com/v1'): string {
  const url = new URL(`${baseURL.replace(/\/+$/, '')}/realtime`);
  url.protocol = url.protocol === 'http:' ? 'ws:' : 'wss:';
  url.searchParams.set('intent', 'transcription');
  return url.toString();
}

/** One committed phrase of the turn: its deltas so far, then its completed text. */
interface Phrase {
  itemId: string;
  text: string;
  completed: boolean;
}

export function createOpenAiRealtimeStt({ apiKey, baseURL, model }: OpenAiRealtimeSttOptions): StreamingSttProvider {
  const url = realtimeUrl(baseURL);
  return {
    name: PROVIDER,
    live: true,
    open(options: StreamingSttOptions): StreamingSttSession {
      const socket = new WebSocket(url, { headers: { authorization: `Bearer ${apiKey}` } });
      const state = new StreamingSessionState(PROVIDER, options, () => socket.terminate());
      const resampler = new Pcm16Resampler(options.sampleRate, VENDOR_RATE);
      const phrases: Phrase[] = [];
      let finishing = false;
      /** The end-of-turn commit was answered (committed, or nothing left to commit). */
      let lastCommitAnswered = false;
      const text = () => phrases.map((p) => p.text.trim()).filter(Boolean).join(' ');
      const sendEvent = (event: RealtimeClientEvent) => socket.send(JSON.stringify(event));
      const sendPcm = (pcm: Uint8Array) => {
        const resampled = resampler.push(pcm);
        if (resampled.length > 0) sendEvent({ type: 'input_audio_buffer.append', audio: Buffer.from(resampled).toString('base64') });
      };
      const settleIfDone = () => {
        if (finishing && lastCommitAnswered && phrases.every((p) => p.completed)) state.committed(text());
      };
      const phraseOf = (itemId: string) => {
        let phrase = phrases.find((p) => p.itemId === itemId);
        if (!phrase) phrases.push((phrase = { itemId, text: '', completed: false }));
        return phrase;
      };

      socket.on('open', () => {
        const session: RealtimeTranscriptionSessionCreateRequest = {
          type: 'transcription',
          audio: {
            input: {
              format: { type: 'audio/pcm', rate: VENDOR_RATE },
              transcription: { model, ...(options.language ? { language: options.language } : {}) },
              turn_detection: { type: 'server_vad', silence_duration_ms: 500, prefix_padding_ms: 300 },
            },
          },
        };
        sendEvent({ type: 'session.update', session });
        state.opened(sendPcm);
      });
      socket.on('message', (data) => {
        let event: RealtimeServerEvent;
        try {
          event = JSON.parse(data.toString()) as RealtimeServerEvent;
        } catch {
          return state.fail(new ProviderError(PROVIDER, 'malformed realtime event', false));
        }
        switch (event.type) {
          case 'input_audio_buffer.committed':
            phraseOf(event.item_id);
            if (finishing) lastCommitAnswered = true;
            return settleIfDone();
          case 'conversation.item.input_audio_transcription.delta':
            phraseOf(event.item_id).text += event.delta ?? '';
            return state.partial(text());
          case 'conversation.item.input_audio_transcription.completed': {
            const phrase = phraseOf(event.item_id);
            phrase.text = event.transcript;
            phrase.completed = true;
            state.partial(text());
            return settleIfDone();
          }
          case 'conversation.item.input_audio_transcription.failed':
            return state.fail(new ProviderError(PROVIDER, `transcription failed: ${event.error.message ?? 'unknown'}`, true));
          case 'error':
            // The end-of-turn commit finds nothing left when the server VAD committed it all already.
            if (finishing && event.error.code === 'input_audio_buffer_commit_empty') {
              lastCommitAnswered = true;
              return settleIfDone();
            }
            return state.fail(new ProviderError(PROVIDER, `realtime error: ${event.error.message}`, event.error.type === 'server_error'));
          default:
            return;
        }
      });
      socket.on('error', (error) => state.fail(new ProviderError(PROVIDER, `realtime transcription socket: ${error.message}`, true, { cause: error })));
      socket.on('close', () => state.fail(new ProviderError(PROVIDER, 'realtime transcription socket closed mid-stream', true)));

      return {
        sendAudio(pcm) {
          const now = state.accept(pcm);
          if (now) sendPcm(now);
        },
        finish(signal, timeoutMs) {
          return state.finish(signal, timeoutMs, () => {
            finishing = true;
            sendEvent({ type: 'input_audio_buffer.commit' });
          });
        },
        close: () => state.close(),
      };
    },
  };
}
