// Scores a drill answer against the sentence it asks for, with the same word alignment the
// practice card's "Say it" is scored with offline (shared/word-alignment.ts), and maps the score
// to the rating the notebook's scheduler takes.
//
// The score is the mean of the per-word scores (100 a word said, a near spelling its
// similarity, a missed or added word 0). Thresholds:
//   again   the corrected words are not all there, or the removed word is back (the same mistake),
//           or the score is below 65
//   hard    65 to 84 (nearly there: a word or two off)
//   good    85 to 99 (right, with a slip such as a typo)
//   easy    100 (word for word)
import type { ReviewExample, ReviewItemView, ReviewRating } from '../../shared/review';
import type { WordResult } from '../../shared/phrases';
import { alignWords, normaliseWords, wordScores, type AlignedWord } from '../../shared/word-alignment';

export const RATING_THRESHOLDS = { easy: 100, good: 85, hard: 65 } as const;

export interface DrillTarget {
  /** What the learner is asked to say. */
  reference: string;
  /** Their own sentence with the mistake, when the item came from one. */
  original: string | null;
  /** Their recording of that sentence, when they spoke it. */
  audioUrl: string | null;
}

export interface DrillScore {
  score: number;
  rating: ReviewRating;
  words: WordResult[];
  /** The answer repeats the mistake the item is about. */
  sameMistake: boolean;
}

/**
 * A mistake is drilled as the learner's own sentence corrected; a phrase as the phrase itself.
 * The own sentence shown is the example the corrected sentence corrects (the server keeps the
 * corrected form of the latest one), found as the example closest to it word by word.
 */
export function drillTarget(item: Pick<ReviewItemView, 'kind' | 'corrected' | 'correctedSentence' | 'examples'>): DrillTarget {
  if (item.kind === 'phrase' || !item.correctedSentence) return { reference: item.corrected, original: null, audioUrl: null };
  const example = closestExample(item.correctedSentence, item.examples);
  return { reference: item.correctedSentence, original: example?.text ?? null, audioUrl: example?.audioUrl ?? null };
}

function closestExample(sentence: string, examples: readonly ReviewExample[]): ReviewExample | undefined {
  const reference = normaliseWords(sentence);
  let best: { example: ReviewExample; score: number } | undefined;
  for (const example of examples) {
    const score = meanScore(wordScores(alignWords(reference, normaliseWords(example.text))));
    // Ties go to the later example (examples come oldest first).
    if (!best || score >= best.score) best = { example, score };
  }
  return best?.example;
}

const meanScore = (words: readonly WordResult[]) => (words.length === 0 ? 0 : words.reduce((sum, w) => sum + w.accuracy, 0) / words.length);

export function ratingFor(score: number, sameMistake: boolean): ReviewRating {
  if (sameMistake || score < RATING_THRESHOLDS.hard) return 'again';
  if (score < RATING_THRESHOLDS.good) return 'hard';
  if (score < RATING_THRESHOLDS.easy) return 'good';
  return 'easy';
}

export function scoreDrillAnswer(target: Pick<DrillTarget, 'reference' | 'original'>, answer: string): DrillScore {
  const reference = normaliseWords(target.reference);
  const aligned = alignWords(reference, normaliseWords(answer));
  const words = wordScores(aligned);
  const score = Math.round(meanScore(words));
  const sameMistake = target.original !== null && repeatsMistake(alignWords(reference, normaliseWords(target.original)), aligned);
  return { score, rating: ratingFor(score, sameMistake), words, sameMistake };
}

/**
 * What the correction changed, read off the alignment of the corrected sentence with the
 * learner's own: reference words their sentence did not have exactly (the fix), and words it had
 * in excess (removed by the fix, e.g. "to" in "enjoyed to read"), each at its place.
 */
function repeatsMistake(original: readonly AlignedWord[], answer: readonly AlignedWord[]): boolean {
  const fixed = new Set<number>();
  const removed = new Set<string>();
  walk(original, (entry, at) => {
    if (entry.kind === 'insertion') removed.add(`${at}:${entry.spoken}`);
    else if (entry.kind !== 'match') fixed.add(at);
  });
  let repeated = false;
  const said = new Set<number>();
  walk(answer, (entry, at) => {
    if (entry.kind === 'match') said.add(at);
    if (entry.kind === 'insertion' && removed.has(`${at}:${entry.spoken}`)) repeated = true;
  });
  return repeated || [...fixed].some((at) => !said.has(at));
}

/** Visits each aligned word with its reference index (for an added word: the index it stands before). */
function walk(aligned: readonly AlignedWord[], visit: (entry: AlignedWord, at: number) => void): void {
  let at = 0;
  for (const entry of aligned) {
    visit(entry, at);
    if (entry.kind !== 'insertion') at += 1;
  }
}
