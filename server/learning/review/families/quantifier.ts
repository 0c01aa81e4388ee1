// A number or quantifier takes a plural noun ("three tomatoes", "several apartments"), and so does
// "one of" ("one of my friends"). Two items: quantifier + plural, one of + plural.
// Correct use: the quantifier (two, 3, many, several, a few, both, these, those...) or "one of
// (the/my)" followed, past adjectives, by a plural noun; a mistake: by a singular countable noun.
import type { Edit } from '../keying/edit';
import { isPluralNoun, isSingularNoun, isUncountable } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

const QUANTIFIERS = new Set(['many', 'several', 'few', 'both', 'these', 'those', 'various', 'numerous', 'multiple', 'couple']);
const NOT_PLURAL_NUMBERS = new Set(['one', '1', 'a', 'an']);

const isQuantifier = (token: Token | undefined) =>
  token !== undefined && !NOT_PLURAL_NUMBERS.has(token.word) && (QUANTIFIERS.has(token.word) || (hasTag(token, 'Cardinal') && !hasTag(token, 'Year')));

/** The noun a quantifier at `i` counts, past adjectives ("three big tomatoes"), or -1. */
function countedNoun(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j <= i + 3 && hasTag(tokens[j], 'Adjective') && !hasTag(tokens[j], 'Noun')) j++;
  return hasTag(tokens[j], 'Noun') && !hasTag(tokens[j], 'Pronoun') && !hasTag(tokens[j], 'Value') ? j : -1;
}

/** After "one of": the index of the noun, past a determiner or possessive and adjectives, or -1. */
function nounAfterOneOf(tokens: readonly Token[], of: number): number {
  let j = of + 1;
  if (hasTag(tokens[j], 'Determiner') || hasTag(tokens[j], 'Possessive')) j++;
  return countedNoun(tokens, j - 1);
}

function isOneOf(tokens: readonly Token[], i: number) {
  return tokens[i]?.word === 'of' && tokens[i - 1]?.word === 'one';
}

/** "a lot of", "lots of", "plenty of": the quantifier is the phrase before "of". */
const OF_QUANTIFIERS = new Set(['lot', 'lots', 'plenty']);
/** How far back "one of" may stand from its noun: "one of the most popular Korean dish". */
const ONE_OF_REACH = 7;

function quantifierBefore(left: readonly Token[]): Token | undefined {
  const near = left.slice(-3);
  const of = near.findIndex((t, k) => t.word === 'of' && OF_QUANTIFIERS.has(near[k - 1]?.word ?? ''));
  if (of > 0) return near[of - 1];
  return [...near].reverse().find((t) => isQuantifier(t));
}

function recognise({ removed, added, left }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined) return null;
  if (r0.lemma !== a0.lemma && r0.word !== a0.lemma) return null;
  if (!isSingularNoun(r0) || !(isPluralNoun(a0) || a0.word.endsWith('s'))) return null;
  // Only determiners, possessives and adjectives may stand between "one of" and its noun.
  const context = left.slice(-ONE_OF_REACH);
  const ofAt = context.findLastIndex((t, k) => t.word === 'of' && context[k - 1]?.word === 'one');
  const between = ofAt >= 0 ? context.slice(ofAt + 1) : [];
  if (ofAt >= 0 && between.every((t) => hasTag(t, 'Determiner') || hasTag(t, 'Possessive') || hasTag(t, 'Adjective') || hasTag(t, 'Adverb'))) {
    return { family: 'one-of-plural', key: 'one-of-plural', pattern: 'one of + singular noun → one of + plural noun', corrected: `one of ... ${a0.word}`, params: {} };
  }
  const quantifier = quantifierBefore(left);
  if (quantifier === undefined) return null;
  return {
    family: 'quantifier-plural',
    key: 'quantifier-plural',
    pattern: 'number / quantifier + singular noun → plural noun',
    corrected: OF_QUANTIFIERS.has(quantifier.word) ? `${quantifier.word === 'lot' ? 'a lot' : quantifier.word} of ${a0.word}` : `${quantifier.word} ${a0.word}`,
    params: {},
  };
}

function judge(tokens: readonly Token[], from: Token, nounAt: number): Use | null {
  const noun = tokens[nounAt];
  if (noun === undefined || isUncountable(noun.lemma)) return null;
  if (isPluralNoun(noun)) return useOf('correct', from, noun);
  // "two-year", "three hundred", a compound ("three bus stops") has its plural on the next noun.
  if (hasTag(tokens[nounAt + 1], 'Noun') && !hasTag(tokens[nounAt + 1], 'Pronoun')) return null;
  return isSingularNoun(noun) ? useOf('mistake', from, noun) : null;
}

function quantifierUses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i) => {
    if (!isQuantifier(token) || isOneOf(tokens, i + 1)) return [];
    const use = judge(tokens, token, countedNoun(tokens, i));
    return use ? [use] : [];
  });
}

function oneOfUses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i) => {
    if (!isOneOf(tokens, i)) return [];
    const use = judge(tokens, tokens[i - 1]!, nounAfterOneOf(tokens, i));
    return use ? [use] : [];
  });
}

export const quantifierPluralFamily: PatternFamily = { id: 'quantifier-plural', recognise, uses: quantifierUses };
export const oneOfPluralFamily: PatternFamily = { id: 'one-of-plural', recognise, uses: oneOfUses };
