// "There is" agrees with the noun after it: "There is many problems" -> "There are",
// "There are a problem" -> "There is".
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { lexicalTags } from '../lexicon/word-classes';
import { matchCase } from '../morphology';
import { findWithRegex, type LearnerRule } from './rule';

const PLURAL_QUANTIFIERS = /^(?:many|several|few|both|two|three|four|five|six|seven|eight|nine|ten|twenty|hundreds|thousands|lots|dozens|[2-9]|\d{2,})$/i;
const MAX_WORDS_TO_HEAD = 4;

/** The noun phrase after "there is": plural, singular, or unknown (a list, a mass noun, a clause). */
function numberAfter(tagged: TaggedText, offset: number): 'plural' | 'singular' | undefined {
  let word: TaggedWord | undefined = tagged.words.find((w) => w.start >= offset);
  for (let steps = 0; word !== undefined && steps < MAX_WORDS_TO_HEAD; steps++) {
    const lower = word.text.toLowerCase();
    if (PLURAL_QUANTIFIERS.test(lower)) {
      // keep reading towards the noun
    } else if (lower === 'a' || lower === 'an' || lower === 'one') {
      const next = tagged.next(word);
      // "a lot of", "a few", "a number of" are quantifiers, not "a" + noun.
      if (!next || !/^(?:lot|few|number|couple|dozen)$/i.test(next.text)) return nounAfterArticle(tagged, next);
    } else if (/^(?:of|some|no|any|more|other|such)$/.test(lower) || word.tags.has('Adjective') || lower === 'lot' || lower === 'few' || lower === 'couple' || lower === 'number') {
      // keep reading towards the noun
    } else if (word.tags.has('Noun') && !word.tags.has('Pronoun')) {
      const lexical = lexicalTags(word.text);
      if (lexical.has('Plural') && !lexical.has('Uncountable')) return followedByAnd(tagged, word) ? undefined : 'plural';
      // "any good Korean restaurants": a noun that describes the next one (a nationality, "chicken soup").
      const next = tagged.next(word);
      if (next === undefined || !next.tags.has('Noun') || next.tags.has('Pronoun') || !/^\s+$/.test(tagged.text.slice(word.end, next.start))) return undefined;
    } else {
      return undefined;
    }
    word = tagged.next(word);
  }
  return undefined;
}

/** "a problem" is singular; "a book and a pen" is a list, left alone. */
function nounAfterArticle(tagged: TaggedText, word: TaggedWord | undefined): 'singular' | undefined {
  for (let steps = 0; word !== undefined && steps < 3; steps++) {
    if (word.tags.has('Noun') && !word.tags.has('Adjective')) {
      const lexical = lexicalTags(word.text);
      if (lexical.has('Plural')) return undefined;
      return followedByAnd(tagged, word) ? undefined : 'singular';
    }
    if (!word.tags.has('Adjective') && !word.tags.has('Adverb')) return undefined;
    word = tagged.next(word);
  }
  return undefined;
}

function followedByAnd(tagged: TaggedText, word: TaggedWord): boolean {
  const next = tagged.next(word);
  return next !== undefined && /^(?:and|or)$/i.test(next.text);
}

const TO_PLURAL: Record<string, string> = { is: 'are', was: 'were', "isn't": "aren't", "wasn't": "weren't", "'s": 'are', '’s': 'are' };

export const thereIsPluralRule: LearnerRule = {
  id: 'agreement.there-is-plural',
  type: 'agreement',
  severity: 'major',
  find: (tagged) => [
    ...findWithRegex(tagged.text, /\b(?<fix>(?<there>[Tt]here)(?:\s+|(?=['’]))(?<verb>is|was|isn't|wasn't|['’]s))\s+(?<rest>\S)/, (m) => {
      const rest = m.indices.groups?.rest;
      if (rest === undefined || numberAfter(tagged, rest[0]) !== 'plural') return null;
      const plural = TO_PLURAL[(m.groups?.verb ?? '').toLowerCase()];
      return plural === undefined ? null : `${m.groups?.there ?? 'there'} ${plural}`;
    }),
    // "Is there many ...?"
    ...findWithRegex(tagged.text, /\b(?<fix>[Ii]s|[Ww]as)\s+there\s+(?<rest>\S)/, (m) => {
      const rest = m.indices.groups?.rest;
      if (rest === undefined || numberAfter(tagged, rest[0]) !== 'plural') return null;
      const verb = m.groups?.fix ?? '';
      return matchCase(verb, verb.toLowerCase() === 'is' ? 'are' : 'were');
    }),
  ],
};

export const thereAreSingularRule: LearnerRule = {
  id: 'agreement.there-are-singular',
  type: 'agreement',
  severity: 'major',
  find: (tagged) =>
    findWithRegex(tagged.text, /\b[Tt]here\s+(?<fix>are|were|aren't|weren't)\s+(?<rest>an?\s)/, (m) => {
      const rest = m.indices.groups?.rest;
      if (rest === undefined || numberAfter(tagged, rest[0]) !== 'singular') return null;
      const verb = (m.groups?.fix ?? '').toLowerCase();
      return { are: 'is', were: 'was', "aren't": "isn't", "weren't": "wasn't" }[verb] ?? null;
    }),
};
