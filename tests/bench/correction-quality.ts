// Correction quality and latency of the local checker over labelled learner sentences.
// Called by `npm run bench` (tests/bench/foundation.ts) and `npm run bench:checker`
// (tests/bench/checker.ts); not a timed test. It reports counts only, never the sentences, so a
// held-out set can be measured without anybody reading it.
import type { LocalChecker } from '../../server/learning/checker';
import { learnerSentences, type LabelledSentence } from '../fixtures/learner-sentences';

interface Counts {
  sentences: number;
  withErrors: number;
  /** Sentences with errors whose corrected text equals the expected sentence. */
  fixed: number;
  /** Sentences with errors that were changed, but not into the expected sentence. */
  partlyFixed: number;
  /** Of those, how many the checker itself marked as a partial correction. */
  partlyFixedMarkedPartial: number;
  /** Sentences with errors left unchanged. */
  missed: number;
  correctSentences: number;
  /** Correct sentences that received at least one correction. */
  falseAlarms: number;
}

export interface CorrectionQuality extends Counts {
  latencyMs: { p50: number; p95: number };
  /** Per category, for sets whose sentences carry one. */
  byCategory?: Record<string, Counts>;
}

function percentile(sortedMs: readonly number[], fraction: number): number {
  const index = Math.min(sortedMs.length - 1, Math.ceil(fraction * sortedMs.length) - 1);
  return Math.round((sortedMs[Math.max(0, index)] ?? 0) * 1000) / 1000;
}

function emptyCounts(): Counts {
  return { sentences: 0, withErrors: 0, fixed: 0, partlyFixed: 0, partlyFixedMarkedPartial: 0, missed: 0, correctSentences: 0, falseAlarms: 0 };
}

type Outcome = 'fixed' | 'partlyFixed' | 'missed' | 'falseAlarm' | 'untouched';

function add(counts: Counts, expected: string | null, outcome: Outcome, markedPartial: boolean): void {
  counts.sentences += 1;
  if (expected === null) counts.correctSentences += 1;
  else counts.withErrors += 1;
  if (outcome === 'fixed') counts.fixed += 1;
  if (outcome === 'partlyFixed') {
    counts.partlyFixed += 1;
    if (markedPartial) counts.partlyFixedMarkedPartial += 1;
  }
  if (outcome === 'missed') counts.missed += 1;
  if (outcome === 'falseAlarm') counts.falseAlarms += 1;
}

export async function measureCorrections(
  checker: LocalChecker,
  sentences: readonly LabelledSentence[] = learnerSentences,
): Promise<CorrectionQuality> {
  // Warm-up: harper's first look at a text is slower than its steady state.
  for (const { text } of sentences) await checker.check(text, 'ko');

  const durationsMs: number[] = [];
  const total = emptyCounts();
  const byCategory: Record<string, Counts> = {};
  for (const { text, expected, category } of sentences) {
    const startedAt = performance.now();
    const result = await checker.check(text, 'ko');
    durationsMs.push(performance.now() - startedAt);
    let outcome: Outcome;
    if (expected === null) outcome = result.corrections.length > 0 ? 'falseAlarm' : 'untouched';
    else if (result.corrected === expected) outcome = 'fixed';
    else if (result.corrected === text) outcome = 'missed';
    else outcome = 'partlyFixed';
    // Read loosely so the benchmark also runs on a checker that has no such flag.
    const markedPartial = (result as { partial?: boolean }).partial === true;
    add(total, expected, outcome, markedPartial);
    if (category !== undefined) add((byCategory[category] ??= emptyCounts()), expected, outcome, markedPartial);
  }
  durationsMs.sort((a, b) => a - b);
  return {
    ...total,
    latencyMs: { p50: percentile(durationsMs, 0.5), p95: percentile(durationsMs, 0.95) },
    ...(Object.keys(byCategory).length > 0 ? { byCategory } : {}),
  };
}
