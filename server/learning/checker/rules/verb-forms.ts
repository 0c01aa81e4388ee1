// The base form after do-support and modals ("Does he likes" -> "like", "She didn't went" -> "go",
// "He can swims" -> "swim"), the -ing a progressive needs or the "be" a simple tense does not
// ("She is work now" -> "working", "I am live in Seoul" -> "I live"), and a past participle used as
// the past tense ("I seen it" -> "I saw it").
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { canBeVerb, lexicalTags } from '../lexicon/word-classes';
import { isBaseVerb, matchCase, verbBase, verbForms } from '../morphology';
import { findAtWords, findWithRegex, type LearnerRule, type RuleMatch } from './rule';
import { readsAsVerbAfterNoun, startsClause, subjectBefore } from './subjects';

/**
 * A verb form other than the base and the -ing form ("likes", "went", "seen"), with its base. Its
 * place (after a do-word and a subject, or a modal) makes it a verb if the lexicon allows one.
 */
function markedVerbBase(word: TaggedWord): string | undefined {
  if (word.text !== word.text.toLowerCase() || !/^[a-z]+$/.test(word.text)) return undefined;
  const base = verbBase(word.text);
  if (base === undefined || base === word.text || base === 'be' || word.text.endsWith('ing')) return undefined;
  return base;
}

const SUBJECT_PRONOUNS = /^(?:i|you|he|she|it|we|they|there)$/i;
const SUBJECT_WORDS = (word: TaggedWord): boolean =>
  SUBJECT_PRONOUNS.test(word.text) ||
  word.tags.has('Determiner') ||
  word.tags.has('Possessive') ||
  word.tags.has('Adjective') ||
  word.tags.has('Value') ||
  (word.tags.has('Noun') && !word.tags.has('Verb'));
const MAX_SUBJECT_WORDS = 4;
const ADVERBS_BEFORE_VERB = /^(?:really|even|always|usually|often|never|ever|just|still|also|actually|probably|already|sometimes)$/i;

/** The first verb after a do-word and its subject, if the subject is really there. */
function verbAfterSubject(tagged: TaggedText, doWord: TaggedWord): TaggedWord | undefined {
  let word = tagged.next(doWord);
  let subjectWords = 0;
  while (
    word !== undefined &&
    subjectWords < MAX_SUBJECT_WORDS &&
    SUBJECT_WORDS(word) &&
    !(subjectWords > 0 && readsAsVerbAfterNoun(tagged, word)) &&
    !/[.!?,;:]/.test(tagged.text.slice(tagged.previous(word)?.end ?? 0, word.start))
  ) {
    subjectWords++;
    word = tagged.next(word);
  }
  if (subjectWords === 0) return undefined;
  // "Did the government raise taxes?": compromise read "government raise" as one noun, but a base
  // verb last in the subject is the verb itself, and the noun after it its object.
  const last = word === undefined ? undefined : tagged.previous(word);
  if (subjectWords >= 2 && last !== undefined && word!.tags.has('Noun') && isBaseVerb(last.text) && canBeVerb(last.text)) return undefined;
  while (word !== undefined && ADVERBS_BEFORE_VERB.test(word.text)) word = tagged.next(word);
  return word;
}

/** The verb right after a negative do-word or a modal ("doesn't (really) likes"). */
function verbAfter(tagged: TaggedText, word: TaggedWord): TaggedWord | undefined {
  let next = tagged.next(word);
  if (next !== undefined && /^not$/i.test(next.text)) next = tagged.next(next);
  while (next !== undefined && ADVERBS_BEFORE_VERB.test(next.text)) next = tagged.next(next);
  return next;
}

const WH_WORDS = /\b(?:what|why|where|when|how|who|which|whom)(?:\s+\w+)?\s+$/i;

function toBase(word: TaggedWord | undefined): RuleMatch | null {
  if (word === undefined) return null;
  const base = markedVerbBase(word);
  return base === undefined ? null : { start: word.start, end: word.end, replacement: base };
}

