// Articles learners leave out: "I am student", "my father is engineer" -> "a student", "an
// engineer". Korean has no articles, so a job or role after "am/is/was" comes out bare.
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { lexicalTags } from '../lexicon/word-classes';
import { matchCase } from '../morphology';
import { JOBS } from './prepositions';
import { findAtWords, findWithRegex, type LearnerRule, type RuleMatch } from './rule';

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
      // "I'm thinking of buying": the progressive, not a noun.
      if (/ing$/.test(word) && own.has('Verb')) return null;
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
  'software', 'news', 'research', 'money', 'rice', 'knowledge', 'permission', 'behavior', 'behaviour', 'fun',
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

// "a same phone case" -> "the same": "same" points at one known thing, so it always takes "the".
export const aSameRule: LearnerRule = {
  id: 'article.a-same',
  type: 'article',
  severity: 'minor',
  find: ({ text }) => findWithRegex(text, /\b(?<fix>an?)\s+same\b/i, (m) => matchCase(m.groups?.fix ?? '', 'the')),
};

// "plays the soccer" -> "plays soccer", "go to work by the subway" -> "by subway": sports and the
// "by" of a means of transport take no article ("play the piano" does: instruments are left out).
// Not before a noun the sport or vehicle describes ("the soccer team", "by the bus stop").
const SPORTS = String.raw`(?:soccer|football|baseball|basketball|tennis|golf|volleyball|badminton|table\s+tennis|ping-pong|hockey|rugby|cricket|softball|squash|bowling|chess)`;
const VEHICLES = String.raw`(?:bus|subway|train|taxi|car|plane|bike|bicycle|ferry|ship|school\s+bus|metro|KTX|motorcycle)`;
const NO_NOUN_AFTER = String.raw`(?![-'’])(?=\s*[.!?,;]|\s*$|\s+(?:with|at|in|on|after|before|every|to|from|and|but|because|when|today|yesterday|tomorrow|on|for|together|again|usually|now|last|this|since)\b)`;

export const noArticleRule: LearnerRule = {
  id: 'article.no-article',
  type: 'article',
  severity: 'minor',
  find: ({ text }) => [
    ...findWithRegex(text, new RegExp(String.raw`\b(?:play|plays|played|playing)\s+(?<fix>the\s+)${SPORTS}\b${NO_NOUN_AFTER}`, 'i'), () => ''),
    // After a verb of going: "hit by the bus" is the bus itself.
    ...findWithRegex(text, new RegExp(String.raw`\b(?:go|goes|went|going|come|comes|came|coming|travel\w*|commut\w*|get|gets|got|getting)\b(?:\s+[\w'’]+){0,4}?\s+by\s+(?<fix>the\s+)${VEHICLES}\b${NO_NOUN_AFTER}`, 'i'), () => ''),
  ],
};

// "works as nurse" -> "as a nurse": a job after "as" is counted like after "is".
export const asJobArticleRule: LearnerRule = {
  id: 'article.as-job',
  type: 'article',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, new RegExp(String.raw`\b(?:work|works|worked|working|job|hired|employed)\s+as\s+(?<fix>${JOBS})\b(?![-'’s])`, 'i'), (m) => {
      const job = m.groups?.fix ?? '';
      return /^[aeiou]/i.test(job) ? `an ${job}` : `a ${job}`;
    }),
};

// "Can you give me other chance?" -> "another chance": "other" before a singular countable noun
// needs a determiner ("the other day", "no other choice"), and "an" + "other" is "another".
// Not before a plural or a mass noun ("other people", "other information"), and only as the
// object of a verb ending its phrase: "with other test frameworks", "for other computation" name
// kinds of things, a compound or a mass noun "other" often reads as.
const PHRASE_END = /^(?:\s*[.!?,;:]|\s*$|\s+(?:in|at|on|for|with|to|from|tonight|today|tomorrow|now|please|instead|again|too|here|there)\b)/i;

export const otherAnotherRule: LearnerRule = {
  id: 'article.another',
  type: 'article',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, /\b(?<verb>[a-z]+)\s+(?<fix>other)\s+(?<noun>[a-z]+)\b(?![-'’])/, (m) => {
      const verb = tagged.wordAt(m.indices.groups!.verb![0]);
      const noun = tagged.wordAt(m.indices.groups!.noun![0]);
      if (verb === undefined || !(verb.tags.has('Verb') || /^(?:me|you|him|her|us|them)$/.test(verb.text)) || verb.tags.has('Auxiliary') || verb.tags.has('Copula')) return null;
      if (noun === undefined || !noun.tags.has('Noun') || !noun.tags.has('Singular') || noun.tags.has('Adjective') || !PHRASE_END.test(tagged.text.slice(noun.end))) return null;
      const own = lexicalTags(noun.text);
      if (!own.has('Noun') || own.has('Uncountable') || own.has('Plural') || own.has('Adjective') || NEVER_COUNTED.has(noun.text)) return null;
      return matchCase(m.groups?.fix ?? '', 'another');
    }),
};
