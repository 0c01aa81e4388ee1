// Conditions and wishes Korean builds differently: "Unless you don't hurry" (-지 않으면 is "if
// not", and "unless" already says "not"), "If I would have more money, I would ..." (Korean
// 가지고 있다면 has no past; English puts the past in the if-clause), "I wish you pass the test"
// (바라다 is both "wish" and "hope"; "wish" + a clause only takes a past, for what is unreal), and
// "When my brother will finish ..., he wants" (a future after a time word, for will-in-condition).
import { isBaseVerb, matchCase, pastTense, thirdPersonSingular, verbBase, verbForms } from '../morphology';
import { findWithRegex, wordOfGroup, type LearnerRule, type RuleMatch } from './rule';

const SUBJECT = String.raw`(?:I|you|we|they|he|she|it|(?:my|your|his|her|our|their|the)\s+[a-z]+)`;
const THIRD = /^(?:he|she|it|(?:my|your|his|her|our|their|the)\s+[a-z]+(?<!s))$/i;

export const unlessNotRule: LearnerRule = {
  id: 'grammar.unless-not',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, new RegExp(String.raw`\bunless\s+(?<subject>${SUBJECT})\s+(?<fix>(?<not>don['’]t|doesn['’]t|didn['’]t|do\s+not|does\s+not|did\s+not)\s+(?<verb>[a-z]+))\b`, 'i'), (m) => {
      const verb = m.groups?.verb ?? '';
      if (!isBaseVerb(verb)) return null;
      const not = (m.groups?.not ?? '').toLowerCase();
      if (not.startsWith('did')) return pastTense(verb);
      return not.startsWith('does') ? thirdPersonSingular(verb) : verb;
    }),
};

// "If you would like", "if you would mind", "if you would be so kind": polite requests, English.
const POLITE = /^(?:like|love|prefer|mind|care|excuse|allow|let|be\s+so|be\s+kind|be\s+willing|follow|come|please)$/i;

export const ifWouldRule: LearnerRule = {
  id: 'tense.if-would',
  type: 'tense',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, new RegExp(String.raw`\bif\s+(?<subject>${SUBJECT})\s+(?<fix>would\s+(?<verb>[a-z]+)(?<so>\s+(?:so|kind|willing))?)\b`, 'i'), (m) => {
      const verb = (m.groups?.verb ?? '').toLowerCase();
      if (POLITE.test(verb) || m.groups?.so !== undefined || verb === 'have' && /^\s+(?:been|[a-z]+ed|known|seen|done|gone|taken|had)\b/i.test(text.slice(m.index + m[0].length))) return null;
      // The main clause says "would" too: a second conditional, not a polite or reported "would".
      const sentence = text.slice(0, m.index).split(/[.!?]/).at(-1)! + text.slice(m.index + m[0].length).split(/[.!?]/)[0]!;
      if (!/\b(?:would|['’]d|wouldn['’]t)\b/i.test(sentence)) return null;
      if (verb === 'be') return 'were';
      return isBaseVerb(verb) ? verbForms(verb).past : null;
    }),
};

export const wishHopeRule: LearnerRule = {
  id: 'word-choice.wish-hope',
  type: 'word_choice',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, new RegExp(String.raw`\b(?<fix>wish|wishes)\s+(?:that\s+)?(?<subject>${SUBJECT})\s+(?<verb>[a-z]+)\b`, 'i'), (m) => {
      const verb = wordOfGroup(tagged, m, 'verb');
      if (verb === undefined || !verb.tags.has('Verb') || verb.tags.has('Noun') || verb.tags.has('PastTense') || verb.tags.has('Modal')) return null;
      const lower = verb.text.toLowerCase();
      const base = verbBase(lower);
      // "I wish you were here", "I wish I could": the past and the modals are what "wish" takes.
      if (/^(?:be|would|could|might|should|had|were|was|did)$/.test(lower)) return null;
      // compromise's own reading in context covers verbs its inflection misses ("pass").
      if (!isBaseVerb(lower) && !verb.tags.has('Infinitive') && (base === undefined || lower !== verbForms(base).third)) return null;
      return matchCase(m.groups?.fix ?? '', /es$/i.test(m.groups?.fix ?? '') ? 'hopes' : 'hope');
    }),
};

/**
 * "When my brother will finish his service, he wants to travel": the time clause first, then its
 * comma, whatever the main clause's tense (run by tense.will-in-condition).
 */
export function willInLeadingTimeClause(text: string): RuleMatch[] {
  return findWithRegex(text, new RegExp(String.raw`(?:^|[.!?]\s+)(?:When|As\s+soon\s+as|After|Before|Once|Until)\s+(?<fix>(?<subject>${SUBJECT})\s+will\s+(?<verb>[a-z]+))\b(?=[^.!?,;]*,)`), (m) => {
    const verb = (m.groups?.verb ?? '').toLowerCase();
    const subject = m.groups?.subject ?? '';
    if (verb === 'be') return `${subject} ${/^i$/i.test(subject) ? 'am' : THIRD.test(subject) ? 'is' : 'are'}`;
    if (!isBaseVerb(verb)) return null;
    return `${subject} ${THIRD.test(subject) ? thirdPersonSingular(verb) : verb}`;
  });
}
