// Verb patterns: "enjoy to swim", "want going", "made me to think", "must to go",
// "look forward to meet", "I am agree", "discuss about". The governing verbs are closed sets
// (word-lists/gerund-verbs.ts); the verbs after them are any verb compromise knows.
import { gerund, isBaseVerb, pastTense, thirdPersonSingular, verbBase, verbForms } from '../morphology';
import { lexicalTags } from '../lexicon/word-classes';
import { BARE_INFINITIVE_VERBS, GERUND_VERBS, INFINITIVE_VERBS } from '../word-lists/gerund-verbs';
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { findWithRegex, wordOfGroup, wordsPattern, type LearnerRule } from './rule';

function allForms(verbs: readonly string[]): string[] {
  return verbs.flatMap((v) => [v, thirdPersonSingular(v), pastTense(v), gerund(v)]);
}

const isLowerBaseVerb = (word: string): boolean => word === word.toLowerCase() && isBaseVerb(word);

export const gerundAfterVerbRule: LearnerRule = {
  id: 'verb-pattern.gerund-after-verb',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) => [
    ...findWithRegex(
      text,
      // A passive ("visitors are recommended to arrive early") keeps its infinitive.
      new RegExp(`(?<!\\b(?:am|is|are|was|were|be|been|being)\\s+)\\b(?<fix>(?<verb>${wordsPattern(allForms(GERUND_VERBS))})\\s+to\\s+(?<next>[a-z]+))\\b`, 'i'),
      (m) => {
        const next = m.groups?.next ?? '';
        return isLowerBaseVerb(next) ? `${m.groups?.verb ?? ''} ${gerund(next)}` : null;
      },
    ),
    // "I'm used to get up early": a person used to something; "It is used to make paper" is a passive.
    ...findWithRegex(
      text,
      /\b(?:I|you|he|she|we|they)(?:['’](?:m|re|s)|\s+(?:am|are|is|was|were|get|got|getting))\s+used\s+to\s+(?<fix>[a-z]+)\b/i,
      (m) => {
        const next = m.groups?.fix ?? '';
        return isLowerBaseVerb(next) ? gerund(next) : null;
      },
    ),
  ],
};

export const infinitiveAfterVerbRule: LearnerRule = {
  id: 'verb-pattern.infinitive-after-verb',
  type: 'verb_pattern',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(
      tagged.text,
      new RegExp(`\\b(?<verb>${wordsPattern(allForms(INFINITIVE_VERBS))})\\s+(?<fix>[a-z]+ing)\\b`, 'i'),
      (m) => {
        // "the plan", "my hope": the noun, not the verb.
        const governing = wordOfGroup(tagged, m, 'verb');
        if (governing === undefined || !governing.tags.has('Verb')) return null;
        const next = (m.groups?.fix ?? '').toLowerCase();
        const base = verbBase(next);
        if (base === undefined || verbForms(base).gerund !== next) return null;
        return `to ${base}`;
      },
    ),
};

export const bareInfinitiveRule: LearnerRule = {
  id: 'verb-pattern.bare-infinitive',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      // "made me to think", "let the children to play"; a passive "was made to wait" has no object.
      new RegExp(
        `\\b(?:${wordsPattern(allForms(BARE_INFINITIVE_VERBS))})\\s+(?:me|you|him|her|us|them|it|(?:the|my|your|his|her|our|their)\\s+[a-z]+)\\s+(?<fix>to\\s+(?<next>[a-z]+))\\b`,
        'i',
      ),
      (m) => {
        const next = m.groups?.next ?? '';
        return isLowerBaseVerb(next) ? next : null;
      },
    ),
};

export const modalToRule: LearnerRule = {
  id: 'verb-pattern.modal-to',
  type: 'verb_pattern',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(
      tagged.text,
      /\b(?<modal>can|could|must|should|will|would|may|might|cannot|can't|couldn't|won't|shouldn't|mustn't)\s+(?:not\s+)?(?<fix>to\s+(?<next>[a-z]+))\b/i,
      (m) => {
        const modal = wordOfGroup(tagged, m, 'modal');
        if (modal === undefined || (/^(?:will|may|can|might|must)$/i.test(modal.text) && !modal.tags.has('Modal') && !modal.tags.has('Auxiliary'))) return null;
        const next = m.groups?.next ?? '';
        return isLowerBaseVerb(next) ? next : null;
      },
    ),
};

export const lookForwardToRule: LearnerRule = {
  id: 'verb-pattern.look-forward-to',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?:look|looks|looked|looking)\s+forward\s+to\s+(?<fix>[a-z]+)\b/i, (m) => {
      const verb = m.groups?.fix ?? '';
      return isLowerBaseVerb(verb) ? gerund(verb) : null;
    }),
};