export const baseAfterDoRule: LearnerRule = {
  id: 'verb-form.base-after-do',
  type: 'grammar',
  severity: 'major',
  find: (tagged) =>
    findAtWords(tagged, (word) => {
      const lower = word.text.toLowerCase();
      if (/^(?:don't|doesn't|didn't|dont|doesnt|didnt|don’t|doesn’t|didn’t)$/.test(lower)) return toBase(verbAfter(tagged, word));
      if (!/^(?:do|does|did)$/.test(lower)) return null;
      const next = tagged.next(word);
      if (next !== undefined && /^not$/i.test(next.text)) return toBase(verbAfter(tagged, word));
      // A question: the do-word opens the clause or follows a question word ("What did he said?").
      const before = tagged.text.slice(0, word.start);
      if (!startsClause(tagged.text, word.start) && !WH_WORDS.test(before)) return null;
      return toBase(verbAfterSubject(tagged, word));
    }),
};

const MODALS = /^(?:can|could|will|would|should|must|might|may|shall|cannot|can't|couldn't|won't|wouldn't|shouldn't|mustn't|can’t|couldn’t|won’t|wouldn’t|shouldn’t|mustn’t)$/i;

export const baseAfterModalRule: LearnerRule = {
  id: 'verb-form.base-after-modal',
  type: 'grammar',
  severity: 'major',
  find: (tagged) =>
    findAtWords(tagged, (word) => {
      if (!MODALS.test(word.text)) return null;
      // "the will of the people", "in May": a noun, not a modal.
      if (/^(?:will|may|can|might|must)$/i.test(word.text) && !word.tags.has('Modal') && !word.tags.has('Auxiliary')) return null;
      return toBase(verbAfter(tagged, word));
    }),
};

// Verbs of state drop "be" rather than take -ing ("I am know" -> "I know").
const STATIVE_VERBS = new Set([
  'know', 'like', 'love', 'hate', 'want', 'need', 'believe', 'understand', 'remember', 'prefer', 'mean', 'seem',
  'belong', 'own', 'think', 'live', 'feel', 'hope', 'forget', 'wish', 'recognize', 'depend', 'contain', 'deserve',
]);
const HABIT = /\b(?:always|usually|often|sometimes|never|every\s+(?:day|morning|night|evening|week|weekend|month|year|time)|on\s+(?:weekends|sundays|mondays|saturdays)|each\s+day)\b/i;
const PROGRESSIVE_MARKERS = /\b(?:now|right now|at the moment|currently|these days|today|this week|this year)\b/i;

interface BeBeforeVerb {
  /** Subject, be and the verb, as one span: "I am live". */
  start: number;
  end: number;
  subject: string;
  be: string;
  negative: boolean;
  /** An adverb between "be" and the verb ("He is always complain"), kept when "be" goes. */
  adverb?: string;
  verb: TaggedWord;
  base: string;
}

const THIRD_PERSON = /^(?:he|she|it)$/i;

function beBeforeVerbs(tagged: TaggedText): BeBeforeVerb[] {
  const found: BeBeforeVerb[] = [];
  const pattern =
    /\b(?:(?<subject>I|[Yy]ou|[Hh]e|[Ss]he|[Ii]t|[Ww]e|[Tt]hey)['’](?<contracted>m|re|s)|(?<be>am|is|are|was|were))\s+(?:(?<not>not)\s+)?(?:(?<adverb>really|also|still|just|always|usually|often|never|sometimes|[a-z]+ly)\s+)?(?<verb>[a-z]+)\b/dg;
  for (const m of tagged.text.matchAll(pattern)) {
    const verbSpan = m.indices?.groups?.verb;
    const verb = verbSpan === undefined ? undefined : tagged.wordAt(verbSpan[0]);
    if (verb === undefined) continue;
    let subject: { start: number; text: string; pronoun: boolean } | undefined;
    let be: string;
    if (m.groups?.subject !== undefined) {
      const start = m.index;
      if (!startsClause(tagged.text, start)) continue;
      subject = { start, text: m.groups.subject, pronoun: true };
      be = { m: 'am', re: 'are', s: 'is' }[m.groups.contracted ?? 's'] ?? 'is';
    } else {
      const beWord = tagged.wordAt(m.index);
      const found = beWord === undefined ? undefined : subjectBefore(tagged, beWord);
      if (found === undefined) continue;
      subject = { start: found.start, text: tagged.text.slice(found.start, found.end), pronoun: found.kind === 'pronoun' };
      be = (m.groups?.be ?? '').toLowerCase();
    }
    const presentBe = /^(?:am|is|are|m|re|s)$/i.test(m.groups?.contracted ?? m.groups?.be ?? '');
    if (!isBareVerbAfterBe(tagged, verb, subject.pronoun, subject.pronoun && !/^it$/i.test(subject.text), presentBe)) continue;
    found.push({ start: subject.start, end: verb.end, subject: subject.text, be, negative: m.groups?.not !== undefined, adverb: m.groups?.adverb, verb, base: verb.text });
  }
  return found;
}

/** A base verb where a complement should be: not an adjective, a noun or a passive participle. */
// Where a verb's complement ends right after it: "they are play outside", "we are work together".
const ADVERB_AFTER_VERB = /^(?:outside|inside|together|tonight|hard|alone|again)$/i;

// What opens an object right after the verb: "I am read a book", "she is put the cup".
const OPENS_OBJECT = /^(?:a|an|the|my|your|his|her|our|their|this|that|these|those|some)$/i;

function isBareVerbAfterBe(tagged: TaggedText, verb: TaggedWord, pronounSubject: boolean, personSubject: boolean, presentBe: boolean): boolean {
  const word = verb.text;
  if (word !== word.toLowerCase() || verbBase(word) !== word || !canBeVerb(word)) return false;
  if (/^(?:be|like|agree|disagree|used|going|able)$/.test(word)) return false;
  const forms = verbForms(word);
  const next = tagged.next(verb);
  // "is put", "was hurt", "is come": the participle is the base itself, so it reads as a passive;
  // but a person in the present with an object after the verb ("I am read a book") is no passive.
  const readsAsPassive = forms.participle === word || forms.past === word;
  if (readsAsPassive && !(personSubject && presentBe && forms.past === word && next !== undefined && OPENS_OBJECT.test(next.text))) return false;
  const objectFollows = next !== undefined && (next.tags.has('Determiner') || next.tags.has('Noun') || lexicalTags(next.text).has('Noun'));
  // "He is cook" lacks an article; "I was cook dinner" lacks -ing: an object tells them apart.
  // compromise reads "live" after "she is" as the adjective ("a live show"); after a person it is the verb of state.
  const stativeAfterPerson = personSubject && STATIVE_VERBS.has(word);
  if ((verb.tags.has('Adjective') && !stativeAfterPerson) || (lexicalTags(word).has('Actor') && !objectFollows)) return false;
  // "The museum was free", "I am close to it": an adjective reading wins, except for a verb of
  // state after a person ("I am live in Seoul").
  if (lexicalTags(word).has('Adjective') && !(pronounSubject && STATIVE_VERBS.has(word))) return false;
  if (verb.tags.has('Verb')) return true;
  // compromise reads "watch" in "We are watch TV" as a noun; after a pronoun and before an object
  // it is the verb.
  if (!pronounSubject) return false;
  return objectFollows || (next !== undefined && (next.tags.has('Preposition') || ADVERB_AFTER_VERB.test(next.text)));
}

const PAST_PROGRESSIVE_MARKERS = /\b(?:when|while|at that time|all day|all night)\b/i;

/** Whether the learner meant a simple tense ("I am live here", "I was go there") rather than a progressive. */
function dropsBe(found: BeBeforeVerb, text: string): boolean {
  if (STATIVE_VERBS.has(found.base)) return true;
  if (found.be === 'was' || found.be === 'were') return !PAST_PROGRESSIVE_MARKERS.test(text);
  return HABIT.test(text) && !PROGRESSIVE_MARKERS.test(text);
}

export const beBeforeVerbRule: LearnerRule = {
  id: 'verb-pattern.be-before-verb',
  type: 'verb_pattern',
  severity: 'major',
  find: (tagged) =>
    beBeforeVerbs(tagged)
      .filter((found) => dropsBe(found, tagged.text))
      .map((found) => {
        const forms = verbForms(found.base);
        const past = found.be === 'was' || found.be === 'were';
        const third = found.be === 'is' && (THIRD_PERSON.test(found.subject) || !/^(?:i|you|we|they)$/i.test(found.subject));
        let verb: string;
        // "not" as written after a noun subject ("Many people are not want" -> "do not want"), contracted after a pronoun.
        const doWord = past ? 'did' : third ? 'does' : 'do';
        if (found.negative) verb = `${/^(?:i|you|he|she|it|we|they)$/i.test(found.subject) ? `${doWord}n't` : `${doWord} not`} ${forms.base}`;
        else verb = past ? forms.past : third ? forms.third : forms.base;
        const adverb = found.adverb === undefined ? '' : `${found.adverb} `;
        return { start: found.start, end: found.end, replacement: `${found.subject} ${adverb}${verb}` };
      }),
};

export const progressiveIngRule: LearnerRule = {
  id: 'tense.progressive-ing',
  type: 'tense',
  severity: 'major',
  find: (tagged) =>
    beBeforeVerbs(tagged)
      .filter((found) => !dropsBe(found, tagged.text))
      .map((found) => ({ start: found.verb.start, end: found.verb.end, replacement: verbForms(found.base).gerund })),
};

const PARTICIPLE_SUBJECTS = /\b(?<subject>I|[Yy]ou|[Hh]e|[Ss]he|[Ww]e|[Tt]hey)\s+(?<fix>[a-z]+)\b(?!\s+by\b)/d;

export const participleAsPastRule: LearnerRule = {
  id: 'tense.participle-as-past',
  type: 'tense',
  severity: 'major',
  find: (tagged) => [
    ...findWithRegex(tagged.text, PARTICIPLE_SUBJECTS, (m) => {
      if (!startsClause(tagged.text, m.index)) return null;
      return pastForParticiple(m.groups?.fix ?? '');
    }),
    ...findAtWords(tagged, (word) => {
      const past = pastForParticiple(word.text);
      if (past === null) return null;
      const subject = subjectBefore(tagged, word);
      if (subject === undefined || subject.kind === 'pronoun') return null;
      const next = tagged.next(word);
      if (next !== undefined && /^by$/i.test(next.text)) return null;
      return { start: word.start, end: word.end, replacement: matchCase(word.text, past) };
    }),
  ],
};

/** The past tense for a participle that differs from it ("seen" -> "saw"); null otherwise. */
function pastForParticiple(word: string): string | null {
  if (word !== word.toLowerCase() || word === 'been') return null;
  const base = verbBase(word);
  if (base === undefined) return null;
  const forms = verbForms(base);
  // "come", "become", "run": the participle is the base, so the word is a present tense.
  return forms.participle === word && forms.past !== word && base !== word ? forms.past : null;
}

// "I have live here for three years" -> "have lived": the present perfect needs the participle.
// Only after a subject pronoun and "have"/"has" at the start of a clause, with a verb whose
// participle differs from its base, and a place, a period or an object opening after it. "have
// to", "I have lunch", "We have live music" and "I have work in the morning" use "have" as the
// verb of having ("I have work there"): a word that can be a noun only counts before "since".
const HAVE_BASE = /\b(?<subject>I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he)\s+(?:have|has)\s+(?:(?:already|just|never|always|ever|not)\s+)?(?<fix>[a-z]+)\s+(?<next>[a-z]+)\b/d;
const AFTER_PERFECT_VERB = /^(?:here|there|in|for|since|at|the|a|an|my|your|his|her|our|their|this|that|these|those|it|them|him|me|us)$/;
const AFTER_NOUN_OR_VERB = /^since$/;

export const perfectParticipleRule: LearnerRule = {
  id: 'verb-form.perfect-participle',
  type: 'grammar',
  severity: 'major',
  find: (tagged) =>
    findWithRegex(tagged.text, HAVE_BASE, (m) => {
      if (!startsClause(tagged.text, m.index)) return null;
      const verb = m.groups?.fix ?? '';
      const next = m.groups?.next ?? '';
      if (!isBaseVerb(verb) || !canBeVerb(verb) || /^(?:to|be|got|had|like|let|please)$/.test(verb)) return null;
      const forms = verbForms(verb);
      if (forms.participle === verb || forms.past === verb) return null;
      const lexical = lexicalTags(verb);
      // "live" is an adjective only before a noun ("have live music"), which AFTER_PERFECT_VERB never lets through.
      if (lexical.has('Noun') || lexical.has('Uncountable') || (lexical.has('Adjective') && verb !== 'live')) {
        if (!AFTER_NOUN_OR_VERB.test(next)) return null;
      } else if (!AFTER_PERFECT_VERB.test(next)) return null;
      return forms.participle;
    }),
};
