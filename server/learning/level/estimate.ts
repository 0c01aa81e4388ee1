// The learner's CEFR level, estimated from what they said and typed, in three explainable steps:
//
// 1. Vocabulary. Each content word (noun, verb, adjective, adverb; see lexical.ts) gets its level
//    in the CEFR-J Wordlist (A1-B2) or the Octanove C1/C2 profile. A word neither list has counts
//    as C1: the lists hold the ~10,000 words a learner meets up to C2, so what lies beyond them is
//    mostly rare, advanced vocabulary ("litigation", "pragmatic"). The lexical level is the lowest
//    level whose words cover at least 90% of the learner's content-word tokens. (95%, the figure
//    from reading research, put plain B1 talk at B2 in our graded texts: almost every B1 sentence
//    holds one B2 word, "colleague", "pandemic", "energy".)
// 2. Sentence length. Mean words per sentence places the talk on its own scale (under 7 words
//    A1, under 10 A2, under 14 B1, under 18 B2, else C1). When that is two or more levels below
//    the vocabulary, the estimate goes one level down (advanced words in fragments); two or more
//    above, one level up.
// 3. Errors. The corrections found in those messages, per 100 words: one level down for every 10
//    (at most two levels).
//
// Below MIN_WORDS words there is no level (null, confidence 0). Confidence then grows with the
// words the estimate rests on: 1 - e^(-words/500), so 50 words give 0.1, 500 words 0.63, 1,500
// words 0.95 (its ceiling).
import type { CefrLevel } from '../../../shared/review';
import { lexicalProfile } from './lexical';
import { CEFR_LEVELS, type LevelIndex, type VocabularyProfile } from './vocabulary-profile';

export const MIN_WORDS = 50;
export const COVERAGE = 0.9;
const SENTENCE_LENGTH_BANDS = [7, 10, 14, 18]; // upper bounds (exclusive) of A1, A2, B1, B2
const ERRORS_PER_LEVEL = 10;
const MAX_ERROR_STEPS = 2;
const MAX_CONFIDENCE = 0.95;
export const UNLISTED_LEVEL: LevelIndex = 4; // C1

/** What one message contributes; additive, so messages can be analysed once and summed per week. */
export interface TextFeatures {
  words: number;
  sentences: number;
  /** Content-word tokens per level, A1..C2; unlisted words are counted as C1. */
  contentByLevel: [number, number, number, number, number, number];
  unlisted: number;
}

export interface LevelBreakdown {
  level: CefrLevel | null;
  confidence: number;
  basedOnWords: number;
  /** The steps, for whoever asks why. */
  lexicalLevel: CefrLevel | null;
  wordsPerSentence: number;
  errorsPer100Words: number;
  contentWords: number;
  unlistedWords: number;
}

export const NO_FEATURES: TextFeatures = { words: 0, sentences: 0, contentByLevel: [0, 0, 0, 0, 0, 0], unlisted: 0 };

export function featuresOf(profile: VocabularyProfile, text: string): TextFeatures {
  const lexical = lexicalProfile(profile, text);
  const contentByLevel: TextFeatures['contentByLevel'] = [0, 0, 0, 0, 0, 0];
  let unlisted = 0;
  for (const word of lexical.contentWords) {
    if (word.level === null) unlisted++;
    contentByLevel[word.level ?? UNLISTED_LEVEL]++;
  }
  return { words: lexical.words, sentences: lexical.sentences, contentByLevel, unlisted };
}

export function addFeatures(a: TextFeatures, b: TextFeatures): TextFeatures {
  return {
    words: a.words + b.words,
    sentences: a.sentences + b.sentences,
    contentByLevel: a.contentByLevel.map((n, i) => n + b.contentByLevel[i]!) as TextFeatures['contentByLevel'],
    unlisted: a.unlisted + b.unlisted,
  };
}

function lexicalLevel(contentByLevel: TextFeatures['contentByLevel']): LevelIndex | null {
  const total = contentByLevel.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  let covered = 0;
  for (let level = 0; level < contentByLevel.length; level++) {
    covered += contentByLevel[level]!;
    if (covered / total >= COVERAGE) return level as LevelIndex;
  }
  return 5;
}

const sentenceLengthLevel = (wordsPerSentence: number) => {
  const band = SENTENCE_LENGTH_BANDS.findIndex((limit) => wordsPerSentence < limit);
  return band < 0 ? SENTENCE_LENGTH_BANDS.length : band;
};

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

export const confidenceFor = (words: number) => (words < MIN_WORDS ? 0 : round(Math.min(MAX_CONFIDENCE, 1 - Math.exp(-words / 500)), 2));

/** The estimate from summed features and the number of corrections found in the same messages. */
export function estimateFromFeatures(features: TextFeatures, errors: number): LevelBreakdown {
  const wordsPerSentence = features.sentences ? features.words / features.sentences : 0;
  const errorsPer100Words = features.words ? (errors / features.words) * 100 : 0;
  const lexical = lexicalLevel(features.contentByLevel);
  const base = {
    basedOnWords: features.words,
    lexicalLevel: lexical === null ? null : CEFR_LEVELS[lexical],
    wordsPerSentence: round(wordsPerSentence, 1),
    errorsPer100Words: round(errorsPer100Words, 1),
    contentWords: features.contentByLevel.reduce((sum, n) => sum + n, 0),
    unlistedWords: features.unlisted,
  };
  if (features.words < MIN_WORDS || lexical === null) return { ...base, level: null, confidence: 0 };
  const lengthGap = sentenceLengthLevel(wordsPerSentence) - lexical;
  const lengthStep = lengthGap <= -2 ? -1 : lengthGap >= 2 ? 1 : 0;
  const errorSteps = Math.min(MAX_ERROR_STEPS, Math.floor(errorsPer100Words / ERRORS_PER_LEVEL));
  const level = Math.max(0, Math.min(5, lexical + lengthStep - errorSteps));
  return { ...base, level: CEFR_LEVELS[level]!, confidence: confidenceFor(features.words) };
}

/** The estimate of a set of texts, each with the number of corrections found in it. */
export function estimateLevel(profile: VocabularyProfile, samples: readonly { text: string; errors: number }[]): LevelBreakdown {
  let features = NO_FEATURES;
  let errors = 0;
  for (const sample of samples) {
    features = addFeatures(features, featuresOf(profile, sample.text));
    errors += sample.errors;
  }
  return estimateFromFeatures(features, errors);
}
