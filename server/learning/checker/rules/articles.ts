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
      // "at he's house" is "his house" (pronoun.contraction-as-possessive): no "is" after a preposition.
      const beforeBe = tagged.previous(be);
      if (CONTRACTED_PERSON_BE.test(be.text) && beforeBe !== undefined && /^(?:with|at|of|to|in|into|on|from|about|by)$/i.test(beforeBe.text)) return null;
      // A countable singular noun, by its own lexicon entry and in the sentence: not an
      // adjective ("I am happy"), a verb form or a mass noun.
      const own = lexicalTags(word);
      if (!own.has('Noun') || own.has('Adjective') || own.has('Uncountable') || own.has('Plural')) return null;
      if (!noun.tags.has('Noun') || noun.tags.has('Plural') || noun.tags.has('Uncountable') || noun.tags.has('ProperNoun') || noun.tags.has('Adjective')) return null;
      if (!endsPhrase(tagged.text, noun, tagged.next(noun))) return null;
      return { start: noun.start, end: noun.end, replacement: `${articleFor(word)} ${word}` };
    }),
};

// "a good advice" -> "good advice", "a terrible weather" -> "terrible weather": nouns that are
// only uncountable take no "a" (Korean has no articles, and 충고 or 날씨 is counted freely). Only
// a closed list of nouns that have no count reading ("a good time", "a great deal", "a love of
// music" and "a knowledge of" do), after up to two adjectives, and only when the phrase ends there
// ("an advice column", "a homework assignment" are compounds). "a little advice" measures.
const NEVER_COUNTED = new Set([
  'advice', 'information', 'weather', 'furniture', 'luggage', 'baggage', 'homework', 'housework', 'equipment', 'evidence',
  'traffic', 'scenery', 'vocabulary', 'feedback', 'progress', 'luck', 'garbage', 'trash', 'jewelry', 'jewellery', 'machinery',
  'software', 'news', 'research', 'money', 'rice', 'knowledge', 'permission', 'behavior', 'behaviour',
]);
// These have a count reading with an adjective ("a wide knowledge of", "a good behavior plan" is
// caught as a compound anyway); only bare after "a".
const COUNTED_WITH_ADJECTIVE = new Set(['vocabulary', 'knowledge', 'research']);
const MEASURING_ADJECTIVES = /^(?:little|bit|few|lot|whole|certain)$/i;
const PHRASE_END_AFTER_NOUN = /^(?:\s*(?:[.!?,;:]|$)|\s+(?:about|on|for|from|to|in|at|during|with|and|but|so|because|today|yesterday|this|last|when|while)\b)/i;

export const uncountableArticleRule: LearnerRule = {
  id: 'article.a-uncountable',
  type: 'article',
  severity: 'moderate',
  find: (tagged) =>
    findAtWords(tagged, (article): RuleMatch | null => {
      if (!/^an?$/i.test(article.text)) return null;
      const adjectives: TaggedWord[] = [];
      let word = tagged.next(article);
      while (word !== undefined && adjectives.length < 2 && !NEVER_COUNTED.has(word.text) && (word.tags.has('Adjective') || /^(?:very|really|so|quite)$/i.test(word.text)) && !word.tags.has('Noun')) {
        adjectives.push(word);
        word = tagged.next(word);
      }
      if (word === undefined || !NEVER_COUNTED.has(word.text)) return null;
      if (adjectives.some((adjective) => MEASURING_ADJECTIVES.test(adjective.text))) return null;
      if (adjectives.length > 0 && COUNTED_WITH_ADJECTIVE.has(word.text)) return null;
      // "a knowledge of" is English: "of" does not end the phrase.
      if (!PHRASE_END_AFTER_NOUN.test(tagged.text.slice(word.end))) return null;
      const first = tagged.next(article)!;
      if (!/^\s+$/.test(tagged.text.slice(article.end, first.start))) return null;
      // At the start of a sentence the next word takes the capital.
      const capital = /^A/.test(article.text);
      const rest = tagged.text.slice(first.start, word.end);
      return { start: article.start, end: word.end, replacement: capital ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest };
    }),
};
