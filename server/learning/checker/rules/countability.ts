// Countable and uncountable nouns: "informations", "many advice", "much people", "news are",
// a singular noun after a quantifier or a number ("three apartment", "one of my friend"), and
// "peoples" for "people".
// Which nouns are uncountable, singular or plural comes from compromise (lexicon/nouns.ts).
import { matchCase } from '../morphology';
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { isMassNoun, isUncountable, pluralOf, singularOf, uncountableOfPlural } from '../lexicon/nouns';
import { lexicalTags } from '../lexicon/word-classes';
import { findWithRegex, wordOfGroup, type LearnerRule, type RuleMatch as Match } from './rule';

const atSentenceStart = (tagged: TaggedText, word: TaggedWord): boolean => /(?:^|[.!?]\s+)$/.test(tagged.text.slice(0, word.start));

/** The word is a wrong plural of an uncountable noun, read as a noun here; the noun it should be. */
function uncountableIn(tagged: TaggedText, word: TaggedWord | undefined): string | undefined {
  if (word === undefined) return undefined;
  // A capital inside a sentence marks a name; at its start, any word has one.
  if (word.text !== word.text.toLowerCase() && !(atSentenceStart(tagged, word) && /^[A-Z][a-z]+$/.test(word.text))) return undefined;
  // "He researches history": a verb after its subject, not a noun ("more softwares" is one).
  const previous = tagged.previous(word);
  if (word.tags.has('Verb') && !word.tags.has('Noun') && previous !== undefined && (previous.tags.has('Pronoun') || (previous.tags.has('Noun') && !previous.tags.has('Possessive')))) return undefined;
  return uncountableOfPlural(word.text);
}

const COUNT_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|both|\d+)$/i;

export const pluralUncountableRule: LearnerRule = {
  id: 'countability.plural-uncountable',
  type: 'countability',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, /(?:\b(?<count>two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|both|\d+)\s+)?\b(?<noun>[A-Za-z]+s)\b/, (m) => {
      const noun = uncountableIn(tagged, wordOfGroup(tagged, m, 'noun'));
      if (noun === undefined) return null;
      const written = m.groups?.noun ?? '';
      const count = m.groups?.count;
      // "two luggages" counts pieces: "two pieces of luggage".
      if (count !== undefined && COUNT_WORDS.test(count)) return `${count} pieces of ${noun}`;
      return matchCase(written, noun);
    }),
};

// Foods that are mass nouns once eaten ("ate too many chicken" -> "too much chicken"; "many
// chickens" on a farm are animals): only after a verb of eating in the same clause.
const EATEN_MASS = /^(?:chicken|pizza|cake|bread|meat|pork|beef|fish|food|fruit|candy|chocolate|cheese|pasta|soup|kimchi|tteokbokki|ramen|ramyeon)$/;
function eatenMass(text: string, index: number, noun: string): string | undefined {
  return EATEN_MASS.test(noun) && /\b(?:eat|eats|ate|eaten|eating)\b[^.!?,;]*$/i.test(text.slice(0, index)) ? noun : undefined;
}

export const manyUncountableRule: LearnerRule = {
  id: 'countability.many-uncountable',
  type: 'countability',
  severity: 'moderate',
  find: (tagged) => {
    const found: Match[] = [];
    for (const m of tagged.text.matchAll(/(?<degree>\b(?:so|too|how|as)\s+)?\b(?<many>many)\s+(?<next>[a-z]+)/dgi)) {
      const manySpan = m.indices?.groups?.many;
      const nextSpan = m.indices?.groups?.next;
      if (manySpan === undefined || nextSpan === undefined) continue;
      // Up to two adjectives before the noun: "many useful advices".
      let word = tagged.wordAt(nextSpan[0]);
      const adjectives: string[] = [];
      while (word !== undefined && adjectives.length < 2 && word.tags.has('Adjective') && !word.tags.has('Noun')) {
        adjectives.push(word.text);
        word = tagged.next(word);
      }
      if (word === undefined) continue;
      const noun = isUncountable(word.text) && word.text === word.text.toLowerCase() ? word.text : uncountableIn(tagged, word) ?? eatenMass(tagged.text, m.index, word.text);
      if (noun === undefined) continue;
      const many = m.groups?.many ?? '';
      const described = [...adjectives, noun].join(' ');
      // After "so", "too", "how" and "as" only "much" keeps the meaning; elsewhere "a lot of" sounds natural.
      const replacement = matchCase(many, m.groups?.degree === undefined ? `a lot of ${described}` : `much ${described}`);
      found.push({ start: manySpan[0], end: word.end, replacement });
    }
    return found;
  },
};

