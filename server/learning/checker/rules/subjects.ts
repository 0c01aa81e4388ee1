// Where a clause starts and what its subject is, for the rules that make a verb agree with it or
// put it in the right form. A subject is a pronoun, a name, or a noun phrase ("my older brother",
// "the city council", "young people") read from compromise's tags.
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { verbBase } from '../lexicon/verbs';
import { canBeVerb, lexicalTags } from '../lexicon/word-classes';

/**
 * Whether a clause can start at this offset: the start of the text, after punctuation, or after a
 * conjunction or a reporting verb ("I think my brother ..."). A noun inside an object or a
 * prepositional phrase is never read as a subject. A bare "and" is left out: it also joins two
 * subjects ("My friend and her husband live ...").
 */
export function startsClause(text: string, offset: number): boolean {
  return /(?:^|[.!?,;:]["'\u201D\u2019]?\s*|\b(?:but|so|because|that|when|if|although|though|since|while|think|believe|guess|hope|feel|said|says|and then|then)\s+)$/i.test(
    text.slice(0, offset),
  );
}

export type GrammaticalNumber = 'singular' | 'plural';

export interface Subject {
  start: number;
  end: number;
  number: GrammaticalNumber;
  /** The noun the phrase is about ("brother" in "my older brother"), or the pronoun. */
  head: TaggedWord;
  /** Quantifier or determiner opening the phrase, lower-case ("my", "these"), if any. */
  determiner?: string;
  kind: 'pronoun' | 'noun' | 'name';
  /** Reached through "who", "that" or "which": the verb is in a relative clause. */
  relative?: boolean;
}

const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it', 'everybody', 'everyone', 'somebody', 'someone', 'nobody', 'everything', 'nothing', 'something', 'anyone', 'anybody', 'anything', 'this']);
const PLURAL_PRONOUNS = new Set(['we', 'they', 'you', 'i']);
// Determiners and possessives that can open a noun phrase.
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'our', 'their', 'its',
  'every', 'each', 'no', 'many', 'most', 'all', 'both', 'several', 'few', 'some', 'any', 'another',
]);
/** Determiners that ask for a plural noun, and ones that ask for a singular. */
export const PLURAL_DETERMINERS = new Set(['these', 'those', 'many', 'both', 'several', 'few']);
export const SINGULAR_DETERMINERS = new Set(['a', 'an', 'this', 'that', 'every', 'each', 'another']);
const MAX_MODIFIERS = 3;

function isNounWord(word: TaggedWord): boolean {
  return word.tags.has('Noun') && !word.tags.has('Pronoun') && !word.tags.has('Possessive') && !word.tags.has('Date') && !word.tags.has('Value');
}

/** Grammatical number of a noun as written, from its form first and its tags in context second. */
export function numberOfNoun(word: TaggedWord): GrammaticalNumber {
  const lexical = lexicalTags(word.text);
  if (lexical.has('Uncountable')) return 'singular';
  if (lexical.has('Plural')) return 'plural';
  if (lexical.has('Singular')) return 'singular';
  return word.tags.has('Plural') ? 'plural' : 'singular';
}

const isCapitalised = (word: TaggedWord): boolean => /^[A-Z][a-z]/.test(word.text);

interface NounPhrase {
  first: TaggedWord;
  head: TaggedWord;
  determiner?: string;
  gerundModifier: boolean;
}

/** The noun phrase whose head is `head`, read leftwards over adjectives, nouns and a determiner. */
function nounPhraseEndingIn(tagged: TaggedText, head: TaggedWord): NounPhrase {
  let first = head;
  let determiner: string | undefined;
  // "Helping people is ..." has a gerund for its subject, not "people".
  let gerundModifier = false;
  for (let steps = 0; steps <= MAX_MODIFIERS; steps++) {
    const before = tagged.previous(first);
    if (before === undefined || !/^\s+$/.test(tagged.text.slice(before.end, first.start))) break;
    const word = before.text.toLowerCase();
    if (DETERMINERS.has(word) || before.tags.has('Possessive')) {
      determiner = word;
      first = before;
      break;
    }
    if (!(before.tags.has('Adjective') || isNounWord(before) || before.tags.has('Value')) || before.tags.has('Verb')) break;
    if (/ing$/i.test(before.text) && verbBase(before.text) !== undefined) gerundModifier = true;
    first = before;
  }
  return { first, head, determiner, gerundModifier };
}

