// Comparatives and superlatives: "more better" and "most biggest" (doubled), "more cheap" and
// "the most tall" (a short adjective takes -er / -est). Which words are comparatives, and the
// forms of short adjectives, come from compromise (lexicon/adjectives.ts).
import { isComparative, isSuperlative, shortAdjectiveForms } from '../lexicon/adjectives';
import { lexicalTags } from '../lexicon/word-classes';
import { findWithRegex, wordOfGroup, type LearnerRule } from './rule';

export const doubleComparativeRule: LearnerRule = {
  id: 'comparative.double',
  type: 'comparative',
  severity: 'moderate',
  find: ({ text }) => [
    ...findWithRegex(text, /\b(?<fix>more\s+(?<adjective>[a-z]+))\b/i, (m) => {
      const adjective = m.groups?.adjective ?? '';
      return isComparative(adjective) && !/^(?:more|less|other|rather)$/i.test(adjective) ? adjective : null;
    }),
    ...findWithRegex(text, /\b(?<fix>most\s+(?<adjective>[a-z]+))\b/i, (m) => {
      const adjective = m.groups?.adjective ?? '';
      return isSuperlative(adjective) && !/^(?:most|least)$/i.test(adjective) ? adjective : null;
    }),
  ],
};

// A short adjective before "than", a comma, the end, or a word that cannot be its noun ("more
// cold today", "more cheap at night"): "more cheap than", "is more easy." Before a noun "more"
// counts the noun instead ("more free time", "more young people").
const AFTER_COMPARED = String.raw`(?=\s+than\b|\s*[,.!?;]|\s*$|\s+(?:and|for|to|now|these|every|in|today|tonight|this|lately|recently|nowadays|but|because|so|when|at|with|after|since)\b)`;

export const shortAdjectiveRule: LearnerRule = {
  id: 'comparative.short-adjective',
  type: 'comparative',
  severity: 'moderate',
  find: ({ text }) => [
    ...findWithRegex(text, new RegExp(String.raw`(?<!\bthe\s+)\b(?<fix>more\s+(?<adjective>[a-z]+))${AFTER_COMPARED}`, 'i'), (m) => {
      const beforeThan = /^\s+than\b/i.test(text.slice(m.index + m[0].length));
      return shortAdjectiveForms(m.groups?.adjective ?? '', { alsoOtherWords: beforeThan })?.comparative ?? null;
    }),
    ...findWithRegex(text, new RegExp(String.raw`\bthe\s+(?<fix>most\s+(?<adjective>[a-z]+))\b`, 'i'), (m) => {
      return shortAdjectiveForms(m.groups?.adjective ?? '')?.superlative ?? null;
    }),
  ],
};

// "Seoul is most expensive city" -> "the most expensive city", "one of most famous singers" ->
// "one of the most famous": a superlative before a noun takes "the" (Korean has no articles).
// After be, "most" + an adjective alone can mean "very" ("She is most kind"), so a noun has to
// follow the adjective; "most likely" is an adverb.
export const superlativeTheRule: LearnerRule = {
  id: 'comparative.superlative-the',
  type: 'comparative',
  severity: 'moderate',
  find: (tagged) => [
    ...findWithRegex(tagged.text, /\bone\s+of\s+(?<fix>most)\s+(?<adjective>[a-z]+)\s+[a-z]+/i, (m) => {
      const adjective = wordOfGroup(tagged, m, 'adjective');
      // compromise also files "famous" as a noun ("the famous"): the tag in context decides.
      return adjective !== undefined && lexicalTags(adjective.text).has('Adjective') && adjective.tags.has('Adjective') && !adjective.tags.has('Noun') ? 'the most' : null;
    }),
    ...findWithRegex(tagged.text, /\b(?:is|was|are|were|['’]s|be|become|became)\s+(?<fix>most)\s+(?<adjective>[a-z]+)\s+(?<noun>[a-z]+)\b/i, (m) => {
      const adjective = wordOfGroup(tagged, m, 'adjective');
      const noun = wordOfGroup(tagged, m, 'noun');
      if (adjective === undefined || noun === undefined || /^(?:likely|certainly|definitely|probably|often|people|of)$/.test(adjective.text)) return null;
      const adjectiveTags = lexicalTags(adjective.text);
      if (!adjectiveTags.has('Adjective') || adjectiveTags.has('Noun') || adjectiveTags.has('Adverb')) return null;
      const nounTags = lexicalTags(noun.text);
      if (!noun.tags.has('Noun') || !nounTags.has('Noun') || nounTags.has('Pronoun') || noun.tags.has('Pronoun') || nounTags.has('Preposition')) return null;
      return 'the most';
    }),
    // "Lee was best player on the field" -> "the best player"; "best friends with", "best man" and
    // "best practice" are set phrases without "the".
    ...findWithRegex(tagged.text, /\b(?:is|was|are|were|['’]s|be|become|became)\s+(?<fix>(?<superlative>best|worst|[a-z]+est))\s+(?<noun>[a-z]+)\b/i, (m) => {
      const superlative = m.groups?.superlative ?? '';
      const noun = wordOfGroup(tagged, m, 'noun');
      if (!isSuperlative(superlative) || noun === undefined || /^(?:friends?|man|practices?|of|at|in|for|to|when|if|and|ever)$/i.test(noun.text)) return null;
      const nounTags = lexicalTags(noun.text);
      if (!noun.tags.has('Noun') || !nounTags.has('Noun') || nounTags.has('Pronoun') || nounTags.has('Preposition') || nounTags.has('Adverb')) return null;
      return `the ${superlative}`;
    }),
  ],
};
