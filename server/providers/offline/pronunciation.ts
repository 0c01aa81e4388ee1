// Offline pronunciation assessment from the transcript alone: without audio analysis it can only
// tell which reference words were said, missed, added or said as a different word. Scores are
// 0-100 like Azure's HundredMark grading so the client shows both the same way.
import type { PronunciationProvider, PronunciationResult, WordAssessment } from '../types';
import { alignWords, normaliseWords, wordScores } from '../../../shared/word-alignment';

const WEIGHTS = { accuracy: 0.5, fluency: 0.25, completeness: 0.25 } as const;

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((100 * part) / whole));

export function assessTranscript(referenceText: string, transcript: string): PronunciationResult {
  const reference = normaliseWords(referenceText);
  const aligned = alignWords(reference, normaliseWords(transcript));

  const words: WordAssessment[] = wordScores(aligned);

  // Accuracy is how well the reference words that were said came out; missing ones count in completeness.
  const spoken = words.filter((w) => w.error === 'none' || w.error === 'mispronunciation');
  const accuracy = spoken.length === 0 ? 0 : Math.round(spoken.reduce((sum, w) => sum + w.accuracy, 0) / spoken.length);
  const matched = words.filter((w) => w.error === 'none').length;
  const completeness = percent(matched, reference.length);
  const insertions = words.filter((w) => w.error === 'insertion').length;
  const omissions = words.filter((w) => w.error === 'omission').length;
  // Skipped and extra words are what a transcript shows of hesitation and restarts.
  const fluency = reference.length === 0 ? 0 : 100 - percent(insertions + omissions, reference.length + insertions);
  const pronunciation = Math.round(
    WEIGHTS.accuracy * accuracy + WEIGHTS.fluency * fluency + WEIGHTS.completeness * completeness,
  );
  return { accuracy, fluency, completeness, pronunciation, words };
}

export function createOfflinePronunciation(): PronunciationProvider {
  return {
    name: 'offline',
    live: false,
    async assess({ referenceText, transcript }, signal) {
      signal.throwIfAborted();
      return assessTranscript(referenceText, transcript);
    },
  };
}
