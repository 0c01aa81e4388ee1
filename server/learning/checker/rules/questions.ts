// Direct questions: "Do he have a car?" (the do-word agrees with a third-person subject) and "Where
// you bought this bag?" (a question word with statement order; Korean marks a question only at the
// end of the sentence, so learners keep the order of the statement).
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { isBaseVerb, matchCase, verbBase, verbForms } from '../morphology';
import { canBeVerb, lexicalTags } from '../lexicon/word-classes';
import { findWithRegex, type LearnerRule, type RuleMatch } from './rule';
import { isFiniteVerb, startsClause } from './subjects';

// A question word right before the do-word ("Why do he ..."), or one of the few words that make a
// question phrase with it ("How often do she ..."); "what I do he hates" has a clause between.
const QUESTION_PHRASE_BEFORE = /\b(?:what|why|where|when|how|who|which)(?:\s+(?:often|long|much|many|far|time))?\s+$/i;
const TO_THIRD_PERSON: Record<string, string> = { do: 'does', "don't": "doesn't", 'don’t': 'doesn’t', dont: "doesn't" };

/** The end of the sentence the offset is in: its closing punctuation, or '' at the end of the text. */
function sentenceEndMark(text: string, offset: number): string {
  const end = /[.!?]+(?=\s|$)/.exec(text.slice(offset));
  return end?.[0].charAt(0) ?? '';
}