// Adverbs that sit between a subject and its verb ("my manager usually arrives").
const MID_ADVERBS = /^(?:usually|always|often|never|sometimes|also|still|just|really|only|already|rarely|seldom|even|actually|probably|certainly|mostly|normally|generally)$/i;
// "one of ...", "each of ..." take a singular verb; "many of ..." a plural one; "some of ..." the
// number of what follows.
const SINGULAR_OF = /^(?:one|each|none|either|neither|every one|everyone|everybody|nobody|somebody|someone|anyone)$/i;
const PLURAL_OF = /^(?:many|both|several|few|two|three|four|five)$/i;
const NUMBER_OF_WHAT_FOLLOWS = /^(?:some|all|most|any|lots|half|plenty|rest)$/i;
// "a number of people were", "a lot of students are": the noun after "of" is the subject's number.
const QUANTITY_NOUNS = /^(?:number|lot|couple|majority|bunch|lots|plenty|variety|handful|dozen)$/i;
const PREPOSITIONS = /^(?:of|in|at|on|from|with|near|for|about|inside|outside|behind|around|across|under|over|without|like)$/i;
const RELATIVE_PRONOUNS = /^(?:who|that|which)$/i;
const QUESTION_WORDS = /^(?:what|who|whom|whose|which|how|why|where|when)$/i;
const MEASURE_UNITS = /^(?:dollars|won|euros|pounds|yen|cents|years|months|weeks|days|hours|minutes|seconds|miles|kilometers|kilometres|meters|metres|kilos|kilograms|grams|liters|litres|percent)$/i;

/** The pronoun, name or noun phrase ending at `head`, with no check of where it stands. */
function phraseAt(tagged: TaggedText, head: TaggedWord): Subject | undefined {
  const lower = head.text.toLowerCase();
  // "There is/are" agrees with what follows it (there-be.ts), not with "there"; a question word
  // ("What do you think?") is no subject of the verb after it.
  if (lower === 'there' || lower === 'here' || QUESTION_WORDS.test(lower) || head.tags.has('QuestionWord')) return undefined;
  if (SINGULAR_PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower)) {
    return { start: head.start, end: head.end, number: SINGULAR_PRONOUNS.has(lower) ? 'singular' : 'plural', head, kind: 'pronoun' };
  }
  if (SINGULAR_OF.test(lower) || PLURAL_OF.test(lower) || NUMBER_OF_WHAT_FOLLOWS.test(lower)) {
    return { start: head.start, end: head.end, number: PLURAL_OF.test(lower) ? 'plural' : 'singular', head, kind: 'noun', determiner: lower };
  }
  // At the start of a sentence compromise may read a plural as a verb ("Smartphones is ..."); the
  // lexicon still knows it is a noun.
  const headTags = lexicalTags(head.text);
  const nounAtStart = startsClause(tagged.text, head.start) && headTags.has('Noun') && !headTags.has('Pronoun') && !headTags.has('Possessive') && !headTags.has('Determiner');
  if (!isNounWord(head) && !nounAtStart) return undefined;
  const phrase = nounPhraseEndingIn(tagged, head);
  if (phrase.determiner === undefined && phrase.gerundModifier) return undefined;
  const number = numberOfNoun(head);
  // "Ten dollars is too much", "Two years is a long time": an amount is one thing.
  const before = tagged.previous(head);
  if (MEASURE_UNITS.test(head.text) && before !== undefined && (before.tags.has('Value') || /^\d/.test(before.text))) return undefined;
  if (phrase.determiner === undefined) {
    // Without a determiner a subject is a plural, a mass noun or a name ("Prices", "Water", "Minji").
    const name = isCapitalised(head) && phrase.first === head;
    if (!name && number === 'singular' && !lexicalTags(head.text).has('Uncountable')) return undefined;
    return { start: phrase.first.start, end: head.end, number, head, kind: name ? 'name' : 'noun' };
  }
  return { start: phrase.first.start, end: head.end, number, head, determiner: phrase.determiner, kind: 'noun' };
}

/**
 * The subject of `verb`: the phrase right before it when that starts a clause, also across an
 * adverb ("my manager usually arrives"), a prepositional phrase ("everybody in my office drinks",
 * "one of my friends lives") or a relative pronoun ("students who want").
 */
