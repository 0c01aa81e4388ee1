// "Almost Koreans eat rice" -> "Almost all Koreans", "Most of people" -> "Most people" (Korean
// 대부분의 and 거의 모든 sit right before the noun). "almost" is an adverb and cannot quantify a
// noun; "most of" needs a determiner or a pronoun after it ("most of the students", "most of my
// friends", "most of them", "most of Korea"), so only a bare plural noun after it is flagged, and
// never in "make the most of".
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { lexicalTags } from '../lexicon/word-classes';
import { matchCase } from '../morphology';
import { findWithRegex, wordOfGroup, type LearnerRule } from './rule';
import { startsClause } from './subjects';

/** A plural noun as written: "students", "people", or a plural demonym ("Koreans", "Americans"). */
function barePluralNoun(tagged: TaggedText, word: TaggedWord | undefined): boolean {
  if (word === undefined) return false;
  // "most of students'" is a possessive before another noun.
  if (/^['’]/.test(tagged.text.slice(word.end))) return false;
  if (/^[A-Z][a-z]+(?:ians|eans|cans|ese)$/.test(word.text)) return lexicalTags(word.text).has('Plural') || /ans$/.test(word.text);
  if (word.text !== word.text.toLowerCase()) return false;
  const lexical = lexicalTags(word.text);
  return lexical.has('Noun') && lexical.has('Plural') && !lexical.has('Uncountable') && !lexical.has('Pronoun') && word.tags.has('Noun');
}

export const almostAllRule: LearnerRule = {
  id: 'grammar.almost-all',
  type: 'grammar',
  severity: 'moderate',
  find: (tagged) =>
    // Only where a clause starts: "It took almost hours" is rare, but "He almost students ..." is no use of it.
    findWithRegex(tagged.text, /\b(?<fix>[Aa]lmost)\s+(?<noun>[A-Za-z]+)\b/, (m) => {
      if (!startsClause(tagged.text, m.index)) return null;
      return barePluralNoun(tagged, wordOfGroup(tagged, m, 'noun')) ? `${m.groups?.fix ?? 'almost'} all` : null;
    }),
};

export const mostOfRule: LearnerRule = {
  id: 'grammar.most-of',
  type: 'grammar',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, /(?<!\bthe\s+)\b(?<fix>(?<most>[Mm]ost)\s+of)\s+(?<noun>[A-Za-z]+)\b/, (m) =>
      barePluralNoun(tagged, wordOfGroup(tagged, m, 'noun')) ? matchCase(m.groups?.most ?? '', 'most') : null,
    ),
};

// "The most of my classmates" -> "Most of": "the most" is a superlative ("the most of any city"),
// and a share of a group takes "most of" alone. Only at the start of a clause: "make the most of
// it" is English. "the half of his salary" -> "half of": half takes no "the" before "of", unless
// it is one of two halves ("the first half of", "the other half of").
export const theQuantityOfRule: LearnerRule = {
  id: 'grammar.the-most-of',
  type: 'grammar',
  severity: 'moderate',
  find: (tagged) => [
    ...findWithRegex(tagged.text, /\b(?<fix>[Tt]he\s+(?<most>most))\s+of\s+(?:my|your|his|her|our|their|the|these|those|them|us)\b/, (m) =>
      startsClause(tagged.text, m.index) ? matchCase(m.groups?.fix ?? '', 'most') : null,
    ),
    ...findWithRegex(tagged.text, /\b(?<fix>[Tt]he\s+half)\s+of\s+(?:my|your|his|her|our|their|the|these|those|them|us|it)\b/, (m) => matchCase(m.groups?.fix ?? '', 'half')),
  ],
};
