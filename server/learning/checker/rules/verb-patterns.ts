// Verb patterns: "enjoy to swim", "look forward to meet", "I am agree", "discuss about".
import { gerund, isBaseVerb, pastTense, thirdPersonSingular } from '../morphology';
import { GERUND_VERBS } from '../word-lists/gerund-verbs';
import { findWithRegex, wordsPattern, type LearnerRule } from './rule';

function allForms(verbs: readonly string[]): string[] {
  return verbs.flatMap((v) => [v, thirdPersonSingular(v), pastTense(v), gerund(v)]);
}

export const gerundAfterVerbRule: LearnerRule = {
  id: 'verb-pattern.gerund-after-verb',
  type: 'verb_pattern',
  severity: 'moderate',
  find: (text) =>
    findWithRegex(
      text,
      // A passive ("visitors are recommended to arrive early") keeps its infinitive.
      new RegExp(`(?<!\\b(?:am|is|are|was|were|be|been|being)\\s+)\\b(?<fix>(?<verb>${wordsPattern(allForms(GERUND_VERBS))})\\s+to\\s+(?<next>[a-z]+))\\b`, 'i'),
      (m) => {
        const next = m.groups?.next ?? '';
        if (!isBaseVerb(next) || next !== next.toLowerCase()) return null;
        return `${m.groups?.verb ?? ''} ${gerund(next)}`;
      },
    ),
};

export const lookForwardToRule: LearnerRule = {
  id: 'verb-pattern.look-forward-to',
  type: 'verb_pattern',
  severity: 'moderate',
  find: (text) =>
    findWithRegex(text, /\b(?:look|looks|looked|looking)\s+forward\s+to\s+(?<fix>[a-z]+)\b/i, (m) => {
      const verb = m.groups?.fix ?? '';
      return isBaseVerb(verb) && verb === verb.toLowerCase() ? gerund(verb) : null;
    }),
};

const THIRD_PERSON = /^(he|she)$/i;

export const beAgreeRule: LearnerRule = {
  id: 'verb-pattern.be-agree',
  type: 'verb_pattern',
  severity: 'major',
  find: (text) =>
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
  discuss: 'about', mention: 'about', emphasize: 'on', emphasise: 'on',
};

export const redundantPrepositionRule: LearnerRule = {
  id: 'verb-pattern.redundant-preposition',
  type: 'verb_pattern',
  severity: 'moderate',
  find: (text) =>
    Object.entries(NO_PREPOSITION_VERBS).flatMap(([verb, preposition]) =>
      findWithRegex(
        text,
        new RegExp(`\\b(?<fix>(?<verb>${wordsPattern(allForms([verb]))})\\s+${preposition})\\b`, 'i'),
        (m) => m.groups?.verb ?? null,
      ),
    ),
};
