// A practice attempt, from the recording to its score: "say" is stored, transcribed when it came
// without words, and scored per word by the pronunciation provider; "use" is checked and judged.
// The phrase's meaning comes from a live LLM when one is configured.
import type { NativeLanguage } from '../../../shared/corrections';
import { ATTEMPT_AUDIO_MIME_TYPE, ATTEMPT_AUDIO_SAMPLE_RATE, type CreateAttemptBody } from '../../../shared/phrases';
import type { PracticePhrase } from '../../db/generated/client';
import { AppError } from '../../http/errors';
import { readWavFormat } from '../../media/riff-wav';
import type { AudioInput, PhraseToExplain } from '../../providers/types';
import { estimateAudioSeconds } from '../../security/audio-duration';
import type { Services } from '../../services';
import { judgeUse, sayScore } from './judge';
import { useFeedback } from './feedback';

export interface Learner {
  id: string;
  nativeLanguage: NativeLanguage;
}

export interface Recording {
  audio: AudioInput;
  seconds: number;
}

/**
 * A "say" attempt's recording, checked before anything is spent on it: the 16 kHz mono 16-bit WAV
 * the pronunciation vendor is told it gets, within the length limit, with a transcript or a live
 * speech-to-text to make one.
 */
export function checkRecording(services: Services, attempt: CreateAttemptBody): Recording | null {
  if (!attempt.audio) return null;
  const { providers, config } = services;
  const bytes = new Uint8Array(Buffer.from(attempt.audio.data, 'base64'));
  const format = readWavFormat(bytes);
  const usable = format?.audioFormat === 1 && format.channels === 1 && format.sampleRate === ATTEMPT_AUDIO_SAMPLE_RATE && format.bitsPerSample === 16;
  if (!usable) throw new AppError('validation_failed', 'audio.data: not a 16 kHz mono 16-bit PCM WAV file.');
  if (attempt.transcript === undefined && !providers.stt.live) {
    throw new AppError('validation_failed', 'transcript: Required: this server has no speech-to-text to transcribe the recording.');
  }
  const seconds = Math.ceil(estimateAudioSeconds(bytes, ATTEMPT_AUDIO_MIME_TYPE));
  if (seconds > config.MAX_AUDIO_SEC) {
    throw new AppError('turn_too_long', `audio: a recording can be at most ${config.MAX_AUDIO_SEC} seconds (this one is about ${seconds}).`);
  }
  return { audio: { audio: bytes, mimeType: ATTEMPT_AUDIO_MIME_TYPE, language: 'en' }, seconds };
}

async function transcribe(services: Services, audio: AudioInput, signal: AbortSignal): Promise<string> {
  const { providers, logger } = services;
  try {
    return (await providers.stt.transcribe(audio, signal)).text.trim();
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'practice recording not transcribed');
    throw new AppError('service_unavailable', 'Your recording could not be turned into text. Please type what you said, or try again.');
  }
}

/** Scores an attempt: what was said, the score and the kind's own details, stored as the attempt's json. */
export async function assessAttempt(
  services: Services,
  learner: Learner,
  phrase: PracticePhrase,
  attempt: CreateAttemptBody,
  recording: Recording | null,
  signal: AbortSignal,
) {
  const { providers, checker, media } = services;
  if (attempt.kind === 'say') {
    // Stored before any vendor is called, like a spoken turn's audio.
    const audioUrl = recording ? await media.save(learner.id, recording.audio.audio, recording.audio.mimeType) : undefined;
    const transcript = attempt.transcript ?? (recording ? await transcribe(services, recording.audio, signal) : '');
    const result = await providers.pronunciation.assess(
      { referenceText: phrase.englishText, transcript, audio: recording?.audio },
      signal,
    );
    const { accuracy, fluency, completeness, words } = result;
    return { transcript, score: sayScore(result), details: { accuracy, fluency, completeness, words, ...(audioUrl ? { audioUrl } : {}) } };
  }
  // The body's schema requires a transcript for "use".
  const transcript = attempt.transcript ?? '';
  const language = learner.nativeLanguage;
  const check = await checker.check(transcript, language);
  const judgement = judgeUse(phrase.englishText, transcript, check);
  return {
    transcript,
    score: judgement.score,
    details: {
      usedPhrase: judgement.usedPhrase,
      verdict: judgement.verdict,
      corrected: check.corrected,
      corrections: check.corrections,
      feedback: useFeedback(judgement, phrase.englishText, language),
    },
  };
}

const MEANING_TIMEOUT_MS = 8_000;

/** The phrase's meaning in the learner's language from a live LLM; null offline or on failure (saving never waits on it to fail). */
export async function phraseMeaning(services: Services, phrase: PhraseToExplain) {
  if (!services.providers.llm.live) return null;
  try {
    return await services.providers.llm.explainPhrase(phrase, AbortSignal.timeout(MEANING_TIMEOUT_MS));
  } catch (error) {
    services.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'phrase meaning unavailable');
    return null;
  }
}
