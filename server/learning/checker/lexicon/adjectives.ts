// Comparatives and superlatives, from compromise's lexicon and its adjective inflection.
import { model, transforms } from './compromise';
import { lexicalTags } from './word-classes';

/** One-word comparatives: "better", "bigger", "easier". */
export function isComparative(word: string): boolean {
  const lower = word.toLowerCase();
  if (lexicalTags(lower).has('Comparative')) return true;
  const base = transforms.adjective.fromComparative(lower, model);
  return base !== lower && lexicalTags(base).has('Adjective') && transforms.adjective.toComparative(base, model) === lower;
}

/** One-word superlatives: "best", "biggest", "easiest". */
export function isSuperlative(word: string): boolean {
  const lower = word.toLowerCase();
  if (lexicalTags(lower).has('Superlative')) return true;
  const base = transforms.adjective.fromSuperlative(lower, model);
  return base !== lower && lexicalTags(base).has('Adjective') && transforms.adjective.toSuperlative(base, model) === lower;
}

// One-syllable adjectives that still compare with "more" ("more real", "more fun").
const COMPARED_WITH_MORE = new Set(['real', 'right', 'wrong', 'fun', 'just', 'like', 'apt', 'worth', 'due', 'ill', 'glad', 'afraid', 'alive', 'alone', 'aware']);

function syllables(word: string): number {
  const groups = word.replace(/e$/, '').match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(groups, 1);
}

/**
 * The -er and -est forms of a short adjective ("cheap" -> cheaper, cheapest; "easy" -> easier),
 * which take no "more" or "most"; undefined for adjectives that do ("expensive", "tired").
 */
export function shortAdjectiveForms(word: string, { alsoOtherWords = false } = {}): { comparative: string; superlative: string } | undefined {
  const lower = word.toLowerCase();
  const tags = lexicalTags(lower);
  // "more work", "more cold": a word that can be a noun or a verb too is only read as an
  // adjective where the caller knows it is one (before "than").
  if (!tags.has('Adjective') || (!alsoOtherWords && (tags.has('Verb') || tags.has('Noun'))) || COMPARED_WITH_MORE.has(lower)) return undefined;
  if (/(?:ed|ing|ful|ous|ive|al|ic|ish|less|ant|ent)$/.test(lower)) return undefined;
  const count = syllables(lower);
  if (count > 2 || (count === 2 && !/[^aeiou]y$/.test(lower))) return undefined;
  const comparative = transforms.adjective.toComparative(lower, model);
  const superlative = transforms.adjective.toSuperlative(lower, model);
  if (!comparative.endsWith('er') || !superlative.endsWith('est')) return undefined;
  return { comparative, superlative };
}
