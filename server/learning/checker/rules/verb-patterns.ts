// Verb patterns: "enjoy to swim", "want going", "made me to think", "must to go",
// "look forward to meet", "I am agree", "discuss about". The governing verbs are closed sets
// (word-lists/gerund-verbs.ts); the verbs after them are any verb compromise knows.
import { gerund, isBaseVerb, pastTense, thirdPersonSingular, verbBase, verbForms } from '../morphology';
import { lexicalTags } from '../lexicon/word-classes';
import { BARE_INFINITIVE_VERBS, GERUND_VERBS, INFINITIVE_VERBS } from '../word-lists/gerund-verbs';
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

export const gerundAfterPrepositionRule: LearnerRule = {
  id: 'verb-pattern.gerund-after-preposition',
  type: 'verb_pattern',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, new RegExp(`\\b(?:${GERUND_PREPOSITIONS})\\s+(?<fix>[a-z]+)\\b(?:\\s+(?<next>[\\w']+))?`, 'i'), (m) => {
      const verb = m.groups?.fix ?? '';
      if (!isLowerBaseVerb(verb) || NOT_AFTER_PREPOSITION.has(verb) || HEDGES.test(tagged.text.slice(0, m.index))) return null;
      // A word that is also a noun ("for work", "after dinner") is the verb only with an object pronoun after it.
      const alsoNoun = lexicalTags(verb).has('Noun') || lexicalTags(verb).has('Adjective');
      if (alsoNoun && !OBJECT_PRONOUNS.test(m.groups?.next ?? '')) return null;
      return gerund(verb);
    }),
};
