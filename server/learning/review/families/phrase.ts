// A phrase the learner saved from a page ("plant rice"): not a mistake, a phrase to use.
// Correct use: the phrase's words appear in order, in any form ("planted rice"); there is no
// mistake to make.
import { parseSentences, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type Use } from './family';
import { findSequence } from './generic';

export const phraseParams = (phrase: string): PatternParams => ({ words: parseSentences(phrase).flat().map((t) => t.lemma) });

function uses(tokens: readonly Token[], params: PatternParams): Use[] {
  return findSequence(tokens, params.words ?? [], 'lemma').map(([a, b]) => useOf('correct', tokens[a]!, tokens[b]!));
}

export const phraseFamily: PatternFamily = { id: 'phrase', recognise: () => null, uses };
