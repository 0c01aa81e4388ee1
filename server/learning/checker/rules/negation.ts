// "I didn't see nobody" -> "anybody": English says a negative once, so after a negated verb
// "nobody", "nothing", "no one" and "nowhere" become any-words. Only a negative do-word or modal
// and one verb right before the no-word: "I didn't do it for nothing" ("in vain") has words
// between, and "no" alone is left out ("I didn't say no" is a set phrase).
import { matchCase } from '../morphology';
import { findWithRegex, type LearnerRule } from './rule';

const ANY_FOR: Record<string, string> = { nobody: 'anybody', nothing: 'anything', 'no one': 'anyone', 'no-one': 'anyone', nowhere: 'anywhere' };

export const doubleNegativeRule: LearnerRule = {
  id: 'grammar.double-negative',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?:didn['’]t|don['’]t|doesn['’]t|can['’]t|couldn['’]t|won['’]t|wouldn['’]t|shouldn['’]t|did\s+not|do\s+not|does\s+not|cannot|could\s+not|will\s+not)\s+(?<verb>[a-z]+)\s+(?<fix>nobody|nothing|no[\s-]one|nowhere)\b/i,
      (m) => {
        // "I don't think nobody cares": the no-word is the subject of a clause of its own.
        if (/^(?:think|believe|guess|suppose|hope|expect|feel|imagine)$/i.test(m.groups?.verb ?? '')) return null;
        const word = (m.groups?.fix ?? '').toLowerCase().replace(/\s+/, ' ');
        const any = ANY_FOR[word];
        return any === undefined ? null : matchCase(m.groups?.fix ?? '', any);
      },
    ),
};