// He, she and it, and a singular noun after a determiner when a base verb follows it (see
// nounSubjectMatches): a noun after "Do" may be a plural ("Do the kids like it?") or a compound,
// and "this" or "that" may be an object ("Do this work first"). "it" only in a question, since
// "Do it" is mostly an order ("Do it like this").
export const doQuestionAgreementRule: LearnerRule = {
  id: 'agreement.do-question',
  type: 'agreement',
  severity: 'major',
  find: (tagged) => [
    ...findWithRegex(tagged.text, /\b(?<fix>[Dd]o|[Dd]on['’]t|[Dd]ont)\s+(?<subject>he|she|it)\s+(?:(?:really|usually|always|often|ever|even|still|actually)\s+)?(?<verb>[a-z]+)\b/, (m) => {
      const before = tagged.text.slice(0, m.index);
      if (!startsClause(tagged.text, m.index) && !QUESTION_PHRASE_BEFORE.test(before)) return null;
      if (/\bto\s+$/i.test(before)) return null;
      const verb = m.groups?.verb ?? '';
      // "Do she and I ...": a base verb must follow the pronoun, so the subject is the pronoun alone.
      if (!isBaseVerb(verb) || /^(?:and|or)$/.test(verb)) return null;
      if ((m.groups?.subject ?? '') === 'it' && (sentenceEndMark(tagged.text, m.index) !== '?' || /^(?:like|again|now|right|later)$/.test(verb))) return null;
      const doWord = m.groups?.fix ?? '';
      const third = TO_THIRD_PERSON[doWord.toLowerCase()];
      return third === undefined ? null : matchCase(doWord, third);
    }),
    ...nounSubjectMatches(tagged),
    // "Does the stores open early?" -> "Do": a plural noun (with -s) and a base verb after it.
    ...findWithRegex(tagged.text, /(?<=^|[.!?]\s+)(?<fix>Does|Doesn['’]t)\s+(?:the|my|your|his|her|our|their|these|those|all\s+the)\s+(?:[a-z]+\s+)?(?<noun>[a-z]+s)\s+(?<verb>[a-z]+)\b(?=[^.!?]*\?)/, (m) => {
      const noun = tagged.wordAt(m.indices.groups!.noun![0]);
      const verb = tagged.wordAt(m.indices.groups!.verb![0]);
      if (noun === undefined || verb === undefined || !noun.tags.has('Plural') || !lexicalTags(noun.text).has('Plural') || /ss$/.test(noun.text)) return null;
      if (!isBaseVerb(verb.text) || !canBeVerb(verb.text)) return null;
      return matchCase(m.groups?.fix ?? '', /n['’]t$/.test(m.groups?.fix ?? '') ? "don't" : 'do');
    }),
  ],
};

// Nouns that are singular in form but take a plural verb ("Do the police know?", "Do my people
// ..."), and collective nouns British English uses with a plural verb ("Do the team ...").
const PLURAL_IN_MEANING = new Set(['police', 'people', 'staff', 'cattle', 'clergy', 'team', 'crew', 'audience', 'committee', 'family', 'public', 'majority']);
const DO_NOUN_SUBJECTS = [false, true].map(
  (adjective) =>
    new RegExp(String.raw`\b(?<fix>[Dd]o|[Dd]on['’]t)\s+(?:the|my|your|his|her|our|their|this|that)\s+${adjective ? String.raw`(?<adjective>[a-z]+)\s+` : ''}(?<noun>[a-z]+)\s+(?:(?:really|usually|always|often|ever|even|still|actually)\s+)?(?<verb>[a-z]+)\b`, 'd'),
);

/**
 * "Do your brother like ...?", "Do the government know ...?": a determiner, at most one
 * adjective and a singular noun between the do-word and a base verb, in a sentence that asks. The
 * base verb has to read as a verb there, so "Do the dishes right now?" and "Do your homework
 * first?" (orders, no verb after the noun) stay.
 */
function nounSubjectMatches(tagged: TaggedText): RuleMatch[] {
  return DO_NOUN_SUBJECTS.flatMap((pattern) => findWithRegex(tagged.text, pattern, (m) => {
    if (!startsClause(tagged.text, m.index) && !QUESTION_PHRASE_BEFORE.test(tagged.text.slice(0, m.index))) return null;
    if (sentenceEndMark(tagged.text, m.index) !== '?') return null;
    const noun = tagged.wordAt(m.indices.groups!.noun![0]);
    const verb = tagged.wordAt(m.indices.groups!.verb![0]);
    if (noun === undefined || verb === undefined || PLURAL_IN_MEANING.has(noun.text)) return null;
    const nounTags = lexicalTags(noun.text);
    if (!nounTags.has('Noun') || nounTags.has('Plural') || nounTags.has('Verb') || !noun.tags.has('Noun') || noun.tags.has('Plural')) return null;
    if (m.groups?.adjective !== undefined) {
      const adjective = tagged.wordAt(m.indices.groups!.adjective![0]);
      if (adjective === undefined || !adjective.tags.has('Adjective') || adjective.tags.has('Noun') || lexicalTags(adjective.text).has('Noun')) return null;
    }
    // compromise reads "offer" in "Do your company offer remote work?" as part of a compound noun;
    // before a determiner or an adjective (an object opening) it is the verb.
    const next = tagged.next(verb);
    const objectAfter = next !== undefined && (next.tags.has('Determiner') || (next.tags.has('Adjective') && !next.tags.has('Noun')));
    if (!isBaseVerb(verb.text) || !canBeVerb(verb.text) || (!objectAfter && (verb.tags.has('Noun') || !verb.tags.has('Verb')))) return null;
    const doWord = m.groups?.fix ?? '';
    const third = TO_THIRD_PERSON[doWord.toLowerCase()];
    return third === undefined ? null : matchCase(doWord, third);
  }));
}

const AUXILIARIES = new Set([
  'am', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might',
  "can't", "couldn't", "won't", "wouldn't", "shouldn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't",
  // "Why you didn't come?" -> "Why didn't you come?": the negative do-word moves as a whole.
  "didn't", 'didn’t',
]);
const HAVE = /^(?:have|has|had)$/i;
const THIRD_PERSON = /^(?:he|she|it)$/i;
// Verbs that take a clause without "that" ("Why you think the law changed?"): a finite verb after
// them belongs to that clause.
const CLAUSE_VERBS = new Set(['think', 'say', 'believe', 'know', 'guess', 'feel', 'mean', 'hope', 'expect', 'suppose', 'said', 'thought', 'believed', 'knew', 'felt', 'meant', 'hoped', 'expected']);
const HABIT_ADVERBS = /^(?:usually|always|often|sometimes|never|normally)$/i;
const MID_ADVERBS = /^(?:usually|always|often|sometimes|never|really|actually|normally|still|also|even|just|ever)$/i;

interface WhClause {
  subject: TaggedWord;
  adverb?: TaggedWord;
  verb: TaggedWord;
}

/** The subject pronoun, an adverb and the verb right after a question word that opens a question. */
function clauseAfter(tagged: TaggedText, wh: TaggedWord): WhClause | undefined {
  let subject = tagged.next(wh);
  // "How much", "How often", "What time": one word of the question phrase.
  const phrase = /^how$/i.test(wh.text) ? /^(?:much|many|often|long|far|old)$/i : /^what$/i.test(wh.text) ? /^time$/i : undefined;
  if (subject !== undefined && phrase?.test(subject.text) === true) subject = tagged.next(subject);
  if (subject === undefined || !/^(?:I|you|he|she|it|we|they)$/.test(subject.text)) return undefined;
  let verb = tagged.next(subject);
  let adverb: TaggedWord | undefined;
  if (verb !== undefined && MID_ADVERBS.test(verb.text)) {
    adverb = verb;
    verb = tagged.next(verb);
  }
  if (verb === undefined) return undefined;
  // Only spaces between the words: "When you arrive, call me?" has a clause of its own.
  if (!/^\s+$/.test(tagged.text.slice(wh.end, tagged.next(wh)!.start)) || !/^[\s\w]*$/.test(tagged.text.slice(subject.end, verb.start))) return undefined;
  return { subject, adverb, verb };
}

/** "have" before a past participle is the auxiliary ("Where you have been?"), else the verb ("What you have?"). */
function isPerfect(tagged: TaggedText, verb: TaggedWord): boolean {
  const next = tagged.next(verb);
  if (next === undefined || !HAVE.test(verb.text)) return false;
  const base = verbBase(next.text);
  return base !== undefined && base !== next.text.toLowerCase() && verbForms(base).participle === next.text.toLowerCase();
}

/** A base, -ing or past participle form: the verb of an auxiliary ("can do", "are doing", "have been"). */
function isNonFinite(word: string): boolean {
  const lower = word.toLowerCase();
  const base = verbBase(lower);
  if (base === undefined) return false;
  const forms = verbForms(base);
  return lower === forms.base || lower === forms.gerund || lower === forms.participle;
}

/** A third-person or past form of a verb ("matters", "went"), whatever it is read as here. */
function isFiniteForm(word: string): boolean {
  const lower = word.toLowerCase();
  const base = verbBase(lower);
  if (base === undefined || base === lower) return false;
  const forms = verbForms(base);
  return lower === forms.third || lower === forms.past;
}

/** Whether a finite verb follows in the sentence, so the question word opens a subject ("What you said is true?"). */
function laterVerb(tagged: TaggedText, from: TaggedWord): boolean {
  // After an auxiliary the next verb is its own ("What you can do?").
  let word = tagged.next(from);
  if (AUXILIARIES.has(from.text.toLowerCase()) || isPerfect(tagged, from)) {
    if (word !== undefined && MID_ADVERBS.test(word.text)) word = tagged.next(word);
    if (word !== undefined && isNonFinite(word.text)) word = tagged.next(word);
  }
  // compromise may read the verb right after the clause as a noun ("Who you are matters?").
  if (word !== undefined && isFiniteForm(word.text)) return true;
  for (; word !== undefined; word = tagged.next(word)) {
    if (/[.!?,;:]/.test(tagged.text.slice(tagged.previous(word)!.end, word.start))) return false;
    if (AUXILIARIES.has(word.text.toLowerCase()) || /^(?:do|does|did|have|has|had)$/i.test(word.text) || isFiniteVerb(word)) return true;
  }
  return false;
}

/** "you bought" -> "did you buy", "you are" -> "are you", "he likes" -> "does he like"; null when unsure. */
function questionOrder(tagged: TaggedText, { subject, adverb, verb }: WhClause): string | null {
  const lower = verb.text.toLowerCase();
  const mid = adverb === undefined ? '' : `${adverb.text} `;
  if (AUXILIARIES.has(lower) || isPerfect(tagged, verb)) return `${lower} ${subject.text} ${mid}`.trimEnd();
  if (verb.text !== lower || lower.endsWith('ing')) return null;
  const base = verbBase(lower);
  if (base === undefined || base === 'be') return null;
  const forms = verbForms(base);
  const third = THIRD_PERSON.test(subject.text);
  // "put", "read": the past is the base, so the tense is unknown unless a habit says it is the present.
  if (forms.past === lower && forms.base !== lower) return `did ${subject.text} ${mid}${base}`;
  if (forms.past === lower && (adverb === undefined || !HABIT_ADVERBS.test(adverb.text))) return null;
  if (third && (lower === forms.third || lower === forms.base)) return `does ${subject.text} ${mid}${base}`;
  if (!third && lower === forms.base) return `do ${subject.text} ${mid}${base}`;
  return null;
}

// "Why the government raised the price?" -> "Why did the government raise", "What time the store
// opens?" -> "What time does the store open": a noun subject (a determiner, at most one more
// word, a noun) and a past or -s verb, which the do-word takes over. "What the teacher said was
// true?" has a later verb: the question word opens a subject there.
const NOUN_QUESTIONS = ['', String.raw`[a-z]+\s+`].map(
  (extra) =>
    new RegExp(String.raw`(?<=^|[.!?]\s+)(?:Why|Where|When|What\s+time|How\s+often|How\s+long|How)\s+(?<fix>(?<subject>(?:the|my|your|his|her|our|their|this|that)\s+${extra}(?<noun>[a-z]+))\s+(?<verb>[a-z]+))\b(?=[^.!?,]*\?)`, 'd'),
);

function nounSubjectQuestions(tagged: TaggedText): RuleMatch[] {
  return NOUN_QUESTIONS.flatMap((pattern) => findWithRegex(tagged.text, pattern, (m) => {
    const noun = tagged.wordAt(m.indices.groups!.noun![0]);
    const verb = tagged.wordAt(m.indices.groups!.verb![0]);
    if (noun === undefined || verb === undefined || !noun.tags.has('Noun') || noun.tags.has('Pronoun') || laterVerb(tagged, verb)) return null;
    const lower = verb.text.toLowerCase();
    const base = verbBase(lower);
    if (base === undefined || /^(?:be|have|do)$/.test(base) || !canBeVerb(lower)) return null;
    const forms = verbForms(base);
    const subject = m.groups?.subject ?? '';
    if (lower === forms.past && forms.participle !== lower || lower === forms.past && verb.tags.has('PastTense')) return `did ${subject} ${base}`;
    // "-s" after a singular noun: "the store opens"; "the stores open" has no -s to read.
    if (lower === forms.third && !noun.tags.has('Plural')) return `does ${subject} ${base}`;
    if (lower === forms.base && noun.tags.has('Plural') && /s$/.test(noun.text)) return `do ${subject} ${base}`;
    return null;
  }));
}

// Only a question word that opens a sentence ending in "?": "I know where you live." is a
// statement, and "Who called you?" has no subject after the question word. A finite verb later in
// the sentence makes the question word part of a subject ("What you said is true?"), except after
// verbs that take a clause ("Why you think the law changed?").
export const whQuestionOrderRule: LearnerRule = {
  id: 'word-order.wh-question',
  type: 'grammar',
  severity: 'moderate',
  find: (tagged) => {
    const found: RuleMatch[] = [];
    for (const wh of tagged.words) {
      if (!/^(?:what|why|where|when|how|who|which)$/i.test(wh.text)) continue;
      if (!/(?:^|[.!?]["'”’]?\s+)$/.test(tagged.text.slice(0, wh.start))) continue;
      if (sentenceEndMark(tagged.text, wh.start) !== '?') continue;
      const clause = clauseAfter(tagged, wh);
      if (clause === undefined) continue;
      const rest = tagged.text.slice(clause.verb.end);
      if (/^[^.!?]*,/.test(rest)) continue;
      // "What you think is right?" and "What you said is true?" read both ways.
      const clauseVerb = CLAUSE_VERBS.has(clause.verb.text.toLowerCase());
      const next = tagged.next(clause.verb);
      if (clauseVerb && next !== undefined && (AUXILIARIES.has(next.text.toLowerCase()) || isFiniteVerb(next) || isFiniteForm(next.text))) continue;
      if (!clauseVerb && laterVerb(tagged, clause.verb)) continue;
      const replacement = questionOrder(tagged, clause);
      if (replacement !== null) found.push({ start: clause.subject.start, end: clause.verb.end, replacement });
    }
    found.push(...nounSubjectQuestions(tagged));
    // "How much costs this ticket?" -> "How much does this ticket cost?": "cost" is the verb and
    // needs the do-word; only a short subject after a determiner, ending the question.
    found.push(
      ...findWithRegex(tagged.text, /(?<=^|[.!?]\s+)(?<how>How|how)\s+much\s+(?<fix>costs?\s+(?<subject>(?:this|that|the|a|an|my|your|his|her|our|their)\s+[a-z]+))\s*\?/g, (m) => {
        const subject = m.groups?.subject ?? '';
        const noun = subject.split(/\s+/)[1] ?? '';
        if (/s$/.test(noun) && !/ss$/.test(noun)) return null;
        return `does ${subject} cost`;
      }),
    );
    return found;
  },
};
