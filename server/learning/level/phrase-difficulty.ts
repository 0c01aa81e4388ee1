// A practice phrase is as hard as its hardest word: its difficulty is the highest CEFR level among
// its content words (nouns, verbs, adjectives, adverbs, or an expression the lists hold whole,
// "climate change"), looked up the way the level estimate looks up a learner's words, so an unlisted
// word counts as C1. A phrase of function words only ("to them and for us") is A1.
import type { CefrLevel } from '../../../shared/review';
import { lexicalProfile } from './lexical';
import { CEFR_LEVELS, vocabularyProfile } from './vocabulary-profile';
import { UNLISTED_LEVEL } from './estimate';

export function phraseDifficulty(phrase: string): CefrLevel {
  const { contentWords } = lexicalProfile(vocabularyProfile(), phrase);
  const hardest = contentWords.reduce((max, word) => Math.max(max, word.level ?? UNLISTED_LEVEL), 0);
  return CEFR_LEVELS[hardest]!;
}
