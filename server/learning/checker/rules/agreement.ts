// Subject-verb agreement after noun subjects, which harper only checks after pronouns.
import { isBaseVerb, matchCase, thirdPersonSingular } from '../morphology';
import { IRREGULAR_PLURAL_NOUNS, SINGULAR_NOUNS_ENDING_IN_S, SINGULAR_SUBJECT_NOUNS } from '../word-lists/nouns';
import { CLAUSE_START, findWithRegex, wordsPattern, type LearnerRule } from './rule';

const DETERMINERS = 'my|your|his|her|our|their|the|this|that';
const SINGULAR_PRONOUNS = ['he', 'she', 'it', 'everybody', 'everyone', 'somebody', 'someone', 'nobody', 'everything', 'nothing'];
const PLURAL_DETERMINERS = 'the|these|those|many|most|some|all|both|my|your|his|her|our|their';
// A following auxiliary means the two nouns form a compound ("the company plan is ..."), not a verb.
const NOT_BEFORE_AUXILIARY = String.raw`(?!\s+(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\b)`;
const NOT_SINGULAR_ENDING = /(ss|us|is|as|os)$/;
const SINGULAR_S_NOUNS = new Set(SINGULAR_NOUNS_ENDING_IN_S);

const TO_PLURAL_VERB: Record<string, string> = {
  is: 'are', was: 'were', has: 'have', "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't",
};
const SINGULAR_VERBS = Object.keys(TO_PLURAL_VERB).join('|');

export const singularSubjectRule: LearnerRule = {
  id: 'agreement.singular-subject',
  type: 'agreement',
  severity: 'major',
  find: (text) =>
    findWithRegex(
      text,
      new RegExp(
        `${CLAUSE_START}\\b(?:(?:${DETERMINERS})\\s+${wordsPattern(SINGULAR_SUBJECT_NOUNS)}|${wordsPattern(SINGULAR_PRONOUNS)})\\s+(?<fix>[a-z]+|don't)\\b${NOT_BEFORE_AUXILIARY}(?=\\s+\\w)`,
        'i',
      ),
      (m) => {
        const verb = m.groups?.fix ?? '';
        if (verb === "don't") return "doesn't";
        if (verb === 'be' || !isBaseVerb(verb) || verb !== verb.toLowerCase()) return null;
        return thirdPersonSingular(verb);
      },
    ),
};

export const pluralSubjectRule: LearnerRule = {
  id: 'agreement.plural-subject',
  type: 'agreement',
  severity: 'major',
  find: (text) => [
    ...findWithRegex(
      text,
      new RegExp(
        `${CLAUSE_START}(?:(?:${PLURAL_DETERMINERS})\\s+)?(?:(?!of\\b|for\\b|with\\b|about\\b|[a-z]+ing\\b)[a-z]+\\s+)?${wordsPattern(IRREGULAR_PLURAL_NOUNS)}\\s+(?<fix>${SINGULAR_VERBS})\\b`,
        'i',
      ),
      (m) => TO_PLURAL_VERB[(m.groups?.fix ?? '').toLowerCase()] ?? null,
    ),
    ...findWithRegex(
      text,
      new RegExp(`${CLAUSE_START}\\b(?:${PLURAL_DETERMINERS})\\s+(?<noun>[a-z]+s)\\s+(?<fix>${SINGULAR_VERBS})\\b`, 'i'),
      (m) => {
        const noun = m.groups?.noun ?? '';
        if (noun !== noun.toLowerCase() || NOT_SINGULAR_ENDING.test(noun) || SINGULAR_S_NOUNS.has(noun)) return null;
        const verb = m.groups?.fix ?? '';
        const plural = TO_PLURAL_VERB[verb.toLowerCase()];
        return plural === undefined ? null : matchCase(verb, plural);
      },
    ),
  ],
};
