// Correction quality and latency of the local checker over the labelled learner sentences.
// Called by `npm run bench` (tests/bench/foundation.ts); not a timed test.
import type { LocalChecker } from '../../server/learning/checker';
import { learnerSentences, type LabelledSentence } from '../fixtures/learner-sentences';

export interface CorrectionQuality {
  sentences: number;
  withErrors: number;
  /** Sentences with errors whose corrected text equals the expected sentence. */
  fixed: number;
  /** Sentences with errors that were changed, but not into the expected sentence. */
  partlyFixed: number;
  /** Sentences with errors left unchanged. */
  missed: number;
  correctSentences: number;
  /** Correct sentences that received at least one correction. */
  falseAlarms: number;
  latencyMs: { p50: number; p95: number };
}

function percentile(sortedMs: readonly number[], fraction: number): number {
  const index = Math.min(sortedMs.length - 1, Math.ceil(fraction * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] ?? 0;
}

export async function measureCorrections(
  checker: LocalChecker,
  sentences: readonly LabelledSentence[] = learnerSentences,
): Promise<CorrectionQuality> {
  // Warm-up: harper's first look at a text is slower than its steady state.
  for (const { text } of sentences) await checker.check(text, 'ko');

  const durationsMs: number[] = [];
  let fixed = 0;
  let partlyFixed = 0;
  let missed = 0;
  let falseAlarms = 0;
  for (const { text, expected } of sentences) {
    const startedAt = performance.now();
    const result = await checker.check(text, 'ko');
    durationsMs.push(performance.now() - startedAt);
    if (expected === null) {
      if (result.corrections.length > 0) falseAlarms += 1;
    } else if (result.corrected === expected) {
      fixed += 1;
    } else if (result.corrected === text) {
      missed += 1;
    } else {
      partlyFixed += 1;
    }
  }
  durationsMs.sort((a, b) => a - b);
  const withErrors = sentences.filter((s) => s.expected !== null).length;
  return {
    sentences: sentences.length,
    withErrors,
    fixed,
    partlyFixed,
    missed,
    correctSentences: sentences.length - withErrors,
    falseAlarms,
    latencyMs: { p50: percentile(durationsMs, 0.5), p95: percentile(durationsMs, 0.95) },
  };
}