const THIRD_PERSON = /^(he|she)$/i;

export const beAgreeRule: LearnerRule = {
  id: 'verb-pattern.be-agree',
  type: 'verb_pattern',
  severity: 'major',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?<fix>(?<subject>I|we|you|they|he|she)(?:\s+(?:am|are|is)\s+|['’](?:m|re|s)\s+)(?<not>not\s+)?(?<verb>agree|disagree))\b/i,
      (m) => {
        const subject = m.groups?.subject ?? '';
        const verb = (m.groups?.verb ?? '').toLowerCase();
        const third = THIRD_PERSON.test(subject);
        if (m.groups?.not !== undefined) return `${subject} ${third ? "doesn't" : "don't"} ${verb}`;
        return `${subject} ${third ? thirdPersonSingular(verb) : verb}`;
      },
    ),
};

// Transitive verbs that take their object directly, with the preposition learners add.
const NO_PREPOSITION_VERBS: Record<string, string> = {
  discuss: 'about', mention: 'about', emphasize: 'on', emphasise: 'on', resemble: 'to', reach: 'to', contact: 'with',
};
// "in contact with", "lost contact with": the noun, which does take the preposition.
const NOUN_BEFORE = String.raw`(?<!\b(?:in|no|any|the|close|eye|direct|physical|regular|frequent|constant|lost|keep|kept|stay|stayed|make|made)\s+)`;
// "attend to a patient" means looking after someone; only events are attended without "to".
const ENTERED_INTO_AGREEMENTS = 'agreements?|contracts?|negotiations?|talks|discussions?|partnerships?|relationships?|force|marriage|alliances?|deals?|dialogue|competitions?|politics|service|details?|debates?|correspondence|business';
const ATTENDED_EVENTS = 'meetings?|class(?:es)?|school|conferences?|ceremon(?:y|ies)|weddings?|lectures?|events?|part(?:y|ies)|concerts?|seminars?|courses?|church|college|university|funerals?|workshops?';

export const redundantPrepositionRule: LearnerRule = {
  id: 'verb-pattern.redundant-preposition',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) => [
    ...Object.entries(NO_PREPOSITION_VERBS).flatMap(([verb, preposition]) =>
      findWithRegex(
        text,
        new RegExp(`${NOUN_BEFORE}\\b(?<fix>(?<verb>${wordsPattern(allForms([verb]))})\\s+${preposition})\\b`, 'i'),
        (m) => m.groups?.verb ?? null,
      ),
    ),
    // "entered into the room"; "enter into an agreement" is the set phrase for agreements.
    ...findWithRegex(
      text,
      new RegExp(`\\b(?<fix>(?<verb>${wordsPattern(allForms(['enter']))})\\s+into)\\s+(?!(?:(?:an?|the|their|our|new|formal)\\s+)?(?:${ENTERED_INTO_AGREEMENTS})\\b)[a-z]`, 'i'),
      (m) => m.groups?.verb ?? null,
    ),
    // "visited to my grandmother": the verb after its subject or a helping word; "a visit to
    // Jeju" and "visits to the doctor" are the noun, which does take "to".
    ...findWithRegex(
      text,
      new RegExp(`\\b(?:I|you|we|they|he|she|to|will|would|can|could|should|must|didn't|don't|never|often|always|usually|also|let's)\\s+(?<fix>(?<verb>visit|visits|visited)\\s+to)\\b`, 'i'),
      (m) => m.groups?.verb ?? null,
    ),
    ...findWithRegex(
      text,
      new RegExp(`\\b(?<fix>(?<verb>${wordsPattern(allForms(['attend']))})\\s+to)\\s+(?:(?:the|a|an|my|his|her|our|their|this|that)\\s+)?(?:[a-z]+\\s+)?(?:${ATTENDED_EVENTS})\\b`, 'i'),
      (m) => m.groups?.verb ?? null,
    ),
  ],
};

