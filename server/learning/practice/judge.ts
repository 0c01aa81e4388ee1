// Scores practice attempts. Saying a phrase is scored by the pronunciation provider's overall
// figure; using it in a sentence by whether the phrase is there, right, and in a sentence of the
// learner's own, less a little for each other mistake the checker finds.
import type { CheckResult, Correction, Severity } from '../../../shared/corrections';
import type { UseVerdict } from '../../../shared/phrases';
import type { PronunciationResult } from '../../providers/types';
import { findPhraseUse, hasPlaceholder, tokenize } from './phrase-match';

export interface UseJudgement {
  usedPhrase: boolean;
  verdict: UseVerdict;
  score: number;
  /** Mistakes outside the phrase, for the feedback line. */
  otherMistakes: number;
}

const PENALTY: Record<Severity, number> = { minor: 5, moderate: 10, major: 15 };
/** Starting score and lowest score per verdict: a wrong phrase never outscores a right one. */
const SCORE_RANGE: Record<UseVerdict, readonly [number, number]> = {
  correct: [100, 60],
  phrase_error: [60, 30],
  phrase_only: [30, 30],
  not_used: [0, 0],
};

const clampScore = (value: number) => Math.max(0, Math.min(100, Math.round(value)));

export function sayScore(result: PronunciationResult): number {
  return clampScore(result.pronunciation);
}

function verdictOf(transcript: string, phrase: string, check: CheckResult, span: { start: number; end: number } | null): UseVerdict {
  if (!span) return findPhraseUse(check.corrected, phrase) ? 'phrase_error' : 'not_used';
  const ownWords = tokenize(transcript).filter((t) => t.end <= span.start || t.start >= span.end);
  // Filling in "someone" or "something" is already the learner's own words.
  if (ownWords.length === 0 && !hasPlaceholder(phrase)) return 'phrase_only';
  const inPhrase = check.corrections.some((c) => c.start < span.end && c.end > span.start);
  return inPhrase ? 'phrase_error' : 'correct';
}

export function judgeUse(phrase: string, transcript: string, check: CheckResult): UseJudgement {
  const span = findPhraseUse(transcript, phrase);
  const verdict = verdictOf(transcript, phrase, check, span);
  const outside = (c: Correction) => !span || c.end <= span.start || c.start >= span.end;
  const others = check.corrections.filter(outside);
  const [start, floor] = SCORE_RANGE[verdict];
  const penalty = others.reduce((sum, c) => sum + PENALTY[c.severity], 0);
  return {
    usedPhrase: span !== null,
    verdict,
    score: clampScore(Math.max(floor, start - penalty)),
    otherMistakes: others.length,
  };
}
