// Articles learners leave out: "I am student", "my father is engineer" -> "a student", "an
// engineer". Korean has no articles, so a job or role after "am/is/was" comes out bare.
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { lexicalTags } from '../lexicon/word-classes';
import { findAtWords, type LearnerRule, type RuleMatch } from './rule';

const SINGULAR_BE = /^(?:am|is|was)$/i;
const CONTRACTED_PERSON_BE = /^(?:i['’]m|he['’]s|she['’]s)$/i;
const PERSON_SUBJECTS = /^(?:i|he|she)$/i;
const POSSESSIVES = /^(?:my|his|her|our|their|your)$/i;
// After these the noun ends its phrase: "I am student.", "she is teacher at a school".
const PHRASE_ENDS = /^(?:in|at|from|of|for|and|but|so|now|then|too|here|there|because)$/i;
// Nouns that stand after be without an article: "I am home", "it is time".
const BARE_AFTER_BE = new Set(['home', 'time', 'fun', 'part', 'friends', 'enough', 'alone', 'back', 'bed', 'school', 'work', 'church', 'class', 'vegetarian', 'vegan']);

const endsPhrase = (text: string, noun: TaggedWord, next: TaggedWord | undefined) =>
  next === undefined || PHRASE_ENDS.test(next.text) || /^\s*[.,!?;:]/.test(text.slice(noun.end, next.start));

/** A person before be: "I", "he", "she", or "my father", "her sister". */
function personBefore(tagged: TaggedText, be: TaggedWord): boolean {
  const subject = tagged.previous(be);
  if (subject === undefined) return false;
  if (PERSON_SUBJECTS.test(subject.text)) return true;
  const possessive = tagged.previous(subject);
  return possessive !== undefined && POSSESSIVES.test(possessive.text) && lexicalTags(subject.text).has('Actor');
}

const articleFor = (noun: string) => (/^(?:uni|use|usu|eu|one)/i.test(noun) ? 'a' : /^(?:[aeiou]|hour|honest)/i.test(noun) ? 'an' : 'a');

export const missingArticleRule: LearnerRule = {
  id: 'article.missing-a',
  type: 'article',
  severity: 'moderate',
  find: (tagged) =>
    findAtWords(tagged, (noun): RuleMatch | null => {
      const word = noun.text;
      if (word !== word.toLowerCase() || !/^[a-z]+$/.test(word) || BARE_AFTER_BE.has(word)) return null;
      const be = tagged.previous(noun);
      if (be === undefined) return null;
      // "I'm student" is one word for compromise; "I am student" two.
      if (!CONTRACTED_PERSON_BE.test(be.text) && !(SINGULAR_BE.test(be.text) && personBefore(tagged, be))) return null;
      // A countable singular noun, by its own lexicon entry and in the sentence: not an
      // adjective ("I am happy"), a verb form or a mass noun.
      const own = lexicalTags(word);
      if (!own.has('Noun') || own.has('Adjective') || own.has('Uncountable') || own.has('Plural')) return null;
      if (!noun.tags.has('Noun') || noun.tags.has('Plural') || noun.tags.has('Uncountable') || noun.tags.has('ProperNoun') || noun.tags.has('Adjective')) return null;
      if (!endsPhrase(tagged.text, noun, tagged.next(noun))) return null;
      return { start: noun.start, end: noun.end, replacement: `${articleFor(word)} ${word}` };
    }),
};
