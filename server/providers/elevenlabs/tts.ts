// Text to speech with ElevenLabs' streamed, timestamped endpoint: each chunk carries audio and the
// character timings the avatar's mouth follows. Default output is MP3 (44.1 kHz, 128 kbit/s),
// which every browser decodes; pcm_16000 / pcm_24000 give raw 16-bit PCM instead.
import type { ElevenLabs, ElevenLabsClient } from '@elevenlabs/elevenlabs-js';
import { asProviderFailure } from '../resilient';
import type { Alignment, SpeechChunk, TtsProvider } from '../types';

export type ElevenLabsOutputFormat = ElevenLabs.TextToSpeechStreamWithTimestampsRequestOutputFormat;

export interface ElevenLabsTtsOptions {
  client: ElevenLabsClient;
  voiceId: string;
  /** e.g. eleven_flash_v2_5 (lowest latency). */
  modelId: string;
  /** Default mp3_44100_128. */
  outputFormat?: ElevenLabsOutputFormat;
}

export const DEFAULT_OUTPUT_FORMAT: ElevenLabsOutputFormat = 'mp3_44100_128';

const PROVIDER = 'elevenlabs';

export function mimeTypeFor(outputFormat: string): string {
  const pcmRate = /^pcm_(\d+)$/.exec(outputFormat)?.[1];
  if (pcmRate) return `audio/pcm;rate=${pcmRate}`;
  if (outputFormat.startsWith('mp3_')) return 'audio/mpeg';
  if (outputFormat.startsWith('opus_')) return 'audio/ogg;codecs=opus';
  if (outputFormat.startsWith('ulaw_')) return 'audio/basic';
  return 'application/octet-stream';
}

function toAlignment(alignment: ElevenLabs.CharacterAlignmentResponseModel | undefined): Alignment | undefined {
  if (!alignment) return undefined;
  return {
    characters: alignment.characters,
    startTimesSec: alignment.characterStartTimesSeconds,
    endTimesSec: alignment.characterEndTimesSeconds,
  };
}

export function createElevenLabsTts(options: ElevenLabsTtsOptions): TtsProvider {
  const outputFormat = options.outputFormat ?? DEFAULT_OUTPUT_FORMAT;
  const mimeType = mimeTypeFor(outputFormat);
  return {
    name: PROVIDER,
    live: true,
    async *synthesize(input, signal): AsyncGenerator<SpeechChunk> {
      try {
        const stream = await options.client.textToSpeech.streamWithTimestamps(
          input.voiceId ?? options.voiceId,
          { text: input.text, modelId: options.modelId, outputFormat },
          { abortSignal: signal, maxRetries: 0 },
        );
        for await (const chunk of stream) {
          yield { audio: Buffer.from(chunk.audioBase64, 'base64'), mimeType, alignment: toAlignment(chunk.alignment) };
        }
      } catch (error) {
        throw asProviderFailure(PROVIDER, error, signal);
      }
    },
  };
}