// A verb after a preposition takes -ing: "thank you for helping me", "before going to bed",
// "after eating". Learners put the bare verb there ("for help me", "before go").
const GERUND_PREPOSITIONS = 'for|before|after|without|about|of|by|in|at|on';
const OBJECT_PRONOUNS = /^(?:me|him|us|them)$/i;
// "kind of like", "sort of know" are spoken hedges; "hold on, let me" has no verb after "on".
const HEDGES = /\b(?:kind|sort)\s+$/i;
const NOT_AFTER_PREPOSITION = new Set(['let', 'like', 'be', 'do', 'have', 'please']);

// Words that are verbs and also nouns said bare after a preposition ("after work the ...",
// "by train", "in charge", "for sale"): before an object they still read as the noun.
const BARE_NOUNS_AFTER_PREPOSITION = new Set([
  'work', 'school', 'class', 'train', 'hand', 'chance', 'love', 'rent', 'charge', 'turn', 'order', 'place', 'time', 'case',
  'use', 'need', 'control', 'change', 'return', 'practice', 'help', 'play', 'rest', 'risk', 'face', 'name', 'design',
  'demand', 'request', 'average', 'contrast', 'touch', 'trust', 'fear', 'surprise', 'cover', 'search', 'support',
  'progress', 'question', 'answer', 'fire', 'display', 'view', 'show', 'sale', 'hold', 'call', 'board', 'top', 'record',
  'file', 'watch', 'guard', 'tour', 'strike', 'schedule', 'lunch', 'dinner', 'breakfast', 'sleep', 'bed', 'travel',
  'duty', 'purpose', 'mind', 'end', 'air', 'sight', 'foot', 'phone', 'email', 'mail', 'text',
]);
// After these an object makes a word that is also a noun the verb: "after finish my homework",
// "before start the class". Other prepositions start too many set phrases ("in charge of the").
const TIME_PREPOSITIONS = /^(?:after|before|without)$/i;
const OPENS_OBJECT = /^(?:a|an|the|my|your|his|her|our|their|this|that|these|those|some)$/i;
const POSSESSIVES = /^(?:my|your|his|her|our|their)$/i;
// "good at cook", "bad at play the piano": what someone is good at is a noun or an -ing verb.
const SKILL_ADJECTIVE = /\b(?:good|bad|great|better|best|terrible|poor|excellent|awful)\s+at\s+$/i;

/** Whether a word that is also a noun reads as the verb after this preposition. */
function verbDespiteNoun(tagged: TaggedText, verb: TaggedWord, preposition: string): boolean {
  const next = tagged.next(verb);
  const nextText = next === undefined || !/^\s+$/.test(tagged.text.slice(verb.end, next.start)) ? '' : next.text;
  if (OBJECT_PRONOUNS.test(nextText)) return true;
  const before = tagged.text.slice(0, verb.start);
  // "good at cook": a person noun cannot stand bare there.
  if (SKILL_ADJECTIVE.test(before) && (lexicalTags(verb.text).has('Actor') || (next !== undefined && nextText !== '' && (next.tags.has('Determiner') || next.tags.has('Possessive') || next.tags.has('Noun') || next.tags.has('Adjective'))))) return true;
  if (BARE_NOUNS_AFTER_PREPOSITION.has(verb.text)) return false;
  if (TIME_PREPOSITIONS.test(preposition) && OPENS_OBJECT.test(nextText)) return true;
  return /^(?:for|about|of|by)$/i.test(preposition) && POSSESSIVES.test(nextText);
}

export const gerundAfterPrepositionRule: LearnerRule = {
  id: 'verb-pattern.gerund-after-preposition',
  type: 'verb_pattern',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, new RegExp(`\\b(?<preposition>${GERUND_PREPOSITIONS})\\s+(?<fix>[a-z]+)\\b`, 'i'), (m) => {
      const verb = m.groups?.fix ?? '';
      if (!isLowerBaseVerb(verb) || NOT_AFTER_PREPOSITION.has(verb) || HEDGES.test(tagged.text.slice(0, m.index))) return null;
      // A word that is also a noun ("for work", "after dinner") is the verb only where an object
      // or a skill says so ("for help me", "after finish my homework", "good at cook").
      const alsoNoun = lexicalTags(verb).has('Noun') || lexicalTags(verb).has('Adjective');
      const word = wordOfGroup(tagged, m, 'fix');
      if (alsoNoun && (word === undefined || !verbDespiteNoun(tagged, word, m.groups?.preposition ?? ''))) return null;
      return gerund(verb);
    }),
};
