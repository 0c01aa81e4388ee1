// Speech to text with OpenAI's transcription endpoint (gpt-4o-mini-transcribe by default).
import type OpenAI from 'openai';
import { toFile } from 'openai';
import { extensionOf } from '../../media/mime';
import { ProviderError } from '../errors';
import { asProviderFailure } from '../resilient';
import type { AudioInput, SttProvider } from '../types';

export interface OpenAiSttOptions {
  client: OpenAI;
  /** gpt-4o-mini-transcribe, gpt-4o-transcribe or whisper-1. */
  model: string;
}


/** The endpoint guesses the codec from the file name, so name the upload after its MIME type. */
function fileNameFor(mimeType: string): string {
  return `speech.${extensionOf(mimeType) ?? 'webm'}`;
}

export function createOpenAiStt({ client, model }: OpenAiSttOptions): SttProvider {
  return {
    name: 'openai',
    live: true,
    async transcribe(input: AudioInput, signal: AbortSignal) {
      if (input.mimeType.startsWith('audio/pcm')) {
        throw new ProviderError('openai', 'raw PCM is not accepted by the transcription endpoint; send WAV', false);
      }
      try {
        const file = await toFile(input.audio, fileNameFor(input.mimeType), { type: input.mimeType.split(';')[0] });
        const result = await client.audio.transcriptions.create(
          { file, model, ...(input.language ? { language: input.language } : {}) },
          { signal },
        );
        if (typeof result.text !== 'string') throw new ProviderError('openai', 'malformed answer: no text', false);
        return { text: result.text.trim() };
      } catch (error) {
        throw asProviderFailure('openai', error, signal);
      }
    },
  };
}
