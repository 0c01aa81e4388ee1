// Double comparatives and superlatives: "more better", "most biggest".
import { ONE_WORD_COMPARATIVES, ONE_WORD_SUPERLATIVES } from '../word-lists/comparatives';
import { findWithRegex, wordsPattern, type LearnerRule } from './rule';

export const doubleComparativeRule: LearnerRule = {
  id: 'comparative.double',
  type: 'comparative',
  severity: 'moderate',
  find: (text) => [
    ...findWithRegex(
      text,
      new RegExp(`\\b(?<fix>more\\s+(?<adjective>${wordsPattern(ONE_WORD_COMPARATIVES)}))\\b`, 'i'),
      (m) => m.groups?.adjective ?? null,
    ),
    ...findWithRegex(
      text,
      new RegExp(`\\b(?<fix>most\\s+(?<adjective>${wordsPattern(ONE_WORD_SUPERLATIVES)}))\\b`, 'i'),
      (m) => m.groups?.adjective ?? null,
    ),
  ],
};
