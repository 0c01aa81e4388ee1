// Pronunciation scores from Azure's short-audio speech REST API with Pronunciation Assessment.
import { z } from 'zod';
import { ProviderError } from '../errors';
import { asProviderFailure, providerErrorFromResponse } from '../resilient';
import type { AudioInput, PronunciationProvider, PronunciationResult, WordAssessment } from '../types';

export interface AzurePronunciationOptions {
  key: string;
  /** e.g. eastus; ignored when `endpoint` is given. */
  region?: string;
  /** Overrides https://{region}.stt.speech.microsoft.com (a loopback fake in tests). */
  endpoint?: string;
  /** Default en-US. */
  language?: string;
  fetch?: typeof fetch;
}

const PROVIDER = 'azure';
const PATH = '/speech/recognition/conversation/cognitiveservices/v1';

const Score = z.number().min(0).max(100);
const Word = z.object({
  Word: z.string(),
  AccuracyScore: Score.optional(),
  ErrorType: z.enum(['None', 'Omission', 'Insertion', 'Mispronunciation']).optional(),
  PronunciationAssessment: z.object({ AccuracyScore: Score.optional(), ErrorType: z.string().optional() }).optional(),
});
const Scores = z.object({
  AccuracyScore: Score,
  FluencyScore: Score,
  CompletenessScore: Score,
  PronScore: Score,
});
const Best = z.object({
  Words: z.array(Word).default([]),
  AccuracyScore: Score.optional(),
  FluencyScore: Score.optional(),
  CompletenessScore: Score.optional(),
  PronScore: Score.optional(),
  PronunciationAssessment: Scores.optional(),
});
const Answer = z.object({ RecognitionStatus: z.string(), NBest: z.array(Best).optional() });

const ERRORS: Record<string, WordAssessment['error']> = {
  None: 'none',
  Omission: 'omission',
  Insertion: 'insertion',
  Mispronunciation: 'mispronunciation',
};

/** Azure wants WAV/PCM or Ogg/Opus; MediaRecorder's WebM is not accepted. */
function contentTypeFor(audio: AudioInput): string {
  if (audio.mimeType.startsWith('audio/wav') || audio.mimeType.startsWith('audio/x-wav')) {
    return 'audio/wav; codecs=audio/pcm; samplerate=16000';
  }
  if (audio.mimeType.startsWith('audio/ogg')) return 'audio/ogg; codecs=opus';
  throw new ProviderError(PROVIDER, `audio type ${audio.mimeType} is not supported; send 16 kHz WAV`, false);
}

/** Scores sit on NBest[0] in the REST answer, under PronunciationAssessment in the SDK's JSON. */
function toResult(best: z.infer<typeof Best>): PronunciationResult {
  const scores = best.PronunciationAssessment ?? Scores.parse(best);
  return {
    accuracy: scores.AccuracyScore,
    fluency: scores.FluencyScore,
    completeness: scores.CompletenessScore,
    pronunciation: scores.PronScore,
    words: best.Words.map((w) => ({
      word: w.Word,
      accuracy: w.AccuracyScore ?? w.PronunciationAssessment?.AccuracyScore ?? 0,
      error: ERRORS[w.ErrorType ?? w.PronunciationAssessment?.ErrorType ?? 'None'] ?? 'none',
    })),
  };
}

export function createAzurePronunciation(options: AzurePronunciationOptions): PronunciationProvider {
  const endpoint = (options.endpoint ?? `https://${options.region}.stt.speech.microsoft.com`).replace(/\/$/, '');
  const language = options.language ?? 'en-US';
  const doFetch = options.fetch ?? fetch;
  return {
    name: PROVIDER,
    live: true,
    async assess(input, signal) {
      if (!input.audio) throw new ProviderError(PROVIDER, 'no audio to assess', false);
      const assessment = {
        ReferenceText: input.referenceText,
        GradingSystem: 'HundredMark',
        Granularity: 'Phoneme',
        Dimension: 'Comprehensive',
        EnableMiscue: true,
      };
      try {
        const response = await doFetch(`${endpoint}${PATH}?language=${encodeURIComponent(language)}&format=detailed`, {
          method: 'POST',
          headers: {
            'Ocp-Apim-Subscription-Key': options.key,
            'Content-Type': contentTypeFor(input.audio),
            'Pronunciation-Assessment': Buffer.from(JSON.stringify(assessment)).toString('base64'),
            Accept: 'application/json',
          },
          body: new Uint8Array(input.audio.audio),
          signal,
        });
        if (!response.ok) throw await providerErrorFromResponse(PROVIDER, response);
        const answer = Answer.parse(await response.json());
        const best = answer.NBest?.[0];
        if (answer.RecognitionStatus !== 'Success' || !best) {
          throw new ProviderError(PROVIDER, `nothing recognised (${answer.RecognitionStatus})`, false);
        }
        return toResult(best);
      } catch (error) {
        throw asProviderFailure(PROVIDER, error, signal);
      }
    },
  };
}
