// "I didn't see nobody" -> "anybody": English says a negative once, so after a negated verb
// "nobody", "nothing", "no one" and "nowhere" become any-words. Only a negative do-word or modal
// and one verb right before the no-word: "I didn't do it for nothing" ("in vain") has words
// between, and "no" alone is left out ("I didn't say no" is a set phrase).
import { lexicalTags } from '../lexicon/word-classes';
import { isLowerBaseVerb, matchCase } from '../morphology';
import { CLAUSE_START, findWithRegex, type LearnerRule } from './rule';

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

// "I not like horror movies" -> "I don't like": a present verb is negated with the do-word
// (Korean 안 sits right before the verb). Only after a pronoun subject at the start of a clause,
// and only a base verb: "I not only ... but", "he not even" have no verb after "not".
const DO_NOT_FOR: Record<string, string> = { he: "doesn't", she: "doesn't" };

export const notWithoutDoRule: LearnerRule = {
  id: 'grammar.not-without-do',
  type: 'grammar',
  severity: 'major',
  find: ({ text }) =>
    findWithRegex(text, new RegExp(String.raw`${CLAUSE_START}(?<subject>I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he)\s+(?<fix>not\s+(?<verb>[a-z]+))\b`), (m) => {
      const verb = m.groups?.verb ?? '';
      if (!isLowerBaseVerb(verb) || /^(?:be|only|even|just|yet|always|really|so|very)$/.test(verb) || lexicalTags(verb).has('Adjective')) return null;
      const third = DO_NOT_FOR[(m.groups?.subject ?? '').toLowerCase()];
      return `${third ?? "don't"} ${verb}`;
    }),
};

// "Her husband doesn't eat it neither" -> "either": after a negative, "too" becomes "either";
// "neither" is itself the negative ("Neither do I", "Me neither").
export const neitherEitherRule: LearnerRule = {
  id: 'grammar.neither-either',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /(?:n['’]t|\bnot|\bnever)\s[^.!?,;]*?\b(?<fix>neither)(?=\s*[.!?,;]|\s*$)/i, (m) => matchCase(m.groups?.fix ?? '', 'either')),
};
