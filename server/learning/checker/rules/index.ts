// Every learner rule, in the order they are tried; the longest match wins an overlap.
import { pluralSubjectRule, singularSubjectRule } from './agreement';
import { doubleComparativeRule } from './comparatives';
import { manyUncountableRule, muchPluralRule, newsSingularRule, pluralUncountableRule } from './countability';
import { arriveToRule, listenToRule, toBeforePlaceAdverbRule, wrongPrepositionRule } from './prepositions';
import { explainToRule, sayToTellRule } from './pronouns';
import { pastTimeRule, perfectWithPastTimeRule } from './tense';
import { beAgreeRule, gerundAfterVerbRule, lookForwardToRule, redundantPrepositionRule } from './verb-patterns';
import type { LearnerRule } from './rule';

export type { LearnerRule, RuleMatch } from './rule';

export const LEARNER_RULES: readonly LearnerRule[] = [
  singularSubjectRule,
  pluralSubjectRule,
  pluralUncountableRule,
  manyUncountableRule,
  muchPluralRule,
  newsSingularRule,
  gerundAfterVerbRule,
  lookForwardToRule,
  beAgreeRule,
  redundantPrepositionRule,
  wrongPrepositionRule,
  listenToRule,
  arriveToRule,
  toBeforePlaceAdverbRule,
  pastTimeRule,
  perfectWithPastTimeRule,
  doubleComparativeRule,
  explainToRule,
  sayToTellRule,
];