export function subjectBefore(tagged: TaggedText, verb: TaggedWord): Subject | undefined {
  let head = tagged.previous(verb);
  if (head !== undefined && MID_ADVERBS.test(head.text)) head = tagged.previous(head);
  if (head === undefined) return undefined;
  // Only spaces between the subject and its verb: "Yes, he" is fine, "brother, work" is not.
  const gapEnd = tagged.next(head)?.start ?? verb.start;
  if (!/^\s+$/.test(tagged.text.slice(head.end, gapEnd))) return undefined;
  if (RELATIVE_PRONOUNS.test(head.text)) {
    const antecedent = tagged.previous(head);
    if (antecedent === undefined || !isNounWord(antecedent) || !/^\s+$/.test(tagged.text.slice(antecedent.end, head.start))) return undefined;
    const phrase = phraseAt(tagged, antecedent);
    return phrase === undefined || phrase.kind === 'pronoun' ? undefined : { ...phrase, relative: true };
  }
  const inner = phraseAt(tagged, head);
  if (inner === undefined) return undefined;
  if (startsClause(tagged.text, inner.start)) return inner;
  // A prepositional phrase after the real subject: read the number from the phrase before it.
  const preposition = tagged.words.find((w) => w.end <= inner.start && tagged.next(w)?.start === inner.start);
  if (preposition === undefined || !PREPOSITIONS.test(preposition.text) || inner.kind === 'name') return undefined;
  const outerHead = tagged.previous(preposition);
  if (outerHead === undefined) return undefined;
  // compromise tags the "lot" of "a lot of" as an adverb.
  if (QUANTITY_NOUNS.test(outerHead.text) && preposition.text.toLowerCase() === 'of') {
    const article = tagged.previous(outerHead);
    const start = article !== undefined && /^an?$/i.test(article.text) ? article : outerHead;
    return startsClause(tagged.text, start.start) ? { ...inner, start: start.start, kind: 'noun' } : undefined;
  }
  const outer = phraseAt(tagged, outerHead);
  if (outer === undefined || !startsClause(tagged.text, outer.start)) return undefined;
  const quantity = QUANTITY_NOUNS.test(outer.head.text) && /^(?:a|an)$/i.test(outer.determiner ?? 'a');
  if (quantity || (outer.determiner !== undefined && NUMBER_OF_WHAT_FOLLOWS.test(outer.determiner) && outer.head === outerHead)) {
    if (preposition.text.toLowerCase() !== 'of') return undefined;
    return { ...inner, start: outer.start, kind: 'noun' };
  }
  return { ...outer, end: inner.end };
}

/**
 * "move" in "my family move to", "drives" in "Does your brother drives?": compromise reads a noun,
 * but right after a noun and before no noun the word is the verb, if it can be one.
 */
export function readsAsVerbAfterNoun(tagged: TaggedText, word: TaggedWord): boolean {
  const previous = tagged.previous(word);
  if (previous === undefined || !previous.tags.has('Noun') || previous.tags.has('Possessive') || previous.tags.has('Pronoun')) return false;
  if (word.tags.has('Determiner') || word.tags.has('Possessive') || word.tags.has('Adjective') || !canBeVerb(word.text)) return false;
  const next = tagged.next(word);
  return next === undefined || !next.tags.has('Noun') || next.tags.has('Pronoun');
}

/** A verb in the past or the third person present, as tagged in context ("criticized", "says"). */
export function isFiniteVerb(word: TaggedWord): boolean {
  if (!word.tags.has('Verb') || word.tags.has('Infinitive') || word.tags.has('Gerund')) return false;
  return word.tags.has('PastTense') || (word.tags.has('PresentTense') && /s$/i.test(word.text));
}

/** Whether the clause from `from` on has another finite verb, so the word at `from` was part of a compound noun. */
export function laterFiniteVerb(tagged: TaggedText, from: TaggedWord): boolean {
  for (let word = tagged.next(from); word !== undefined; word = tagged.next(word)) {
    const between = tagged.text.slice(tagged.previous(word)?.end ?? from.end, word.start);
    if (/[.!?,;:]/.test(between)) return false;
    const lower = word.text.toLowerCase();
    if (/^(?:that|which|who|because|and|but|so|or|if|when|while|where)$/.test(lower)) return false;
    if (/^(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|must|may|might)$/.test(lower)) return true;
    if (isFiniteVerb(word)) return true;
  }
  return false;
}
