// Every learner rule; where matches overlap the longest wins, then the earlier rule.
import { pluralSubjectRule, singularSubjectRule } from './agreement';
import { doubleComparativeRule } from './comparatives';
import { manyUncountableRule, muchPluralRule, newsSingularRule, pluralUncountableRule } from './countability';
import { arriveToRule, listenToRule, toBeforePlaceAdverbRule, wrongPrepositionRule } from './prepositions';
import { explainToRule, sayToTellRule } from './pronouns';
import { pastTimeRule, perfectWithPastTimeRule } from './tense';
import { beAgreeRule, gerundAfterVerbRule, lookForwardToRule, redundantPrepositionRule } from './verb-patterns';
import type { LearnerRule } from './rule';

export type { LearnerRule, RuleMatch } from './rule';

// On equal spans the earlier rule wins: a verb next to a past time word needs the past tense
// more than it needs agreement ("Last year my family move" -> "moved", not "moves").
export const LEARNER_RULES: readonly LearnerRule[] = [
  pastTimeRule,
  perfectWithPastTimeRule,
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
  doubleComparativeRule,
  explainToRule,
  sayToTellRule,
];