function isPluralNoun(word: TaggedWord | undefined): boolean {
  if (word === undefined || word.text !== word.text.toLowerCase()) return false;
  const lexical = lexicalTags(word.text);
  return lexical.has('Plural') && !lexical.has('Uncountable') && (word.tags.has('Noun') || !lexical.has('Verb'));
}

export const muchPluralRule: LearnerRule = {
  id: 'countability.much-plural',
  type: 'countability',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(
      tagged.text,
      /\b(?<fix>(?<there>there\s+(?:is|was)\s+)?(?<much>much)\s+(?<noun>[a-z]+))\b/i,
      (m) => {
        if (!isPluralNoun(wordOfGroup(tagged, m, 'noun'))) return null;
        const many = `many ${m.groups?.noun ?? ''}`;
        const there = m.groups?.there;
        if (there === undefined) return matchCase(m.groups?.much ?? '', many);
        // "there is much people" needs a plural verb as well.
        return matchCase(there, `there ${/\bwas\b/i.test(there) ? 'were' : 'are'} ${many}`);
      },
    ),
};

const NEWS_VERBS: Record<string, string> = { are: 'is', were: 'was', have: 'has' };

// Also across a short prepositional phrase when "news" opens the clause ("The news about the
// election were ..."): the words between must be a determiner, adjectives or nouns only, so a
// relative clause or a second subject ("news that prices were ...") has no say.
const NEWS_PHRASE = /(?<=^|[.!?]\s+|,\s+|\b(?:but|so|because|when|if|and)\s+)(?:(?:the|this|that|some|good|bad|latest|big|sad|shocking)\s+)*news\s+(?:about|of|from|on|regarding)\s+(?<between>(?:[\w'’-]+\s+){1,4}?)(?<fix>are|were|have)\b/i;
const NOT_IN_NEWS_PHRASE = /^(?:who|that|which|and|or|but|is|are|was|were|have|has|had|will|would|can|could|do|does|did)$/i;

export const newsSingularRule: LearnerRule = {
  id: 'countability.news-singular',
  type: 'countability',
  severity: 'moderate',
  find: ({ text }) => [
    ...findWithRegex(text, /\bnews\s+(?<fix>are|were|have)\b/i, (m) => NEWS_VERBS[(m.groups?.fix ?? '').toLowerCase()] ?? null),
    ...findWithRegex(text, NEWS_PHRASE, (m) => {
      const between = (m.groups?.between ?? '').trim().split(/\s+/);
      if (between.some((word) => NOT_IN_NEWS_PHRASE.test(word))) return null;
      return NEWS_VERBS[(m.groups?.fix ?? '').toLowerCase()] ?? null;
    }),
  ],
};

// Words that ask for a plural count noun after them. "some", "all", "most" and "any" also go with
// singular and mass nouns ("some time", "all day"), so they are left out.
const QUANTIFIERS = String.raw`many|several|few|a\s+few|both|these|those|various|numerous|a\s+couple\s+of|a\s+number\s+of|hundreds\s+of|thousands\s+of|millions\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|[2-9]|[1-9]\d{1,2}|[1-9]\d{0,2}(?:,\d{3})+`;

/** A count noun in the singular, as written, that can take a plural. */
function singularCountNoun(word: TaggedWord | undefined): boolean {
  if (word === undefined || word.text !== word.text.toLowerCase() || !/^[a-z]+$/.test(word.text)) return false;
  const lexical = lexicalTags(word.text);
  if (!lexical.has('Noun') || lexical.has('Plural') || isMassNoun(word.text) || lexical.has('Pronoun')) return false;
  // Units and counting words stay singular before a noun or after a number ("five percent", "two dozen").
  if (lexical.has('Unit') || lexical.has('Value') || lexical.has('Percent') || word.tags.has('Value')) return false;
  if (word.tags.has('Adjective') && !word.tags.has('Noun')) return false;
  // Already a plural that the lexicon does not list ("years", "smartphones"); "bus" and
  // "analysis" only look like one.
  const singular = singularOf(word.text);
  if (!/(?:ss|us|is|as|os)$/.test(word.text) && singular !== word.text && pluralOf(singular) === word.text) return false;
  return pluralOf(word.text) !== word.text;
}

/** Whether a noun written after the head makes it a modifier ("three bus stops", "two robot arms"). */
function compoundFollows(tagged: TaggedText, head: TaggedWord): boolean {
  const next = tagged.next(head);
  if (next === undefined) return false;
  const gap = tagged.text.slice(head.end, next.start);
  if (gap.includes('-')) return true;
  if (!/^\s+$/.test(gap)) return false;
  return next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Verb') && !next.tags.has('Date') && !/^(?:home|here|there|today|yesterday|tonight)$/i.test(next.text);
}

const NOT_NOUNS_AFTER_QUANTIFIERS = /^(?:more|less|other|others|such|same|different|similar|only|own|much|times|more)$/;

/** A word compromise only knows as an adjective ("animal"), standing where the noun must be: "many animal." */
function adjectiveAsNoun(tagged: TaggedText, word: TaggedWord): boolean {
  if (word.text !== word.text.toLowerCase() || NOT_NOUNS_AFTER_QUANTIFIERS.test(word.text)) return false;
  const lexical = lexicalTags(word.text);
  if (!lexical.has('Adjective') || lexical.has('Noun') || lexical.has('Verb') || lexical.has('Comparative') || lexical.has('Superlative')) return false;
  if (/(?:ed|ing|ful|ous|ive|ic|ish|less|able|ible|est|er|ly)$/.test(word.text)) return false;
  const next = tagged.next(word);
  return next === undefined || !(next.tags.has('Noun') || next.tags.has('Adjective') || lexicalTags(next.text).has('Noun'));
}

/** Up to two adjectives, then the noun, after a quantifier: the noun word, if it needs a plural. */
function headNeedingPlural(tagged: TaggedText, first: TaggedWord | undefined): TaggedWord | undefined {
  let word = first;
  for (let adjectives = 0; word !== undefined && adjectives < 3; adjectives++) {
    const next = tagged.next(word);
    // "my favorite singer": an adjective reading when a noun follows.
    const modifiesNext = lexicalTags(word.text).has('Adjective') && next !== undefined && singularCountNoun(next) && /^\s+$/.test(tagged.text.slice(word.end, next.start));
    if (!modifiesNext && singularCountNoun(word) && (word.tags.has('Noun') || !word.tags.has('Adjective'))) {
      return compoundFollows(tagged, word) ? undefined : word;
    }
    if (!modifiesNext && adjectiveAsNoun(tagged, word)) return word;
    if (!modifiesNext && (!word.tags.has('Adjective') || word.tags.has('Noun')) && !lexicalTags(word.text).has('Adjective')) return undefined;
    word = next;
  }
  return undefined;
}

/** The heads after each match of `pattern` (its group `first` is the word after the quantifier) that need a plural. */
function pluralHeadsAfter(tagged: TaggedText, pattern: RegExp, accepts: (head: TaggedWord) => boolean = () => true): Match[] {
  const found: Match[] = [];
  for (const m of tagged.text.matchAll(pattern)) {
    const span = m.indices?.groups?.first;
    if (span === undefined) continue;
    const head = headNeedingPlural(tagged, tagged.wordAt(span[0]));
    if (head !== undefined && accepts(head)) found.push({ start: head.start, end: head.end, replacement: pluralOf(head.text) });
  }
  return found;
}

// Not after a digit, a point or a hyphen: "1.5 kilo", "3-2 win", "the 2 of us".
// "five hundred new worker": the number word after a number is read as the quantifier itself.
// "7 pm", "9 a.m.", "5 o'clock": a time of day, not a count.
const AFTER_QUANTIFIER = new RegExp(String.raw`(?<![\w.,'-])(?:${QUANTIFIERS})\s+(?<first>(?!(?:hundred|thousand|million|am|pm|o)\b)[a-z]+)\b`, 'gid');

/** "student", "teacher", "tourist": compromise's Actor nouns, and the suffixes of people. */
function isPersonNoun(word: TaggedWord): boolean {
  return word.tags.has('Actor') || lexicalTags(word.text).has('Actor') || /(?:ist|ent|ian)$/.test(word.text);
}

const A_LOT_OF = /\b(?:a\s+lot|lots|plenty)\s+of\s+(?<first>[a-z]+)\b/gid;

export const quantifierPluralRule: LearnerRule = {
  id: 'countability.plural-after-quantifier',
  type: 'countability',
  severity: 'moderate',
  find: (tagged) => [
    ...pluralHeadsAfter(tagged, AFTER_QUANTIFIER),
    // "a lot of" takes mass nouns too ("a lot of stress"), so only nouns for people, which are
    // always counted, are made plural after it.
    ...pluralHeadsAfter(tagged, A_LOT_OF, isPersonNoun),
  ],
};

// "some of the article" and "most of the book" are parts of one thing; these take a plural only.
const ONE_OF = /\b(?:one|each|many|several|both|a\s+few|few|either|neither)\s+of\s+(?:the|my|your|his|her|our|their|its|these|those)\s+(?<first>[a-z]+)\b/gid;

export const oneOfPluralRule: LearnerRule = {
  id: 'countability.one-of-plural',
  type: 'countability',
  severity: 'moderate',
  find: (tagged) => pluralHeadsAfter(tagged, ONE_OF),
};

// "Many peoples came" -> "people": "people" is already the plural of "person". "Peoples" is right
// for nations and ethnic groups ("the peoples of Asia", "indigenous peoples", "peoples and
// cultures"), so it is left alone before "of" or "and", after an adjective of that kind, and with
// a capital inside a sentence ("Peoples Bank").
const PEOPLES_AS_NATIONS_BEFORE = /\b(?:indigenous|native|aboriginal|tribal|ancient|nomadic|different|various|diverse|neighbou?ring|colonized|colonised|oppressed|conquered|free|all\s+the)\s+$/i;
// "Asian peoples", "the Germanic peoples", "Slavic peoples"; "Korean peoples" is one nation's people.
const DEMONYM_BEFORE = /\b(?!Korean\s)[A-Z][a-z]+(?:ic|an|ese|ish)\s+$/;

export const peoplesRule: LearnerRule = {
  id: 'countability.peoples',
  type: 'countability',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, /\b(?<fix>[Pp]eoples)\b(?!['’])(?!\s+(?:of|and|or)\b)/, (m) => {
      const word = m.groups?.fix ?? '';
      const before = tagged.text.slice(0, m.index);
      if (word === 'Peoples' && !/(?:^|[.!?]\s+)$/.test(before)) return null;
      if (PEOPLES_AS_NATIONS_BEFORE.test(before) || DEMONYM_BEFORE.test(before)) return null;
      // "He peoples the world with characters": the verb.
      if (/\b(?:he|she|it|who|which)\s+$/i.test(before)) return null;
      return matchCase(word, 'people');
    }),
};

// "a few money" -> "a little money", "a little words" -> "a few words": "a few" counts, "a little"
// measures (Korean 조금 covers both). Only a noun right after the quantifier (or after "more"):
// "a little older students" and "a little kids' party" have "a little" on another word, so an
// adjective or a possessive after the noun stops the rule; a noun after the noun makes a compound.
export const fewLittleRule: LearnerRule = {
  id: 'countability.few-little',
  type: 'countability',
  severity: 'moderate',
  find: (tagged) =>
    // The span takes in the noun, so "a few more time" is not also made "times" by the plural rule.
    findWithRegex(tagged.text, /\b(?<fix>[Aa]\s+(?<quantifier>few|little)\s+(?<more>more\s+)?(?<noun>[a-z]+))\b(?!['’-])/, (m) => {
      const noun = wordOfGroup(tagged, m, 'noun');
      if (noun === undefined) return null;
      const next = tagged.next(noun);
      if (next !== undefined && /^\s+$/.test(tagged.text.slice(noun.end, next.start)) && (next.tags.has('Noun') || lexicalTags(next.text).has('Noun')) && !next.tags.has('Pronoun') && !next.tags.has('Date') && !lexicalTags(next.text).has('Preposition')) return null;
      const lexical = lexicalTags(noun.text);
      const article = (m.groups?.fix ?? 'a').charAt(0);
      if (m.groups?.quantifier === 'few') {
        // "a few more time": "time" is counted only as occasions, and those take a plural.
        const mass = isUncountable(noun.text) || (m.groups?.more !== undefined && noun.text === 'time');
        return mass && lexical.has('Noun') && !lexical.has('Plural') ? `${article} little ${m.groups?.more ?? ''}${noun.text}` : null;
      }
      if (m.groups?.more !== undefined) return null;
      return isPluralNoun(noun) && noun.tags.has('Noun') && !noun.tags.has('Adjective') ? `${article} few ${noun.text}` : null;
    }),
};

// "for one hours" -> "one hour": "one" counts a single unit. Only units of time, money and
// distance after a preposition or a verb's "for"; "the one students like" has the pronoun "one".
const UNITS_AFTER_ONE = /^(?:seconds|minutes|hours|days|nights|weeks|months|years|dollars|euros|pounds|miles|kilometers|kilometres|meters|metres|times)$/;

export const oneSingularRule: LearnerRule = {
  id: 'countability.one-singular',
  type: 'countability',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, /\b(?:for|in|about|after|within|than|only|just|over|under|around|nearly|almost|of)\s+one\s+(?<fix>[a-z]+)\b(?!['’-])/i, (m) => {
      const unit = m.groups?.fix ?? '';
      if (!UNITS_AFTER_ONE.test(unit)) return null;
      return singularOf(unit);
    }),
};

// "Every students must wear a uniform" -> "Every student", "each rooms" -> "each room": "every"
// and "each" count one at a time ("each others" is pronoun.each-other's). Only a
// plural noun right after it whose singular compromise knows; "every two weeks" and "every few
// days" have a number between, which makes the plural right.
export const everySingularRule: LearnerRule = {
  id: 'countability.every-singular',
  type: 'countability',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, /\b(?:[Ee]very|[Ee]ach)\s+(?<fix>[a-z]+s)\b(?!['’])/, (m) => {
      const plural = m.groups?.fix ?? '';
      // "each asynchronous function": compromise guesses a plural for any -s word, so the word must read as a plural noun here.
      const word = tagged.wordAt(m.indices.groups!.fix![0]);
      if (!lexicalTags(plural).has('Plural') || plural === 'others' || word === undefined || !word.tags.has('Plural') || word.tags.has('Adjective')) return null;
      const singular = singularOf(plural);
      return singular === plural || pluralOf(singular) !== plural ? null : singular;
    }),
};
