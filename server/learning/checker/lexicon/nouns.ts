// Number and countability of nouns, from compromise's lexicon and its inflection.
import { model, transforms } from './compromise';
import { lexicalTags } from './word-classes';

// compromise files these as uncountable, but each has an everyday plural ("foods", "waters",
// "times", "histories"), so "-s" on them is no learner error.
const ALSO_COUNTABLE = new Set([
  'food', 'water', 'wine', 'tea', 'cheese', 'bread', 'meat', 'fish', 'sugar', 'salt', 'hair', 'skin', 'wood', 'time',
  'history', 'currency', 'dynasty', 'commentary', 'pressure', 'grass', 'acid', 'gum', 'soap', 'sand', 'silk', 'steel',
  'tin', 'liver', 'cards', 'treatise', 'interstate', 'coral', 'vapor', 'fate', 'earth', 'fiction', 'literature',
  'confusion', 'education', 'leather', 'wool', 'vinegar', 'cotton', 'honey', 'butter', 'ice', 'premises', 'troops',
  'bass', 'cold', 'appeal court', 'gene pool', 'violence', 'coal', 'oil', 'glass', 'paper',
]);

// Nouns compromise files as ordinary count nouns whose everyday reading is a mass ("a lot of
// work", "so much stress"): a quantifier before them does not ask for a plural.
const USUALLY_MASS = new Set([
  'work', 'stress', 'noise', 'damage', 'help', 'trouble', 'energy', 'attention', 'space', 'experience', 'practice',
  'success', 'love', 'fun', 'power', 'light', 'exercise', 'sleep', 'rain', 'snow', 'weather', 'business', 'data',
]);

/** A noun that is a mass in its usual reading, whether or not it also has a plural. */
export function isMassNoun(noun: string): boolean {
  const lower = noun.toLowerCase();
  return (lexicalTags(lower).has('Uncountable') && !SAME_WORD_PLURALS.has(lower)) || USUALLY_MASS.has(lower);
}

// Count nouns whose plural is the same word ("many sheep", "two series"); compromise files them
// with the uncountable ones.
const SAME_WORD_PLURALS = new Set([
  'sheep', 'deer', 'fish', 'moose', 'bison', 'salmon', 'trout', 'tuna', 'cod', 'halibut', 'aircraft', 'spacecraft',
  'series', 'species', 'means', 'headquarters', 'crossroads', 'barracks', 'offspring', 'dice', 'jellyfish',
]);

/** An uncountable noun in its only form ("information", "advice", "furniture"). */
export function isUncountable(noun: string): boolean {
  const lower = noun.toLowerCase();
  return lexicalTags(lower).has('Uncountable') && !ALSO_COUNTABLE.has(lower) && !SAME_WORD_PLURALS.has(lower);
}

/** A noun whose plural is the word itself ("sheep", "series"). */
export function isSameWordPlural(noun: string): boolean {
  return SAME_WORD_PLURALS.has(noun.toLowerCase());
}

export function pluralOf(noun: string): string {
  return transforms.noun.toPlural(noun.toLowerCase(), model);
}

export function singularOf(noun: string): string {
  return transforms.noun.toSingular(noun.toLowerCase(), model);
}

/** The uncountable noun a wrong plural was made from ("informations" -> "information"), if it is one. */
export function uncountableOfPlural(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s') || isUncountable(lower)) return undefined;
  const singular = singularOf(lower);
  // "readings", "paintings", "earnings": a noun made from a verb counts its occasions.
  if (singular.endsWith('ing')) return undefined;
  return singular !== lower && isUncountable(singular) ? singular : undefined;
}
