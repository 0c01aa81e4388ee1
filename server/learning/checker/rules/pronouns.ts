// The person after "explain" and "say" needs "to" or a different verb: "explain to me", "told me".
import { matchCase } from '../morphology';
import { findWithRegex, type LearnerRule } from './rule';

// "her" and "them" can also be a possessive or a plain object ("explain her idea", "say them
// again"), so those are only flagged when a second object or a clause follows.
const CLAUSE_AFTER = 'the|a|an|how|what|why|that|where|when|who|this|about|my|your|his|our|their';

export const explainToRule: LearnerRule = {
  id: 'pronoun.explain-to',
  type: 'pronoun',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(
        `\\b(?<fix>(?<verb>explain|explains|explained|explaining)\\s+(?<person>me|us|(?:him|her|them)(?=\\s+(?:${CLAUSE_AFTER})\\b)))\\b`,
        'i',
      ),
      (m) => `${m.groups?.verb ?? ''} to ${m.groups?.person ?? ''}`,
    ),
};

const SAY_TO_TELL: Record<string, string> = { say: 'tell', says: 'tells', said: 'told', saying: 'telling' };

export const sayToTellRule: LearnerRule = {
  id: 'pronoun.say-tell',
  type: 'pronoun',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?<fix>(?<verb>say|says|said|saying)\s+(?<person>me|us|him|her(?=\s+(?:that|about|to)\b|\s*[,.!?]|$)|them(?=\s+(?:that|about)\b)))\b/i,
      (m) => {
        const verb = m.groups?.verb ?? '';
        const tell = SAY_TO_TELL[verb.toLowerCase()] ?? 'tell';
        return `${matchCase(verb, tell)} ${m.groups?.person ?? ''}`;
      },
    ),
};
