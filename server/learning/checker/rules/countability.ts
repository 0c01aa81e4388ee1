// Countable and uncountable nouns: "informations", "many advice", "much people", "news are".
import { matchCase } from '../morphology';
import { COMMON_PLURAL_NOUNS, UNCOUNTABLE_NOUNS } from '../word-lists/uncountable-nouns';
import { findWithRegex, wordsPattern, type LearnerRule } from './rule';

const UNCOUNTABLE = wordsPattern(UNCOUNTABLE_NOUNS);

export const pluralUncountableRule: LearnerRule = {
  id: 'countability.plural-uncountable',
  type: 'countability',
  severity: 'moderate',
  find: (text) =>
    findWithRegex(text, new RegExp(`\\b(?<fix>(?<noun>${UNCOUNTABLE})s)\\b`, 'i'), (m) => m.groups?.noun ?? null),
};

export const manyUncountableRule: LearnerRule = {
  id: 'countability.many-uncountable',
  type: 'countability',
  severity: 'moderate',
  find: (text) =>
    findWithRegex(
      text,
      new RegExp(`(?<degree>\\b(?:so|too|how|as)\\s+)?\\b(?<fix>(?<many>many)\\s+(?<noun>${UNCOUNTABLE})s?)\\b`, 'i'),
      (m) => {
        const many = m.groups?.many ?? '';
        const noun = (m.groups?.noun ?? '').toLowerCase();
        // After "so", "too", "how" and "as" only "much" keeps the meaning; elsewhere "a lot of" sounds natural.
        return matchCase(many, m.groups?.degree === undefined ? `a lot of ${noun}` : `much ${noun}`);
      },
    ),
};

export const muchPluralRule: LearnerRule = {
  id: 'countability.much-plural',
  type: 'countability',
  severity: 'moderate',
  find: (text) =>
    findWithRegex(
      text,
      new RegExp(`\\b(?<fix>(?<there>there\\s+(?:is|was)\\s+)?(?<much>much)\\s+(?<noun>${wordsPattern(COMMON_PLURAL_NOUNS)}))\\b`, 'i'),
      (m) => {
        const many = `many ${m.groups?.noun ?? ''}`;
        const there = m.groups?.there;
        if (there === undefined) return matchCase(m.groups?.much ?? '', many);
        // "there is much people" needs a plural verb as well.
        return matchCase(there, `there ${/\bwas\b/i.test(there) ? 'were' : 'are'} ${many}`);
      },
    ),
};

const NEWS_VERBS: Record<string, string> = { are: 'is', were: 'was', have: 'has' };

export const newsSingularRule: LearnerRule = {
  id: 'countability.news-singular',
  type: 'countability',
  severity: 'moderate',
  find: (text) =>
    findWithRegex(text, /\bnews\s+(?<fix>are|were|have)\b/i, (m) => NEWS_VERBS[(m.groups?.fix ?? '').toLowerCase()] ?? null),
};
