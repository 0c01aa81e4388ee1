// Notebook quality on sentence sets: keying (do two mistakes make one item?) and correct use
// (after a mistake, does a later sentence use the corrected form, repeat the mistake, or neither?).
// Both run the real local checker, as the conversation does. Only counts come out: the held-out
// sets are measured, never read.
import { parseSentences } from '../../../server/learning/review/language/sentence';
import { judgeUse } from '../../../server/learning/review/evidence';
import { patternOf } from '../../../server/learning/review/keying/pattern-of';
import type { LocalChecker } from '../../../server/learning/checker';
import type { Correction } from '../../../shared/corrections';
import { rewriteAsCorrection } from '../../support/rewrite';

export interface KeyingPair {
  a: string;
  b: string;
  same: boolean;
  /** The two sentences corrected, to key them as the LLM reports findings (no rule id). */
  fixed?: readonly [string, string];
}
export interface CorrectUseCase {
  mistake: string;
  correction: string;
  learnerSays: string;
  label: 'correct-use' | 'repeats-mistake' | 'not-used';
}

async function keyed(checker: LocalChecker, text: string) {
  const { corrections } = await checker.check(text, 'en');
  const sentences = parseSentences(text);
  return corrections.map((correction) => ({ correction, key: patternOf(text, correction, sentences).spec.key }));
}

/** The pairs' counts as a precision/recall summary. */
function keyingSummary(pairs: number, truePositives: number, falsePositives: number, falseNegatives: number, trueNegatives: number) {
  const ratio = (n: number, d: number) => (d === 0 ? null : Number((n / d).toFixed(3)));
  return {
    pairs,
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives,
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
  };
}

/**
 * Keying as the LLM reports findings: each sentence's one change to its corrected version (no
 * rule id, type "grammar"), for the pairs that give corrected versions. A sentence its correction
 * leaves as it is has no finding.
 */
export function measureLlmKeying(pairs: readonly KeyingPair[]) {
  const keyOf = (sentence: string, fixed: string) => {
    const change = rewriteAsCorrection(sentence, fixed);
    return change === null ? null : patternOf(sentence, change).spec.key;
  };
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const measured = pairs.filter((pair) => pair.fixed !== undefined);
  for (const pair of measured) {
    const a = keyOf(pair.a, pair.fixed![0]);
    const b = keyOf(pair.b, pair.fixed![1]);
    const same = a !== null && a === b;
    if (same) counts[pair.same ? 'tp' : 'fp']++;
    else counts[pair.same ? 'fn' : 'tn']++;
  }
  return keyingSummary(measured.length, counts.tp, counts.fp, counts.fn, counts.tn);
}

export async function measureKeying(checker: LocalChecker, pairs: readonly KeyingPair[]) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  let unflagged = 0;
  let splitDespiteFindings = 0;
  for (const pair of pairs) {
    const [a, b] = await Promise.all([keyed(checker, pair.a), keyed(checker, pair.b)]);
    if (a.length === 0 || b.length === 0) unflagged++;
    const keysOfA = new Set(a.map((k) => k.key));
    const same = b.some((k) => keysOfA.has(k.key));
    if (same && pair.same) truePositives++;
    else if (same) falsePositives++;
    else if (pair.same) {
      falseNegatives++;
      if (a.length > 0 && b.length > 0) splitDespiteFindings++;
    }
    else trueNegatives++;
  }
  return {
    ...keyingSummary(pairs.length, truePositives, falsePositives, falseNegatives, trueNegatives),
    /** Pairs where the checker flagged nothing in one sentence: keying cannot see what was not found. */
    pairsWithAnUnflaggedSentence: unflagged,
    /** Missed "same" pairs where the checker did flag both sentences: keying's own misses. */
    falseNegativesWithBothFlagged: splitDespiteFindings,
  };
}

/** The item a mistake makes: the checker's finding where the correction changed the sentence, else the change itself (as the LLM would report it). */
async function itemOf(checker: LocalChecker, mistake: string, correction: string) {
  const change = rewriteAsCorrection(mistake, correction);
  const { corrections } = await checker.check(mistake, 'en');
  const near = (c: Correction) => change !== null && c.start <= change.end && change.start <= c.end;
  const chosen = corrections.find(near) ?? change ?? corrections[0];
  if (chosen === undefined) return null;
  return { spec: patternOf(mistake, chosen).spec, fromChecker: chosen !== change };
}

export async function measureCorrectUse(checker: LocalChecker, cases: readonly CorrectUseCase[]) {
  let right = 0;
  let repeatsCountedAsCorrectUse = 0;
  let itemsFromChecker = 0;
  const confusion: Record<string, Record<string, number>> = {};
  for (const item of cases) {
    const built = await itemOf(checker, item.mistake, item.correction);
    let verdict: CorrectUseCase['label'] = 'not-used';
    if (built) {
      if (built.fromChecker) itemsFromChecker++;
      const later = await keyed(checker, item.learnerSays);
      if (later.some((k) => k.key === built.spec.key)) verdict = 'repeats-mistake';
      else {
        const evidence = judgeUse(built.spec, parseSentences(item.learnerSays), later.map((k) => k.correction));
        verdict = evidence === 'good' ? 'correct-use' : evidence === 'again' ? 'repeats-mistake' : 'not-used';
      }
    }
    if (verdict === item.label) right++;
    if (item.label === 'repeats-mistake' && verdict === 'correct-use') repeatsCountedAsCorrectUse++;
    confusion[item.label] ??= {};
    confusion[item.label]![verdict] = (confusion[item.label]![verdict] ?? 0) + 1;
  }
  return { cases: cases.length, accuracy: Number((right / cases.length).toFixed(3)), repeatsCountedAsCorrectUse, itemsFromChecker, confusion };
}
